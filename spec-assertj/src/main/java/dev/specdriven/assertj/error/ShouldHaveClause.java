package dev.specdriven.assertj.error;

import dev.specdriven.ears.Clause;
import dev.specdriven.ears.ClauseKind;
import java.util.List;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code hasClauseContaining(kind, text)}: no clause of that kind holds the text. */
public final class ShouldHaveClause extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param sentence the sentence
     * @param kind the clause kind
     * @param expected the text the clause should contain
     * @param clauses every clause of the sentence
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveClause(
            String sentence, ClauseKind kind, String expected, List<Clause> clauses) {
        Objects.requireNonNull(sentence, "sentence must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(clauses, "clauses must not be null");
        return new ShouldHaveClause(sentence, kind, expected, clauses);
    }

    private ShouldHaveClause(
            String sentence, ClauseKind kind, String expected, List<Clause> clauses) {
        super(
                "%nExpecting EARS sentence:%n  %s%nto have a %s clause containing %s but its"
                        + " clauses are:%n%s",
                sentence,
                unquotedString(kind.name()),
                expected,
                unquotedString(
                        Lines.of(clauses.stream().map(c -> c.kind() + " " + c.text()).toList())));
    }
}
