package dev.specdriven.trace.drift;

import dev.specdriven.trace.NodeId;
import java.util.List;
import java.util.Objects;

/**
 * A task that is stale because its requirements changed.
 *
 * @param task the task (current id)
 * @param reason {@link Reason#DONE_BEFORE_CHANGE} or {@link Reason#EDITED_AFTER_CHANGE}
 * @param criteria the changed criteria it traces to
 */
public record StaleTask(NodeId task, Reason reason, List<NodeId> criteria) {

    /** Validates and copies. */
    public StaleTask {
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        criteria = List.copyOf(criteria);
    }

    /** Why a task is stale. */
    public enum Reason {
        /** The task was done in the baseline and its criteria changed since: it needs revision. */
        DONE_BEFORE_CHANGE,
        /**
         * The task was edited in the same range as its criteria changed: check that the edit
         * follows the new requirement.
         */
        EDITED_AFTER_CHANGE
    }
}
