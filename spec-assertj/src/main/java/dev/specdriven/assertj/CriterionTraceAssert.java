package dev.specdriven.assertj;

import static dev.specdriven.assertj.error.ShouldBeCovered.shouldBeCovered;
import static dev.specdriven.assertj.error.ShouldBeCoveredByTask.shouldBeCoveredByTask;
import static dev.specdriven.assertj.error.ShouldBeVerified.shouldBeVerified;

import dev.specdriven.trace.CriterionCoverage;
import dev.specdriven.trace.NodeId;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions for how far one criterion of a trace graph is traced; reached through {@link
 * TraceGraphAssert#criterion(String, String)}.
 *
 * <pre>{@code
 * assertThat(graph).criterion("order-checkout", "2.1").isCoveredByTask("3.1").isVerified();
 * }</pre>
 */
public final class CriterionTraceAssert
        extends AbstractAssert<CriterionTraceAssert, CriterionCoverage> {

    /**
     * Creates the assertion.
     *
     * @param actual the criterion's coverage
     */
    public CriterionTraceAssert(CriterionCoverage actual) {
        super(actual, CriterionTraceAssert.class);
    }

    /**
     * Verifies that a task implements the criterion (its {@code _Requirements:_} line cites the
     * criterion, its requirement or a range holding it).
     *
     * @param taskId the task id, such as {@code 3.1}
     * @return {@code this}
     */
    public CriterionTraceAssert isCoveredByTask(String taskId) {
        Objects.requireNonNull(taskId, "taskId must not be null");
        isNotNull();
        NodeId task = NodeId.task(actual.criterion().spec(), taskId);
        if (!actual.tasks().contains(task)) {
            throwAssertionError(
                    shouldBeCoveredByTask(
                            actual.criterion().toString(),
                            taskId,
                            actual.tasks().stream().map(NodeId::local).toList()));
        }
        return myself;
    }

    /**
     * Verifies that the criterion is covered: validated by the design and implemented by a task.
     *
     * @return {@code this}
     */
    public CriterionTraceAssert isCovered() {
        isNotNull();
        if (!actual.covered()) {
            throwAssertionError(shouldBeCovered(actual));
        }
        return myself;
    }

    /**
     * Verifies that a passing test cites the criterion and no citing test fails (needs evidence,
     * see {@link Verifies}).
     *
     * @return {@code this}
     */
    public CriterionTraceAssert isVerified() {
        isNotNull();
        if (!actual.verified()) {
            throwAssertionError(shouldBeVerified(actual));
        }
        return myself;
    }
}
