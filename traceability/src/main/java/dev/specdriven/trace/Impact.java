package dev.specdriven.trace;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of {@link TraceGraph#impact(java.util.Collection)}: every design section, property,
 * task and test transitively affected by a set of changed nodes.
 *
 * @param changed the changed nodes that exist in the graph
 * @param unknown the changed nodes the graph does not hold
 * @param affected the affected nodes, nearest first, each once
 */
public record Impact(Set<NodeId> changed, Set<NodeId> unknown, List<ImpactedNode> affected) {

    /** Validates and copies. */
    public Impact {
        changed = Set.copyOf(changed);
        unknown = Set.copyOf(unknown);
        affected = List.copyOf(affected);
    }

    /**
     * The affected nodes of one kind, nearest first.
     *
     * @param kind the kind
     * @return their ids
     */
    public List<NodeId> affected(NodeKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        return affected.stream().map(ImpactedNode::node).filter(n -> n.kind() == kind).toList();
    }
}
