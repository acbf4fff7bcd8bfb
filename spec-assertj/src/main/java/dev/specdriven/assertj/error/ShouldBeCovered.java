package dev.specdriven.assertj.error;

import dev.specdriven.trace.CriterionCoverage;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code isCovered()}: the criterion lacks a design reference or a task. */
public final class ShouldBeCovered extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param coverage the criterion's coverage
     * @return the factory
     */
    public static ErrorMessageFactory shouldBeCovered(CriterionCoverage coverage) {
        Objects.requireNonNull(coverage, "coverage must not be null");
        return new ShouldBeCovered(coverage);
    }

    private ShouldBeCovered(CriterionCoverage c) {
        super(
                "%nExpecting %s to be covered (designed and tasked) but it is %s and %s:%n  %s",
                unquotedString(c.criterion().toString()),
                unquotedString(c.designed() ? "designed" : "not designed"),
                unquotedString(c.tasked() ? "tasked" : "not tasked"),
                c.text());
    }
}
