package dev.specdriven.trace.internal;

import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.trace.Finding;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.TraceLink;
import dev.specdriven.trace.TraceNode;
import dev.specdriven.trace.evidence.Evidence;
import dev.specdriven.trace.evidence.TestStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assembled graph: nodes and links by index with precomputed adjacency, plus what the queries
 * need from the spec model. Immutable after construction.
 */
public final class GraphData {
    /** Nodes by index. */
    public final List<TraceNode> nodes;

    /** Node index by id. */
    public final Map<NodeId, Integer> index;

    /** Links by index. */
    public final List<TraceLink> links;

    /** Source node index of each link. */
    public final int[] linkSource;

    /** Target node index of each link. */
    public final int[] linkTarget;

    /** Outgoing link indices per node. */
    public final int[][] out;

    /** Incoming link indices per node. */
    public final int[][] in;

    /** The specs, in order. */
    public final List<SpecInfo> specs;

    /** Task of each task node (by node index), null for other nodes. */
    public final Task[] tasks;

    /** Criterion of each criterion node, null for other nodes. */
    public final AcceptanceCriterion[] criteria;

    /** Test outcome of each test node, null for other nodes. */
    public final TestStatus[] testStatus;

    /** The evidence the graph was built with. */
    public final Evidence evidence;

    /** Findings made while assembling (dangling references, duplicate ids, unknown targets). */
    public final List<Finding> assemblyFindings;

    /**
     * Nodes (design sections, properties, tasks) with a requirement or property reference that
     * resolves to nothing.
     */
    public final java.util.Set<NodeId> danglingOwners;

    GraphData(
            List<TraceNode> nodes,
            Map<NodeId, Integer> index,
            List<TraceLink> links,
            int[] linkSource,
            int[] linkTarget,
            int[][] out,
            int[][] in,
            List<SpecInfo> specs,
            Task[] tasks,
            AcceptanceCriterion[] criteria,
            TestStatus[] testStatus,
            Evidence evidence,
            List<Finding> assemblyFindings,
            java.util.Set<NodeId> danglingOwners) {
        this.nodes = nodes;
        this.index = index;
        this.links = links;
        this.linkSource = linkSource;
        this.linkTarget = linkTarget;
        this.out = out;
        this.in = in;
        this.specs = specs;
        this.tasks = tasks;
        this.criteria = criteria;
        this.testStatus = testStatus;
        this.evidence = evidence;
        this.assemblyFindings = assemblyFindings;
        this.danglingOwners = danglingOwners;
        Map<String, SpecInfo> byName = new java.util.HashMap<>();
        for (SpecInfo s : specs) {
            byName.putIfAbsent(s.name, s);
        }
        this.specByName = byName;
    }

    private final Map<String, SpecInfo> specByName;

    /**
     * The index of a node.
     *
     * @param id the id
     * @return the index, or -1
     */
    public int indexOf(NodeId id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /**
     * The spec info with a name.
     *
     * @param name the spec name
     * @return the info
     */
    public Optional<SpecInfo> spec(String name) {
        return Optional.ofNullable(specByName.get(name));
    }

    /** What the queries need about one spec. */
    public static final class SpecInfo {
        /** The spec name used in node ids. */
        public final String name;

        /** The parsed spec. */
        public final Spec spec;

        /** Node index of the spec. */
        public final int node;

        /** Criterion node indices in document order. */
        public final int[] criteria;

        /** Task node indices in document order. */
        public final int[] tasks;

        /** Task ids listed in the Task Dependency Graph waves. */
        public final java.util.Set<String> scheduled;

        SpecInfo(
                String name,
                Spec spec,
                int node,
                int[] criteria,
                int[] tasks,
                java.util.Set<String> scheduled) {
            this.name = name;
            this.spec = spec;
            this.node = node;
            this.criteria = criteria;
            this.tasks = tasks;
            this.scheduled = scheduled;
        }
    }
}
