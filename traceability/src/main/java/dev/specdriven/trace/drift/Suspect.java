package dev.specdriven.trace.drift;

import dev.specdriven.trace.NodeId;
import java.util.Objects;

/**
 * A downstream element (design section, property, task, test, code) that traces to a criterion that
 * changed or was removed, and must be reviewed.
 *
 * @param node the suspect node (in the current workspace)
 * @param cause the changed criterion (current id, or baseline id when removed)
 * @param reason why, in one sentence
 */
public record Suspect(NodeId node, NodeId cause, String reason) {

    /** Validates. */
    public Suspect {
        Objects.requireNonNull(node, "node must not be null");
        Objects.requireNonNull(cause, "cause must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }
}
