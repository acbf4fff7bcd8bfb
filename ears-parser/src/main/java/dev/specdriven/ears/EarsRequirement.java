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

    private Optional<String> first(ClauseKind kind) {
        return clauses.stream().filter(c -> c.kind() == kind).map(Clause::text).findFirst();
    }
}
