package dev.specdriven.ears;

import java.util.Objects;

/**
 * A pattern, the rule that recognises it, and its priority in a {@link PatternRegistry}: the
 * matching definition with the highest priority wins.
 *
 * <pre>{@code
 * PatternDefinition timed = new PatternDefinition(
 *         new EarsPattern("TIMED_RESPONSE", "… shall … within <duration>"),
 *         PatternRegistry.PRIORITY_CUSTOM,
 *         s -> s.isWellFormed() && s.response().orElse("").matches("(?i).*\\bwithin \\d+.*"));
 * }</pre>
 *
 * @param pattern the pattern a matching sentence is classified as
 * @param priority higher is tried first; see the {@code PRIORITY_*} constants of {@link
 *     PatternRegistry}
 * @param rule the test
 */
public record PatternDefinition(EarsPattern pattern, int priority, EarsPatternRule rule) {

    /** Validates. */
    public PatternDefinition {
        Objects.requireNonNull(pattern, "pattern must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
    }
}
