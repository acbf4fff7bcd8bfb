package dev.specdriven.assertj;

import static dev.specdriven.assertj.error.ShouldHaveTaskState.shouldHaveTaskState;
import static dev.specdriven.assertj.error.ShouldReferenceCriterion.shouldReferenceCriterion;

import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions for one task of a {@code tasks.md}.
 *
 * <pre>{@code
 * assertThat(tasks).hasTask("3.1").withState(TaskState.DONE).referencesCriterion("2.1");
 * }</pre>
 */
public final class TaskAssert extends AbstractAssert<TaskAssert, Task> {

    /**
     * Creates the assertion; use {@link SpecAssertions#assertThat(Task)}.
     *
     * @param actual the task under test
     */
    public TaskAssert(Task actual) {
        super(actual, TaskAssert.class);
    }

    /**
     * Verifies the state of the task's checkbox.
     *
     * @param expected the state
     * @return {@code this}
     */
    public TaskAssert withState(TaskState expected) {
        Objects.requireNonNull(expected, "expected must not be null");
        isNotNull();
        if (actual.state() != expected) {
            throwAssertionError(
                    shouldHaveTaskState(actual.id(), actual.title(), expected, actual.state()));
        }
        return myself;
    }

    /**
     * Verifies that the task is checked ({@code [x]}); the same as {@code
     * withState(TaskState.DONE)}.
     *
     * @return {@code this}
     */
    public TaskAssert isDone() {
        return withState(TaskState.DONE);
    }

    /**
     * Verifies that a {@code _Requirements:_} (or {@code Validates}) line of the task holds a token
     * written exactly so ({@code 2.3}, {@code 2}, {@code 3.1-3.4}). Ranges are not expanded; ask
     * the trace graph for the criteria a task covers.
     *
     * @param reference the token as written
     * @return {@code this}
     */
    public TaskAssert referencesCriterion(String reference) {
        Objects.requireNonNull(reference, "reference must not be null");
        isNotNull();
        if (actual.requirementReferences().stream()
                .noneMatch(r -> r.raw().strip().equals(reference.strip()))) {
            throwAssertionError(
                    shouldReferenceCriterion(
                            actual.id(),
                            reference,
                            actual.requirementReferences().stream()
                                    .map(RequirementReference::raw)
                                    .toList()));
        }
        return myself;
    }
}
