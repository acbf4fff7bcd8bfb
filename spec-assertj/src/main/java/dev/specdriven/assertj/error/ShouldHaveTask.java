package dev.specdriven.assertj.error;

import java.util.List;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code hasTask(id)}: the task list has no task with that id. */
public final class ShouldHaveTask extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param path the path of the task list
     * @param id the expected task id
     * @param ids the ids of the tasks the list has
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveTask(String path, String id, List<String> ids) {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(ids, "ids must not be null");
        return new ShouldHaveTask(path, id, ids);
    }

    private ShouldHaveTask(String path, String id, List<String> ids) {
        super(
                "%nExpecting task list %s to have task %s but its tasks are:%n  %s",
                path, id, unquotedString(String.join(", ", ids)));
    }
}
