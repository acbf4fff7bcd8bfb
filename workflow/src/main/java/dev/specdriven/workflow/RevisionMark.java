package dev.specdriven.workflow;

import java.util.List;
import java.util.Objects;

/**
 * A completed task that needs revision because criteria it implements changed.
 *
 * @param spec the spec name
 * @param taskId the task id
 * @param line the 1-based line of the task in tasks.md
 * @param title the task title
 * @param criteria the changed criteria the task implements, in id order
 * @param inferred whether the task was mapped to them only by inferred links
 */
public record RevisionMark(
        String spec,
        String taskId,
        int line,
        String title,
        List<String> criteria,
        boolean inferred) {
    /** Validates and copies. */
    public RevisionMark {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(taskId, "taskId must not be null");
        Objects.requireNonNull(title, "title must not be null");
        criteria = List.copyOf(criteria);
    }

    /**
     * The marker appended to the task line: {@code <!-- needs-revision: FR-2.1 changed -->}.
     *
     * @return the marker text (without the separating space)
     */
    public String marker() {
        return RevisionMarks.MARKER_PREFIX + String.join(", ", criteria) + " changed -->";
    }
}
