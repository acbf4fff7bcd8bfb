package dev.specdriven.trace;

import dev.specdriven.source.DiagnosticCode;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecCode;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.evidence.Evidence;
import dev.specdriven.trace.internal.GraphAssembler;
import dev.specdriven.trace.internal.GraphData;
import dev.specdriven.trace.internal.Queries;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The traceability graph of a workspace: specs, requirements, criteria, glossary terms, design
 * sections, correctness properties, tasks and evidence, linked by typed {@link TraceLink}s, with
 * the queries built on them.
 *
 * <p>The graph is built in one pass from parsed specs and is immutable; all queries are
 * thread-safe. Adjacency is precomputed, so {@link #impact(Collection)} answers in time
 * proportional to the affected nodes.
 *
 * <pre>{@code
 * Workspace ws = SpecParser.create().read(Path.of("."));
 * TraceGraph graph = TraceGraph.of(ws);
 * System.out.printf("%.1f%% of criteria covered%n", graph.coverage().total().coveredPercent());
 * Impact impact = graph.impact(List.of(NodeId.criterion("checkout", "2.3")));
 * impact.affected(NodeKind.TASK).forEach(System.out::println);
 * graph.findings().forEach(f -> System.out.println(f.diagnostic()));
 * }</pre>
 *
 * <p>With evidence and inferred links:
 *
 * <pre>{@code
 * Evidence ev = EvidenceReader.create().read(List.of(Path.of("target/surefire-reports"), Path.of("src/test")));
 * TraceGraph graph = TraceGraph.builder().workspace(ws).evidence(ev)
 *         .link(TraceLink.inferred(task, criterion, LinkKind.IMPLEMENTS, 0.8, "AuthService"))
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TraceGraph {
    private final GraphData data;
    private final Queries queries;
    private final Memo<CoverageReport> coverage;
    private final Memo<List<Finding>> findings;
    private final Memo<Graph<NodeId, TraceLink>> view;
    private final Memo<TraceGraph> inferred;

    private TraceGraph(GraphData data, Supplier<TraceGraph> inferred) {
        this.data = data;
        this.inferred = new Memo<>(inferred == null ? () -> this : inferred);
        this.queries = new Queries(data);
        this.coverage = new Memo<>(queries::coverage);
        this.findings = new Memo<>(() -> queries.findings(coverage.get()));
        this.view = new Memo<>(this::buildView);
    }

    /**
     * Builds the graph of a workspace, without evidence.
     *
     * @param workspace a parsed workspace
     * @return the graph
     */
    public static TraceGraph of(Workspace workspace) {
        return builder().workspace(workspace).build();
    }

    /**
     * Builds the graph of a single spec, without evidence.
     *
     * @param spec a parsed spec
     * @return the graph
     */
    public static TraceGraph of(Spec spec) {
        return builder().spec(spec).build();
    }

    /**
     * A builder for graphs with evidence or additional (inferred) links.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- structure

    /**
     * The spec names, in workspace order (a spec whose folder name is not unique is named by its
     * path).
     *
     * @return the names
     */
    public List<String> specs() {
        return data.specs.stream().map(s -> s.name).toList();
    }

    /**
     * The parsed spec with a name.
     *
     * @param name the spec name as in {@link #specs()}
     * @return the spec
     */
    public Optional<Spec> spec(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return data.spec(name).map(s -> s.spec);
    }

    /**
     * Every node, specs first, in build order.
     *
     * @return the nodes
     */
    public List<TraceNode> nodes() {
        return data.nodes;
    }

    /**
     * The nodes of one kind, in build order.
     *
     * @param kind the kind
     * @return the nodes
     */
    public List<TraceNode> nodes(NodeKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        return data.nodes.stream().filter(n -> n.kind() == kind).toList();
    }

    /**
     * The node with an id.
     *
     * @param id the id
     * @return the node, empty when the graph has none
     */
    public Optional<TraceNode> node(NodeId id) {
        Objects.requireNonNull(id, "id must not be null");
        int i = data.indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(data.nodes.get(i));
    }

    /**
     * Finds an element of a spec from the text a user types: every form specdriven prints is
     * accepted.
     *
     * <ul>
     *   <li>a node id as printed, {@code kind:spec/local}: {@code criterion:checkout/2.3}, {@code
     *       task:checkout/4.1}, {@code section:checkout/data-models}, {@code spec:checkout} (its
     *       own spec, whatever {@code spec} says);
     *   <li>{@code kind:local} in {@code spec}: {@code task:4.1}, {@code section:data-models},
     *       {@code property:3}, {@code requirement:2}, {@code term:order service}; evidence as
     *       {@code test:com.x.CartTest#total} or {@code code:src/Cart.java:12};
     *   <li>{@code spec:id} as in {@code @Verifies("checkout:2.3")};
     *   <li>a bare id: a criterion ({@code 2.3}, {@code FR-2.1}) or else a requirement ({@code 2}).
     * </ul>
     *
     * <pre>{@code
     * graph.element("checkout", "section:data-models");   // section:checkout/data-models
     * graph.element("checkout", "criterion:checkout/2.3"); // criterion:checkout/2.3
     * graph.element("checkout", "step:1");                 // IllegalArgumentException: kinds ...
     * }</pre>
     *
     * @param spec the spec the element belongs to, unless the text names one
     * @param text the element
     * @return the node, empty when the graph has no such element
     * @throws IllegalArgumentException when the text has a {@code kind:} prefix that is neither a
     *     node kind nor a spec name; the message lists the kinds
     */
    public Optional<NodeId> element(String spec, String text) {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(text, "text must not be null");
        String id = text.strip();
        int colon = id.indexOf(':');
        if (colon > 0) {
            String prefix = id.substring(0, colon);
            String rest = id.substring(colon + 1);
            if (NodeKind.labels().contains(prefix)) {
                NodeKind k = NodeKind.ofLabel(prefix);
                if (k == NodeKind.TEST || k == NodeKind.CODE) {
                    return node(new NodeId(k, "", rest)).map(TraceNode::id);
                }
                if (k == NodeKind.SPEC) {
                    return node(NodeId.spec(rest.isEmpty() ? spec : rest)).map(TraceNode::id);
                }
                int slash = rest.indexOf('/');
                if (slash > 0 && data.spec(rest.substring(0, slash)).isPresent()) {
                    Optional<NodeId> full =
                            node(new NodeId(k, rest.substring(0, slash), rest.substring(slash + 1)))
                                    .map(TraceNode::id);
                    if (full.isPresent()) {
                        return full;
                    }
                }
                return node(new NodeId(k, spec, rest)).map(TraceNode::id);
            }
            if (data.spec(prefix).isPresent()) {
                return element(prefix, rest);
            }
            NodeKind.ofLabel(prefix); // throws, naming the valid kinds
        }
        if (dev.specdriven.spec.CriterionId.parse(id).isPresent()) {
            Optional<NodeId> c = node(NodeId.criterion(spec, id)).map(TraceNode::id);
            if (c.isPresent()) {
                return c;
            }
        }
        return node(NodeId.requirement(spec, id)).map(TraceNode::id);
    }

    /**
     * Every link, in build order.
     *
     * @return the links
     */
    public List<TraceLink> links() {
        return data.links;
    }

    /**
     * The links leaving a node (what it traces to).
     *
     * @param id the node
     * @return the links, empty for unknown nodes
     */
    public List<TraceLink> outgoing(NodeId id) {
        Objects.requireNonNull(id, "id must not be null");
        int i = data.indexOf(id);
        return i < 0 ? List.of() : linksOf(data.out[i]);
    }

    /**
     * The links entering a node (what traces to it).
     *
     * @param id the node
     * @return the links, empty for unknown nodes
     */
    public List<TraceLink> incoming(NodeId id) {
        Objects.requireNonNull(id, "id must not be null");
        int i = data.indexOf(id);
        return i < 0 ? List.of() : linksOf(data.in[i]);
    }

    private List<TraceLink> linksOf(int[] idx) {
        List<TraceLink> out = new ArrayList<>(idx.length);
        for (int l : idx) {
            out.add(data.links.get(l));
        }
        return List.copyOf(out);
    }

    /**
     * The evidence the graph was built with.
     *
     * @return the evidence ({@link Evidence#none()} when none was given)
     */
    public Evidence evidence() {
        return data.evidence;
    }

    /**
     * An unmodifiable JGraphT view (vertices are node ids, edges are the links) for users' own
     * algorithms. Built on first use; every call returns the same view.
     *
     * <pre>{@code
     * Graph<NodeId, TraceLink> g = graph.asGraph();
     * new org.jgrapht.alg.shortestpath.DijkstraShortestPath<>(g).getPath(task, criterion);
     * }</pre>
     *
     * @return the view; mutating methods throw {@link UnsupportedOperationException}
     */
    public Graph<NodeId, TraceLink> asGraph() {
        return view.get();
    }

    private Graph<NodeId, TraceLink> buildView() {
        DirectedPseudograph<NodeId, TraceLink> g = new DirectedPseudograph<>(null, null, false);
        for (TraceNode n : data.nodes) {
            g.addVertex(n.id());
        }
        for (TraceLink l : data.links) {
            g.addEdge(l.source(), l.target(), l);
        }
        return new AsUnmodifiableGraph<>(g);
    }

    // ---------------------------------------------------------------- queries

    /**
     * Coverage of every criterion (designed, tasked, done, verified), per spec and in total.
     * Computed once.
     *
     * @return the report
     */
    public CoverageReport coverage() {
        return coverage.get();
    }

    /**
     * The coverage of one criterion.
     *
     * @param criterion the criterion node
     * @return its coverage, empty when the graph has no such criterion
     */
    public Optional<CriterionCoverage> coverage(NodeId criterion) {
        Objects.requireNonNull(criterion, "criterion must not be null");
        int i = data.indexOf(criterion);
        if (i < 0 || criterion.kind() != NodeKind.CRITERION) {
            return Optional.empty();
        }
        return Optional.of(queries.coverageOf(i));
    }

    /**
     * The criteria that are not covered (not designed or not tasked).
     *
     * @return their coverage entries, in order
     */
    public List<CriterionCoverage> uncoveredCriteria() {
        return coverage().criteria().stream().filter(c -> !c.covered()).toList();
    }

    /**
     * Every finding, sorted by file, position and code. Computed once. Most carry a {@link
     * TraceCode}; a problem the spec model sees on its own (a dangling reference, a duplicate id)
     * carries the spec model's code, at the position {@code SpecChecker} reports it.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return findings.get();
    }

    /**
     * Correctness properties that validate nothing, and design sections whose references all dangle
     * ({@link TraceCode#ORPHAN_DESIGN}).
     *
     * @return the findings
     */
    public List<Finding> orphanDesign() {
        return findings(TraceCode.ORPHAN_DESIGN);
    }

    /**
     * Leaf tasks that trace to no requirement or property, neither themselves nor through an
     * ancestor ({@link TraceCode#ORPHAN_TASK}).
     *
     * @return the findings
     */
    public List<Finding> orphanTasks() {
        return findings(TraceCode.ORPHAN_TASK);
    }

    /**
     * References to requirements, criteria, properties or tasks that do not exist: the spec model's
     * {@code SPEC016} (requirement or criterion) and {@code SPEC017} (correctness property), and
     * {@link TraceCode#DANGLING_DEPENDENCY} (a {@code Depends on:} task).
     *
     * @return the findings
     */
    public List<Finding> danglingReferences() {
        return findings().stream()
                .filter(
                        f ->
                                f.code().equals(SpecCode.DANGLING_REFERENCE.code())
                                        || f.code().equals(SpecCode.DANGLING_PROPERTY.code())
                                        || f.code().equals(TraceCode.DANGLING_DEPENDENCY.code()))
                .toList();
    }

    /**
     * Ids used twice in one spec: the spec model's {@code SPEC006} (requirement), {@code SPEC012}
     * (task) and {@code SPEC021} (property), and {@link TraceCode#DUPLICATE_CRITERION}. The second
     * element gets the node id {@code id~2} ({@link NodeId#written()} gives the id as written).
     *
     * @return the findings
     */
    public List<Finding> duplicateIds() {
        return findings().stream()
                .filter(
                        f ->
                                f.code().equals(SpecCode.DUPLICATE_REQUIREMENT.code())
                                        || f.code().equals(SpecCode.DUPLICATE_TASK.code())
                                        || f.code().equals(SpecCode.DUPLICATE_PROPERTY.code())
                                        || f.code().equals(TraceCode.DUPLICATE_CRITERION.code()))
                .toList();
    }

    /**
     * The findings with one code of any module ({@code SPEC016}, {@code TRACE002}...).
     *
     * @param code the code
     * @return the findings
     */
    public List<Finding> findings(DiagnosticCode code) {
        Objects.requireNonNull(code, "code must not be null");
        return findings().stream().filter(f -> f.code().equals(code.code())).toList();
    }

    /**
     * The dependency cycles among the tasks of every spec.
     *
     * @return each cycle as the task nodes in it
     */
    public List<List<NodeId>> taskCycles() {
        List<List<NodeId>> out = new ArrayList<>();
        for (GraphData.SpecInfo s : data.specs) {
            for (List<String> c : queries.executionPlan(s).cycles()) {
                out.add(c.stream().map(t -> NodeId.task(s.name, t)).toList());
            }
        }
        return out;
    }

    /**
     * A valid execution order of one spec's tasks, with its waves. Dependencies are {@link
     * LinkKind#DEPENDS_ON} links (a {@code Depends on:} detail line, or the previous wave of the
     * Task Dependency Graph block) and, for a parent task the waves do not list, its sub-tasks.
     *
     * @param spec the spec name
     * @return the plan (with the cycles instead of an order when there is one)
     * @throws java.util.NoSuchElementException when there is no such spec
     */
    public ExecutionPlan executionPlan(String spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        return queries.executionPlan(
                data.spec(spec)
                        .orElseThrow(
                                () -> new java.util.NoSuchElementException("no spec " + spec)));
    }

    /**
     * The nodes transitively affected by a change of some nodes, following explicit links only.
     *
     * <p>A change propagates against the links: a changed criterion affects the design sections and
     * properties that validate it, the tasks that implement it and the tests and code that cite it;
     * a changed requirement affects its criteria and everything that cites it; a changed property
     * affects the tasks that cite it; a changed task affects its sub-tasks; a changed design
     * section affects its sub-sections and properties; a glossary term affects the criteria whose
     * system it is; a spec affects everything in it.
     *
     * <pre>{@code
     * Impact i = graph.impact(List.of(NodeId.criterion("checkout", "2.3")));
     * List<NodeId> tasks = i.affected(NodeKind.TASK);
     * }</pre>
     *
     * @param changed the changed nodes (unknown ones are returned in {@link Impact#unknown()})
     * @return the impact
     */
    public Impact impact(Collection<NodeId> changed) {
        return impact(changed, false);
    }

    /**
     * Like {@link #impact(Collection)}, optionally following inferred links too: inferred links
     * (task → criterion, task → design section) then propagate the change as explicit ones do. A
     * graph that holds no inferred link at all (built without {@link Builder#inferLinks(boolean)}
     * and without inferred {@link Builder#link(TraceLink)}s) infers them with {@link InferredLinks}
     * for this query, once, on first use; a graph that holds some follows those.
     *
     * <pre>{@code
     * // a plain spec: tasks without _Requirements:_ lines
     * graph.impact(List.of(NodeId.criterion("auth", "FR-2.1")), true).affected(NodeKind.TASK);
     * }</pre>
     *
     * @param changed the changed nodes
     * @param includeInferred whether inferred links propagate the change
     * @return the impact
     */
    public Impact impact(Collection<NodeId> changed, boolean includeInferred) {
        Objects.requireNonNull(changed, "changed must not be null");
        if (includeInferred) {
            TraceGraph withInferred = inferred.get();
            return withInferred.queries.impact(List.copyOf(changed), true);
        }
        return queries.impact(List.copyOf(changed), false);
    }

    /**
     * The lifecycle state of one spec.
     *
     * @param spec the spec name
     * @return the lifecycle
     * @throws java.util.NoSuchElementException when there is no such spec
     */
    public Lifecycle lifecycle(String spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        return queries.lifecycle(
                data.spec(spec)
                        .orElseThrow(
                                () -> new java.util.NoSuchElementException("no spec " + spec)));
    }

    /**
     * The lifecycle of every spec, in spec order.
     *
     * @return the lifecycles
     */
    public List<Lifecycle> lifecycles() {
        return data.specs.stream().map(queries::lifecycle).toList();
    }

    /**
     * The criteria a task implements (directly or through a whole-requirement reference).
     *
     * @param task the task node
     * @return the criterion nodes, empty for unknown tasks
     */
    public List<NodeId> criteriaOf(NodeId task) {
        Objects.requireNonNull(task, "task must not be null");
        int i = data.indexOf(task);
        return i < 0 || task.kind() != NodeKind.TASK ? List.of() : queries.criteriaOfTask(i);
    }

    /** Thread-safe lazy value. */
    private static final class Memo<T> {
        private final Supplier<T> supplier;
        private volatile T value;

        Memo(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = supplier.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    /** Configures a {@link TraceGraph}. */
    public static final class Builder {
        private final List<Spec> specs = new ArrayList<>();
        private Evidence evidence = Evidence.none();
        private final List<TraceLink> links = new ArrayList<>();
        private boolean inferLinks;
        private boolean parallel = true;

        private Builder() {}

        /**
         * Whether the specs are assembled in parallel on the common fork-join pool (default true);
         * the graph is the same either way.
         *
         * @param parallel false to assemble on the calling thread only
         * @return {@code this}
         */
        public Builder parallel(boolean parallel) {
            this.parallel = parallel;
            return this;
        }

        /**
         * Whether to add the links inferred by {@link InferredLinks} (task → criterion and task →
         * design section, {@link LinkOrigin#INFERRED}, with scores) for every spec (default false).
         *
         * @param infer true to add them
         * @return {@code this}
         */
        public Builder inferLinks(boolean infer) {
            this.inferLinks = infer;
            return this;
        }

        /**
         * Adds every spec of a workspace.
         *
         * @param workspace the workspace
         * @return {@code this}
         */
        public Builder workspace(Workspace workspace) {
            Objects.requireNonNull(workspace, "workspace must not be null");
            specs.addAll(workspace.specs());
            return this;
        }

        /**
         * Adds one spec.
         *
         * @param spec the spec
         * @return {@code this}
         */
        public Builder spec(Spec spec) {
            Objects.requireNonNull(spec, "spec must not be null");
            specs.add(spec);
            return this;
        }

        /**
         * Sets the evidence (replacing any set before).
         *
         * @param evidence the evidence
         * @return {@code this}
         */
        public Builder evidence(Evidence evidence) {
            this.evidence = Objects.requireNonNull(evidence, "evidence must not be null");
            return this;
        }

        /**
         * Adds a link (typically an inferred one); both of its nodes must be in the graph.
         *
         * @param link the link
         * @return {@code this}
         */
        public Builder link(TraceLink link) {
            links.add(Objects.requireNonNull(link, "link must not be null"));
            return this;
        }

        /**
         * Builds the graph.
         *
         * @return the graph
         * @throws IllegalArgumentException when an added link names a node that is not in the graph
         */
        public TraceGraph build() {
            List<Spec> specList = List.copyOf(specs);
            List<TraceLink> explicit = List.copyOf(links);
            Evidence ev = evidence;
            boolean par = parallel;
            Supplier<List<TraceLink>> withInferred =
                    () -> {
                        List<TraceLink> all = new ArrayList<>(explicit);
                        all.addAll(InferredLinks.infer(specList).traceLinks());
                        return all;
                    };
            if (inferLinks || explicit.stream().anyMatch(l -> l.origin() == LinkOrigin.INFERRED)) {
                List<TraceLink> all = inferLinks ? withInferred.get() : explicit;
                return new TraceGraph(GraphAssembler.assemble(specList, ev, all, par), null);
            }
            return new TraceGraph(
                    GraphAssembler.assemble(specList, ev, explicit, par),
                    () ->
                            new TraceGraph(
                                    GraphAssembler.assemble(specList, ev, withInferred.get(), par),
                                    null));
        }
    }
}
