package dev.specdriven.examples.trace;

import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.CoverageSummary;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.trace.TraceLink;
import dev.specdriven.trace.evidence.Evidence;
import dev.specdriven.trace.evidence.EvidenceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;

/**
 * Builds the trace graph of a workspace (optionally with test evidence) and runs JGraphT algorithms
 * on its read-only view.
 *
 * <pre>{@code
 * java dev.specdriven.examples.trace.TraceExample examples/workspace [target/specdriven-evidence.json]
 * }</pre>
 */
public final class TraceExample {

    private TraceExample() {}

    /**
     * Runs the example.
     *
     * @param args the workspace directory, then optionally evidence files or directories
     * @throws IOException when a path cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<Path> evidence = java.util.Arrays.stream(args).skip(1).map(Path::of).toList();
        TraceGraph graph = build(Path.of(args.length > 0 ? args[0] : "."), evidence);
        CoverageSummary total = graph.coverage().total();
        System.out.printf(
                "%d criteria, %d covered (%s), %d verified%n",
                total.criteria(),
                total.covered(),
                total.coveredPercent().isPresent()
                        ? String.format("%.1f%%", total.coveredPercent().getAsDouble())
                        : "n/a",
                total.verified());
        System.out.println(islands(graph).size() + " connected components");
    }

    /**
     * Builds the graph.
     *
     * @param directory the workspace
     * @param evidencePaths evidence files or directories (may be empty)
     * @return the graph
     * @throws IOException when a path cannot be read
     */
    public static TraceGraph build(Path directory, List<Path> evidencePaths) throws IOException {
        // @example:trace-graph:begin
        Workspace workspace = SpecParser.create().read(directory);
        Evidence evidence =
                evidencePaths.isEmpty()
                        ? Evidence.none()
                        // specdriven-evidence.json from @Verifies, Surefire XML, tagged sources
                        : EvidenceReader.create().read(evidencePaths);
        TraceGraph graph = TraceGraph.builder().workspace(workspace).evidence(evidence).build();
        // @example:trace-graph:end
        return graph;
    }

    /**
     * The shortest chain of links from one node to another, as JGraphT finds it.
     *
     * @param graph the trace graph
     * @param from the start, such as a task
     * @param to the end, such as its spec
     * @return the nodes on the path, empty when there is none
     */
    public static List<NodeId> shortestPath(TraceGraph graph, NodeId from, NodeId to) {
        // @example:jgrapht-path:begin
        Graph<NodeId, TraceLink> view = graph.asGraph(); // unmodifiable JGraphT view
        GraphPath<NodeId, TraceLink> path =
                new DijkstraShortestPath<>(view).getPath(from, to); // null when unreachable
        // @example:jgrapht-path:end
        return Optional.ofNullable(path).map(GraphPath::getVertexList).orElse(List.of());
    }

    /**
     * The weakly connected components of the graph: groups of nodes linked to each other in any
     * direction. Specs that share no link form separate components.
     *
     * @param graph the trace graph
     * @return the components
     */
    public static List<Set<NodeId>> islands(TraceGraph graph) {
        // @example:jgrapht-components:begin
        List<Set<NodeId>> components = new ConnectivityInspector<>(graph.asGraph()).connectedSets();
        // @example:jgrapht-components:end
        return components;
    }
}
