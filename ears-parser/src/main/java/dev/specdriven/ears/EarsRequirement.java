package dev.specdriven.ears;

import dev.specdriven.source.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed EARS sentence.
 *
 * @param text the sentence as given
 * @param pattern the pattern it was classified as
 * @param clauses its clauses in source order
 * @param span where the sentence is
 */
public record EarsRequirement(
        String text, EarsPattern pattern, List<Clause> clauses, SourceSpan span) {

    /** Copies the clauses. */
    public EarsRequirement {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(pattern, "pattern must not be null");
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(span, "span must not be null");
    }

    /**
     * The system name as written ({@code Order_Service}, {@code the Authentication Service}).
     *
     * @return the system, or empty when the sentence has none
     */
    public Optional<String> system() {
        return first(ClauseKind.SYSTEM);
    }

    /**
     * The response: the text after {@code shall}.
     *
     * @return the response, or empty when the sentence has no {@code shall}
     */
    public Optional<String> response() {
        return first(ClauseKind.RESPONSE);
    }

    /**
     * The clauses of one kind.
     *
     * @param kind the kind
     * @return the clauses in source order
     */
    public List<Clause> clauses(ClauseKind kind) {
        return clauses.stream().filter(c -> c.kind() == kind).toList();
    }

    /**
     * The system name without a leading article ({@code Authentication Service} for {@code the
     * Authentication Service}). Articles of the built-in dialects are recognised.
     *
     * @return the normalised system name, or empty when the sentence has none
     */
    public Optional<String> systemName() {
        return system().map(EarsRequirement::stripArticle);
    }

    /**
     * Whether the sentence was classified as anything but {@link EarsPatterns#NOT_EARS}.
     *
     * @return true for an EARS requirement
     */
    public boolean isEars() {
        return !pattern.equals(EarsPatterns.NOT_EARS);
    }

    /**
     * The first clause of a kind.
     *
     * @param kind the kind
     * @return the clause, or empty
     */
    public Optional<Clause> clause(ClauseKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        return clauses.stream().filter(c -> c.kind() == kind).findFirst();
    }

    private static final java.util.Set<String> ARTICLES = articles();

    private static java.util.Set<String> articles() {
        java.util.Set<String> set = new java.util.HashSet<>();
        for (EarsDialect d : EarsDialect.builtIns()) {
            set.addAll(d.keywords(EarsKeyword.ARTICLE));
        }
        return java.util.Set.copyOf(set);
    }

    private static String stripArticle(String system) {
        String s = system.strip();
        int sp = s.indexOf(' ');
        if (sp > 0 && ARTICLES.contains(s.substring(0, sp).toLowerCase(java.util.Locale.ROOT))) {
            return s.substring(sp + 1).strip();
        }
        return s;
    }

    private Optional<String> first(ClauseKind kind) {
        return clauses.stream().filter(c -> c.kind() == kind).map(Clause::text).findFirst();
    }
}
