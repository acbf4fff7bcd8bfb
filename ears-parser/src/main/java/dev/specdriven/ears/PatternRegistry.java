package dev.specdriven.ears;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A persistent (immutable) set of pattern definitions that classifies parsed sentences.
 *
 * <p>{@link #with(PatternDefinition)}, {@link #extend(Collection)} and {@link #without(String)}
 * return new registries and never change this one. {@link #classify(EarsStructure)} tries the
 * definitions from the highest priority down (registration order among equal priorities) and
 * returns the first pattern whose rule matches, or {@link EarsPatterns#NOT_EARS}.
 *
 * <p>The built-in definitions: {@code NOT_EARS} at {@link #PRIORITY_NOT_EARS} (no binding {@code
 * shall}, no system or no response), then {@code COMPLEX} (more than one kind of
 * Where/While/When/If clause) at {@link #PRIORITY_COMPLEX}, then the five basic patterns at {@link
 * #PRIORITY_BASIC}. A custom pattern at {@link #PRIORITY_CUSTOM} is therefore tried after the
 * NOT_EARS guard and before every other built-in:
 *
 * <pre>{@code
 * EarsPattern timed = new EarsPattern("TIMED_RESPONSE", "… shall … within <duration>");
 * PatternRegistry registry = PatternRegistry.defaults()
 *         .with(timed, PatternRegistry.PRIORITY_CUSTOM,
 *                 s -> s.response().orElse("").matches("(?i).*\\bwithin \\d+\\s*(ms|s)\\b.*"));
 * EarsParser parser = EarsParser.builder().patterns(registry).build();
 * parser.parse("The API shall respond within 200 ms.").value().pattern(); // TIMED_RESPONSE
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PatternRegistry {

    /** Priority of the built-in NOT_EARS guard: tried first. */
    public static final int PRIORITY_NOT_EARS = 1000;

    /** Suggested priority for user patterns: after the NOT_EARS guard, before the built-ins. */
    public static final int PRIORITY_CUSTOM = 100;

    /** Priority of the built-in COMPLEX pattern. */
    public static final int PRIORITY_COMPLEX = 50;

    /** Priority of the five basic built-in patterns. */
    public static final int PRIORITY_BASIC = 10;

    private static final PatternRegistry EMPTY = new PatternRegistry(List.of());

    private static final PatternRegistry DEFAULTS =
            EMPTY.extend(
                    List.of(
                            new PatternDefinition(
                                    EarsPatterns.NOT_EARS,
                                    PRIORITY_NOT_EARS,
                                    s -> !s.isWellFormed()),
                            new PatternDefinition(
                                    EarsPatterns.COMPLEX,
                                    PRIORITY_COMPLEX,
                                    s -> s.conditionKinds() > 1),
                            new PatternDefinition(
                                    EarsPatterns.EVENT_DRIVEN,
                                    PRIORITY_BASIC,
                                    s -> only(s, ClauseKind.WHEN)),
                            new PatternDefinition(
                                    EarsPatterns.UNWANTED_BEHAVIOR,
                                    PRIORITY_BASIC,
                                    s -> only(s, ClauseKind.IF)),
                            new PatternDefinition(
                                    EarsPatterns.STATE_DRIVEN,
                                    PRIORITY_BASIC,
                                    s -> only(s, ClauseKind.WHILE)),
                            new PatternDefinition(
                                    EarsPatterns.OPTIONAL_FEATURE,
                                    PRIORITY_BASIC,
                                    s -> only(s, ClauseKind.WHERE)),
                            new PatternDefinition(
                                    EarsPatterns.UBIQUITOUS,
                                    PRIORITY_BASIC,
                                    s -> s.conditionKinds() == 0)));

    private final List<PatternDefinition> definitions;

    private PatternRegistry(List<PatternDefinition> sorted) {
        this.definitions = sorted;
    }

    private static boolean only(EarsStructure s, ClauseKind kind) {
        return s.conditionKinds() == 1 && s.has(kind);
    }

    /**
     * The registry with the built-in patterns.
     *
     * @return the shared default registry
     */
    public static PatternRegistry defaults() {
        return DEFAULTS;
    }

    /**
     * A registry without any pattern: every sentence is {@link EarsPatterns#NOT_EARS}.
     *
     * @return the empty registry
     */
    public static PatternRegistry empty() {
        return EMPTY;
    }

    /**
     * Returns a registry with one more definition.
     *
     * @param definition the definition
     * @return a new registry
     */
    public PatternRegistry with(PatternDefinition definition) {
        Objects.requireNonNull(definition, "definition must not be null");
        return extend(List.of(definition));
    }

    /**
     * Returns a registry with one more definition.
     *
     * @param pattern the pattern
     * @param priority its priority
     * @param rule its rule
     * @return a new registry
     */
    public PatternRegistry with(EarsPattern pattern, int priority, EarsPatternRule rule) {
        return with(new PatternDefinition(pattern, priority, rule));
    }

    /**
     * Returns a registry with more definitions.
     *
     * @param more the definitions
     * @return a new registry
     */
    public PatternRegistry extend(Collection<PatternDefinition> more) {
        Objects.requireNonNull(more, "more must not be null");
        List<PatternDefinition> all = new ArrayList<>(definitions);
        for (PatternDefinition d : more) {
            all.add(Objects.requireNonNull(d, "definitions must not contain null"));
        }
        // stable sort: equal priorities keep registration order
        all.sort(Comparator.comparingInt(PatternDefinition::priority).reversed());
        return new PatternRegistry(List.copyOf(all));
    }

    /**
     * Returns a registry without the definitions of one pattern.
     *
     * @param patternId the pattern id
     * @return a new registry
     */
    public PatternRegistry without(String patternId) {
        Objects.requireNonNull(patternId, "patternId must not be null");
        return new PatternRegistry(
                definitions.stream().filter(d -> !d.pattern().id().equals(patternId)).toList());
    }

    /**
     * The definitions in the order they are tried.
     *
     * @return an immutable list
     */
    public List<PatternDefinition> definitions() {
        return definitions;
    }

    /**
     * Classifies a sentence. This method is thread-safe.
     *
     * @param sentence the parsed sentence
     * @return the pattern of the first matching definition, or {@link EarsPatterns#NOT_EARS}
     */
    public EarsPattern classify(EarsStructure sentence) {
        Objects.requireNonNull(sentence, "sentence must not be null");
        for (PatternDefinition d : definitions) {
            if (d.rule().matches(sentence)) {
                return d.pattern();
            }
        }
        return EarsPatterns.NOT_EARS;
    }

    @Override
    public String toString() {
        return "PatternRegistry" + definitions.stream().map(d -> d.pattern().id()).toList();
    }
}
