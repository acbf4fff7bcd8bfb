package dev.specdriven.assertj.error;

import java.util.List;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code isCoveredByTask(..)}: the task does not implement the criterion. */
public final class ShouldBeCoveredByTask extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param criterion the criterion node id, such as {@code criterion:checkout/2.3}
     * @param task the expected task id
     * @param tasks the task ids that do implement it
     * @return the factory
     */
    public static ErrorMessageFactory shouldBeCoveredByTask(
            String criterion, String task, List<String> tasks) {
        Objects.requireNonNull(criterion, "criterion must not be null");
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(tasks, "tasks must not be null");
        return new ShouldBeCoveredByTask(criterion, task, tasks);
    }

    private ShouldBeCoveredByTask(String criterion, String task, List<String> tasks) {
        super(
                "%nExpecting %s to be implemented by task %s but its tasks are:%n  %s",
                unquotedString(criterion),
                unquotedString(task),
                unquotedString(tasks.isEmpty() ? "(none)" : String.join(", ", tasks)));
    }
}
