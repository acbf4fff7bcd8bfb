package dev.specdriven.trace;

import java.util.Objects;

/**
 * A node affected by a change, with the link through which the change reached it.
 *
 * @param node the affected node
 * @param distance the number of links from the nearest changed node (1 for direct dependents)
 * @param via the link (pointing from {@code node} to the node it depends on) that made it affected
 */
public record ImpactedNode(NodeId node, int distance, TraceLink via) {

    /** Validates. */
    public ImpactedNode {
        Objects.requireNonNull(node, "node must not be null");
        Objects.requireNonNull(via, "via must not be null");
        if (distance < 1) {
            throw new IllegalArgumentException("distance must be >= 1, was " + distance);
        }
    }
}
