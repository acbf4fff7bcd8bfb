package dev.specdriven.assertj;

import static dev.specdriven.assertj.error.ShouldHaveTask.shouldHaveTask;

import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions for a {@code tasks.md}.
 *
 * <pre>{@code
 * assertThat(spec.tasks().orElseThrow()).hasTask("2.1").withState(TaskState.DONE);
 * }</pre>
 */
public final class TasksDocumentAssert extends AbstractAssert<TasksDocumentAssert, TasksDocument> {

    /**
     * Creates the assertion; use {@link SpecAssertions#assertThat(TasksDocument)}.
     *
     * @param actual the task list under test
     */
    public TasksDocumentAssert(TasksDocument actual) {
        super(actual, TasksDocumentAssert.class);
    }

    /**
     * Verifies that the list has a task and navigates to it.
     *
     * @param id the task id, such as {@code 2.1}
     * @return an assertion on the task
     */
    public TaskAssert hasTask(String id) {
        Objects.requireNonNull(id, "id must not be null");
        isNotNull();
        Optional<Task> task = actual.task(id);
        if (task.isEmpty()) {
            throwAssertionError(
                    shouldHaveTask(
                            actual.path(), id, actual.tasks().stream().map(Task::id).toList()));
        }
        return new TaskAssert(task.orElseThrow());
    }
}
