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
 * @param systemName the system name without a leading article of the dialects it was parsed with
 *     ({@code Authentication Service} for {@code the Authentication Service}, {@code
 *     Checkout_Service} for {@code le Checkout_Service} with a French dialect), or empty when the
 *     sentence has no system
 */
public record EarsRequirement(
        String text,
        EarsPattern pattern,
        List<Clause> clauses,
        SourceSpan span,
        Optional<String> systemName) {

    /** Copies the clauses. */
    public EarsRequirement {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(pattern, "pattern must not be null");
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(systemName, "systemName must not be null");
    }

    /**
     * A requirement whose {@link #systemName()} drops the articles of the built-in dialects.
     *
     * @param text the sentence as given
     * @param pattern the pattern it was classified as
     * @param clauses its clauses in source order
     * @param span where the sentence is
     */
    public EarsRequirement(
            String text, EarsPattern pattern, List<Clause> clauses, SourceSpan span) {
        this(text, pattern, clauses, span, systemName(clauses, BUILT_IN_ARTICLES));
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
     * Authentication Service}). {@link EarsParser} strips the articles of its active dialects; the
     * four-argument constructor those of the built-in dialects.
     *
     * @return the normalised system name, or empty when the sentence has none
     */
    @Override
    public Optional<String> systemName() {
        return systemName;
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

    private static final java.util.Set<String> BUILT_IN_ARTICLES = articles(EarsDialect.builtIns());

    /**
     * The articles of some dialects, lower case.
     *
     * @param dialects the dialects
     * @return an immutable set
     */
    static java.util.Set<String> articles(List<EarsDialect> dialects) {
        java.util.Set<String> set = new java.util.HashSet<>();
        for (EarsDialect d : dialects) {
            set.addAll(d.keywords(EarsKeyword.ARTICLE));
        }
        return java.util.Set.copyOf(set);
    }

    /**
     * The system clause of {@code clauses} without a leading article.
     *
     * @param clauses the clauses
     * @param articles lower-case articles
     * @return the name, or empty without a system clause
     */
    static Optional<String> systemName(List<Clause> clauses, java.util.Set<String> articles) {
        for (Clause c : clauses) {
            if (c.kind() == ClauseKind.SYSTEM) {
                return Optional.of(stripArticle(c.text(), articles));
            }
        }
        return Optional.empty();
    }

    private static String stripArticle(String system, java.util.Set<String> articles) {
        String s = system.strip();
        int sp = 0;
        while (sp < s.length() && !Character.isWhitespace(s.charAt(sp))) {
            sp++;
        }
        if (sp > 0
                && sp < s.length()
                && articles.contains(s.substring(0, sp).toLowerCase(java.util.Locale.ROOT))) {
            return s.substring(sp + 1).strip();
        }
        return s;
    }

    private Optional<String> first(ClauseKind kind) {
        return clauses.stream().filter(c -> c.kind() == kind).map(Clause::text).findFirst();
    }
}
