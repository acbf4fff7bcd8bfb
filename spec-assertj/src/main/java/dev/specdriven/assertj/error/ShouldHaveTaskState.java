package dev.specdriven.assertj.error;

import dev.specdriven.spec.TaskState;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code withState(..)} and {@code isDone()}: the task is in another state. */
public final class ShouldHaveTaskState extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param id the task id
     * @param title the task title
     * @param expected the expected state
     * @param actual the actual state
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveTaskState(
            String id, String title, TaskState expected, TaskState actual) {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        return new ShouldHaveTaskState(id, title, expected, actual);
    }

    private ShouldHaveTaskState(String id, String title, TaskState expected, TaskState actual) {
        super(
                "%nExpecting task %s (%s) to be %s but was %s",
                unquotedString(id),
                title,
                unquotedString(expected.label()),
                unquotedString(actual.label()));
    }
}
