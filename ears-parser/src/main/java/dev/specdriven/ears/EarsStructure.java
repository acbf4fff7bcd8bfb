package dev.specdriven.ears;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parsed shape of a sentence before classification: what an {@link EarsPatternRule} looks at.
 *
 * @param text the sentence as given
 * @param clauses its clauses in source order
 * @param modal the modal verb as written ({@code shall}, {@code SHALL}, {@code should}), if any
 * @param binding whether the modal is a binding {@link EarsKeyword#SHALL} keyword of an active
 *     dialect (false for weak modals and when there is no modal)
 */
public record EarsStructure(
        String text, List<Clause> clauses, Optional<String> modal, boolean binding) {

    /** Validates and copies. */
    public EarsStructure {
        Objects.requireNonNull(text, "text must not be null");
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(modal, "modal must not be null");
    }

    /**
     * Whether there is at least one clause of a kind.
     *
     * @param kind the kind
     * @return true when present
     */
    public boolean has(ClauseKind kind) {
        return count(kind) > 0;
    }

    /**
     * The number of clauses of a kind.
     *
     * @param kind the kind
     * @return the count
     */
    public int count(ClauseKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        int n = 0;
        for (Clause c : clauses) {
            if (c.kind() == kind) {
                n++;
            }
        }
        return n;
    }

    /**
     * How many different kinds of precondition/trigger clause ({@code WHERE}, {@code WHILE}, {@code
     * WHEN}, {@code IF}) the sentence has.
     *
     * @return 0 for a ubiquitous sentence, more than 1 for a complex one
     */
    public int conditionKinds() {
        int n = 0;
        for (ClauseKind k :
                new ClauseKind[] {
                    ClauseKind.WHERE, ClauseKind.WHILE, ClauseKind.WHEN, ClauseKind.IF
                }) {
            if (has(k)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The system name as written.
     *
     * @return the system, or empty
     */
    public Optional<String> system() {
        return text(ClauseKind.SYSTEM);
    }

    /**
     * The response: the text after the modal.
     *
     * @return the response, or empty
     */
    public Optional<String> response() {
        return text(ClauseKind.RESPONSE);
    }

    /**
     * Whether the sentence has the EARS core: a binding modal, a system and a response.
     *
     * @return true when a pattern other than {@link EarsPatterns#NOT_EARS} can apply
     */
    public boolean isWellFormed() {
        return binding && has(ClauseKind.SYSTEM) && has(ClauseKind.RESPONSE);
    }

    private Optional<String> text(ClauseKind kind) {
        for (Clause c : clauses) {
            if (c.kind() == kind) {
                return Optional.of(c.text());
            }
        }
        return Optional.empty();
    }
}
