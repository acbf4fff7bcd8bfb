package dev.specdriven.assertj.error;

import dev.specdriven.trace.CriterionCoverage;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code isVerified()}: no passing test cites the criterion, or one fails. */
public final class ShouldBeVerified extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param coverage the criterion's coverage
     * @return the factory
     */
    public static ErrorMessageFactory shouldBeVerified(CriterionCoverage coverage) {
        Objects.requireNonNull(coverage, "coverage must not be null");
        return new ShouldBeVerified(coverage);
    }

    private ShouldBeVerified(CriterionCoverage c) {
        super(
                "%nExpecting %s to be verified by a passing test but %s; evidence:%n  %s",
                unquotedString(c.criterion().toString()),
                unquotedString(c.failing() ? "a citing test fails" : "no passing test cites it"),
                unquotedString(
                        c.evidence().isEmpty()
                                ? "(none)"
                                : String.join(
                                        ", ",
                                        c.evidence().stream().map(Object::toString).toList())));
    }
}
