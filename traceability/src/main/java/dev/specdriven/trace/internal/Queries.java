package dev.specdriven.trace.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecConfig;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.trace.Approval;
import dev.specdriven.trace.CoverageReport;
import dev.specdriven.trace.CoverageSummary;
import dev.specdriven.trace.CriterionCoverage;
import dev.specdriven.trace.ExecutionPlan;
import dev.specdriven.trace.Finding;
import dev.specdriven.trace.Impact;
import dev.specdriven.trace.ImpactedNode;
import dev.specdriven.trace.Lifecycle;
import dev.specdriven.trace.LifecycleState;
import dev.specdriven.trace.LinkKind;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.NodeKind;
import dev.specdriven.trace.SpecPhase;
import dev.specdriven.trace.TraceCode;
import dev.specdriven.trace.TraceLink;
import dev.specdriven.trace.TraceNode;
import dev.specdriven.trace.evidence.TestStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/** The queries over {@link GraphData}. Stateless; thread-safe. */
public final class Queries {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SourceSpan NO_SPAN = SourceSpan.at(SourcePosition.START);

    private final GraphData g;

    /**
     * Queries over one graph.
     *
     * @param g the graph
     */
    public Queries(GraphData g) {
        this.g = g;
    }

    // ---------------------------------------------------------------- coverage

    /**
     * The coverage of one criterion node.
     *
     * @param c the criterion node index
     * @return the coverage
     */
    public CriterionCoverage coverageOf(int c) {
        SmallIntSet design = new SmallIntSet();
        SmallIntSet tasks = new SmallIntSet();
        SmallIntSet evidence = new SmallIntSet();
        collect(c, design, tasks, evidence);
        for (int l : g.out[c]) {
            if (g.links.get(l).kind() == LinkKind.PART_OF
                    && g.nodes.get(g.linkTarget[l]).kind() == NodeKind.REQUIREMENT) {
                collect(g.linkTarget[l], design, tasks, evidence);
            }
        }
        boolean done = false;
        if (!tasks.isEmpty()) {
            boolean anyRequired = false;
            boolean requiredDone = true;
            boolean allDone = true;
            for (int i = 0; i < tasks.size(); i++) {
                Task task = g.tasks[tasks.get(i)];
                boolean d = task.state() == TaskState.DONE;
                allDone &= d;
                if (!task.optional()) {
                    anyRequired = true;
                    requiredDone &= d;
                }
            }
            done = anyRequired ? requiredDone : allDone;
        }
        boolean passed = false;
        boolean failed = false;
        for (int i = 0; i < evidence.size(); i++) {
            TestStatus s = g.testStatus[evidence.get(i)];
            if (s == TestStatus.PASSED) {
                passed = true;
            } else if (s == TestStatus.FAILED) {
                failed = true;
            }
        }
        AcceptanceCriterion ac = g.criteria[c];
        return new CriterionCoverage(
                g.nodes.get(c).id(),
                ac == null ? g.nodes.get(c).label() : ac.text(),
                ids(design),
                ids(tasks),
                ids(evidence),
                done,
                passed && !failed,
                failed);
    }

    private void collect(int n, SmallIntSet design, SmallIntSet tasks, SmallIntSet evidence) {
        for (int l : g.in[n]) {
            TraceLink link = g.links.get(l);
            if (!link.isExplicit()) {
                continue;
            }
            switch (link.kind()) {
                case VALIDATES:
                    design.add(g.linkSource[l]);
                    break;
                case IMPLEMENTS:
                    if (g.tasks[g.linkSource[l]] != null) {
                        tasks.add(g.linkSource[l]);
                    }
                    break;
                case VERIFIES:
                case CITES:
                    evidence.add(g.linkSource[l]);
                    break;
                default:
                    break;
            }
        }
    }

    private List<NodeId> ids(SmallIntSet idx) {
        if (idx.isEmpty()) {
            return List.of();
        }
        NodeId[] out = new NodeId[idx.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = g.nodes.get(idx.get(i)).id();
        }
        return List.of(out); // immutable already: the record's List.copyOf keeps it
    }

    /**
     * Coverage of every criterion, per spec and in total.
     *
     * @return the report
     */
    public CoverageReport coverage() {
        List<CriterionCoverage> all = new ArrayList<>();
        List<CoverageSummary> specs = new ArrayList<>();
        int[] total = new int[6];
        for (GraphData.SpecInfo s : g.specs) {
            int[] k = new int[6];
            for (int c : s.criteria) {
                CriterionCoverage cc = coverageOf(c);
                all.add(cc);
                k[0]++;
                k[1] += cc.designed() ? 1 : 0;
                k[2] += cc.tasked() ? 1 : 0;
                k[3] += cc.covered() ? 1 : 0;
                k[4] += cc.done() ? 1 : 0;
                k[5] += cc.verified() ? 1 : 0;
            }
            for (int i = 0; i < 6; i++) {
                total[i] += k[i];
            }
            specs.add(new CoverageSummary(s.name, k[0], k[1], k[2], k[3], k[4], k[5]));
        }
        return new CoverageReport(
                all,
                specs,
                new CoverageSummary(
                        "", total[0], total[1], total[2], total[3], total[4], total[5]));
    }

    // ---------------------------------------------------------------- findings

    /**
     * Every finding: assembly findings, coverage, orphans, cycles, evidence and approvals, sorted
     * by file, position and code.
     *
     * @param coverage the coverage report of this graph
     * @return the findings
     */
    public List<Finding> findings(CoverageReport coverage) {
        List<Finding> out = new ArrayList<>(g.assemblyFindings);
        Map<String, GraphData.SpecInfo> specs = new HashMap<>();
        for (GraphData.SpecInfo s : g.specs) {
            specs.put(s.name, s);
        }
        boolean evidenceGiven = g.evidence.given();
        for (CriterionCoverage cc : coverage.criteria()) {
            GraphData.SpecInfo s = specs.get(cc.criterion().spec());
            TraceNode n = g.nodes.get(g.indexOf(cc.criterion()));
            if (!cc.designed() && hasDesignText(s.spec)) {
                out.add(
                        at(
                                n,
                                TraceCode.NOT_DESIGNED,
                                "criterion "
                                        + n.id().written()
                                        + " is not validated by any design section or property"));
            }
            if (!cc.tasked() && s.spec.tasks().isPresent()) {
                out.add(
                        at(
                                n,
                                TraceCode.NOT_TASKED,
                                "criterion "
                                        + n.id().written()
                                        + " is not referenced by any task"));
            }
            if (cc.failing()) {
                out.add(
                        at(
                                n,
                                TraceCode.FAILING_EVIDENCE,
                                "criterion " + n.id().written() + " is cited by a failing test"));
            } else if (evidenceGiven && !cc.verified()) {
                out.add(
                        at(
                                n,
                                TraceCode.NOT_VERIFIED,
                                "criterion "
                                        + n.id().written()
                                        + " is not verified by any passing test"));
            }
        }
        out.addAll(orphanDesign());
        out.addAll(orphanTasks());
        for (GraphData.SpecInfo s : g.specs) {
            emptyDesign(s).ifPresent(out::add);
            ExecutionPlan plan = executionPlan(s);
            for (List<String> cycle : plan.cycles()) {
                TraceNode first = g.nodes.get(g.indexOf(NodeId.task(s.name, cycle.get(0))));
                out.add(
                        new Finding(
                                diag(
                                        first,
                                        TraceCode.TASK_CYCLE,
                                        "tasks "
                                                + String.join(" → ", cycle)
                                                + " depend on each other in a cycle"),
                                cycle.stream().map(t -> NodeId.task(s.name, t)).toList()));
            }
            Lifecycle l = lifecycle(s);
            for (Approval a : l.approvals()) {
                if (!a.current()) {
                    String file = s.spec.config().map(SpecConfig::path).orElse(s.spec.path());
                    out.add(
                            new Finding(
                                    TraceCode.STALE_APPROVAL
                                            .at(
                                                    NO_SPAN,
                                                    "the "
                                                            + a.phase().key()
                                                            + " document of spec "
                                                            + s.name
                                                            + " changed since it was approved")
                                            .withFile(file),
                                    List.of(NodeId.spec(s.name))));
                }
            }
        }
        if (evidenceGiven) {
            out.addAll(doneWithoutEvidence(coverage));
        }
        out.sort(FINDING_ORDER);
        return List.copyOf(out);
    }

    /** Whether a spec has a design.md with some text (an empty one designs nothing yet). */
    private static boolean hasDesignText(Spec spec) {
        return spec.design().map(d -> !d.source().text().isBlank()).orElse(false);
    }

    /**
     * One {@link TraceCode#NOT_DESIGNED} finding for a spec whose design.md is empty (instead of
     * one per criterion), at the start of design.md.
     */
    private Optional<Finding> emptyDesign(GraphData.SpecInfo s) {
        if (s.spec.design().isEmpty() || hasDesignText(s.spec) || s.criteria.length == 0) {
            return Optional.empty();
        }
        int n = s.criteria.length;
        return Optional.of(
                new Finding(
                        TraceCode.NOT_DESIGNED
                                .at(
                                        NO_SPAN,
                                        "design.md of spec "
                                                + s.name
                                                + " is empty: none of its "
                                                + n
                                                + (n == 1 ? " criterion is" : " criteria are")
                                                + " validated by the design")
                                .withFile(s.spec.design().get().path()),
                        List.of(NodeId.spec(s.name))));
    }

    private static final Comparator<Finding> FINDING_ORDER =
            Comparator.<Finding, String>comparing(f -> f.diagnostic().file().orElse(""))
                    .thenComparingInt(f -> f.diagnostic().span().startOffset())
                    .thenComparing(Finding::code);

    private Finding at(TraceNode n, TraceCode code, String message) {
        return new Finding(diag(n, code, message), List.of(n.id()));
    }

    private static Diagnostic diag(TraceNode n, TraceCode code, String message) {
        Diagnostic d = code.at(n.span().orElse(NO_SPAN), message);
        return n.file().map(d::withFile).orElse(d);
    }

    /**
     * Properties that validate nothing and sections whose references all dangle.
     *
     * @return the findings
     */
    public List<Finding> orphanDesign() {
        List<Finding> out = new ArrayList<>();
        Set<NodeId> withDangling = g.danglingOwners;
        for (int i = 0; i < g.nodes.size(); i++) {
            TraceNode n = g.nodes.get(i);
            if (n.kind() != NodeKind.PROPERTY
                    && !(n.kind() == NodeKind.DESIGN_SECTION && withDangling.contains(n.id()))) {
                continue;
            }
            if (!hasOut(i, EnumSet.of(LinkKind.VALIDATES))) {
                out.add(
                        at(
                                n,
                                TraceCode.ORPHAN_DESIGN,
                                (n.kind() == NodeKind.PROPERTY ? "property " : "design section ")
                                        + n.id().written()
                                        + " traces to no existing requirement"));
            }
        }
        return out;
    }

    private boolean hasOut(int n, Set<LinkKind> kinds) {
        for (int l : g.out[n]) {
            if (kinds.contains(g.links.get(l).kind()) && g.links.get(l).isExplicit()) {
                return true;
            }
        }
        return false;
    }

    private int parentTask(int t) {
        for (int l : g.out[t]) {
            if (g.links.get(l).kind() == LinkKind.SUBTASK_OF) {
                return g.linkTarget[l];
            }
        }
        return -1;
    }

    private boolean isLeafTask(int t) {
        for (int l : g.in[t]) {
            if (g.links.get(l).kind() == LinkKind.SUBTASK_OF) {
                return false;
            }
        }
        return true;
    }

    /**
     * Leaf tasks with no requirement or property reference in themselves or their ancestors.
     *
     * @return the findings
     */
    public List<Finding> orphanTasks() {
        Set<LinkKind> refs = EnumSet.of(LinkKind.IMPLEMENTS, LinkKind.IMPLEMENTS_PROPERTY);
        List<Finding> out = new ArrayList<>();
        Set<Integer> danglingOwners = new java.util.HashSet<>();
        for (NodeId owner : g.danglingOwners) {
            danglingOwners.add(g.indexOf(owner));
        }
        for (GraphData.SpecInfo s : g.specs) {
            for (int t : s.tasks) {
                if (!isLeafTask(t)) {
                    continue;
                }
                boolean traced = false;
                int depth = 0;
                for (int a = t; a >= 0 && depth < 64; a = parentTask(a), depth++) {
                    if (hasOut(a, refs) || danglingOwners.contains(a)) {
                        traced = true;
                        break;
                    }
                }
                if (!traced) {
                    TraceNode n = g.nodes.get(t);
                    out.add(
                            at(
                                    n,
                                    TraceCode.ORPHAN_TASK,
                                    "task " + n.id().written() + " traces to no requirement"));
                }
            }
        }
        return out;
    }

    private List<Finding> doneWithoutEvidence(CoverageReport coverage) {
        Map<NodeId, CriterionCoverage> byId = new HashMap<>();
        for (CriterionCoverage c : coverage.criteria()) {
            byId.put(c.criterion(), c);
        }
        List<Finding> out = new ArrayList<>();
        for (GraphData.SpecInfo s : g.specs) {
            for (int t : s.tasks) {
                if (g.tasks[t].state() != TaskState.DONE) {
                    continue;
                }
                List<NodeId> missing = new ArrayList<>();
                for (NodeId c : criteriaOfTask(t)) {
                    CriterionCoverage cc = byId.get(c);
                    if (cc != null && !cc.verified()) {
                        missing.add(c);
                    }
                }
                if (!missing.isEmpty()) {
                    TraceNode n = g.nodes.get(t);
                    List<NodeId> nodes = new ArrayList<>();
                    nodes.add(n.id());
                    nodes.addAll(missing);
                    out.add(
                            new Finding(
                                    diag(
                                            n,
                                            TraceCode.DONE_WITHOUT_EVIDENCE,
                                            "task "
                                                    + n.id().written()
                                                    + " is done but criteria "
                                                    + String.join(
                                                            ", ",
                                                            missing.stream()
                                                                    .map(NodeId::written)
                                                                    .toList())
                                                    + " have no passing test"),
                                    nodes));
                }
            }
        }
        return out;
    }

    /**
     * The criteria a task implements (through a criterion or requirement link).
     *
     * @param t the task node index
     * @return the criterion ids
     */
    public List<NodeId> criteriaOfTask(int t) {
        LinkedHashSet<NodeId> out = new LinkedHashSet<>();
        for (int l : g.out[t]) {
            TraceLink link = g.links.get(l);
            if (link.kind() != LinkKind.IMPLEMENTS || !link.isExplicit()) {
                continue;
            }
            int target = g.linkTarget[l];
            if (g.nodes.get(target).kind() == NodeKind.CRITERION) {
                out.add(link.target());
            } else {
                for (int pl : g.in[target]) {
                    if (g.links.get(pl).kind() == LinkKind.PART_OF
                            && g.nodes.get(g.linkSource[pl]).kind() == NodeKind.CRITERION) {
                        out.add(g.nodes.get(g.linkSource[pl]).id());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- impact

    private static final Map<NodeKind, Set<LinkKind>> DEPENDENTS = dependents();

    private static Map<NodeKind, Set<LinkKind>> dependents() {
        Map<NodeKind, Set<LinkKind>> m = new java.util.EnumMap<>(NodeKind.class);
        Set<LinkKind> traced =
                EnumSet.of(
                        LinkKind.VALIDATES, LinkKind.IMPLEMENTS, LinkKind.VERIFIES, LinkKind.CITES);
        m.put(NodeKind.SPEC, EnumSet.of(LinkKind.PART_OF));
        Set<LinkKind> req = EnumSet.copyOf(traced);
        req.add(LinkKind.PART_OF);
        m.put(NodeKind.REQUIREMENT, req);
        m.put(NodeKind.CRITERION, traced);
        m.put(NodeKind.GLOSSARY_TERM, EnumSet.of(LinkKind.MENTIONS));
        // sub-sections and properties, and the tasks that cite the section (explicitly or inferred)
        m.put(NodeKind.DESIGN_SECTION, EnumSet.of(LinkKind.PART_OF, LinkKind.CITES));
        m.put(NodeKind.PROPERTY, EnumSet.of(LinkKind.IMPLEMENTS_PROPERTY, LinkKind.VERIFIES));
        m.put(NodeKind.TASK, EnumSet.of(LinkKind.SUBTASK_OF));
        m.put(NodeKind.TEST, EnumSet.noneOf(LinkKind.class));
        m.put(NodeKind.CODE, EnumSet.noneOf(LinkKind.class));
        return m;
    }

    /**
     * Breadth-first search over incoming links from the changed nodes.
     *
     * @param changed the changed nodes
     * @param includeInferred whether inferred links propagate the change
     * @return the impact
     */
    public Impact impact(Collection<NodeId> changed, boolean includeInferred) {
        Set<NodeId> known = new LinkedHashSet<>();
        Set<NodeId> unknown = new LinkedHashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        Map<Integer, Integer> dist = new HashMap<>();
        for (NodeId id : changed) {
            int i = g.indexOf(id);
            if (i < 0) {
                unknown.add(id);
            } else if (known.add(id)) {
                dist.put(i, 0);
                queue.add(i);
            }
        }
        List<ImpactedNode> affected = new ArrayList<>();
        while (!queue.isEmpty()) {
            int u = queue.poll();
            int d = dist.get(u);
            NodeKind kind = g.nodes.get(u).kind();
            Set<LinkKind> kinds = DEPENDENTS.get(kind);
            visit(u, kinds, d, includeInferred, dist, affected, queue);
            if (kind == NodeKind.CRITERION) {
                // references to the whole requirement cover this criterion too
                for (int l : g.out[u]) {
                    if (g.links.get(l).kind() == LinkKind.PART_OF
                            && g.nodes.get(g.linkTarget[l]).kind() == NodeKind.REQUIREMENT) {
                        visit(g.linkTarget[l], kinds, d, includeInferred, dist, affected, queue);
                    }
                }
            }
        }
        return new Impact(known, unknown, affected);
    }

    private void visit(
            int u,
            Set<LinkKind> kinds,
            int d,
            boolean includeInferred,
            Map<Integer, Integer> dist,
            List<ImpactedNode> affected,
            ArrayDeque<Integer> queue) {
        for (int l : g.in[u]) {
            TraceLink link = g.links.get(l);
            if (!kinds.contains(link.kind()) || !(includeInferred || link.isExplicit())) {
                continue;
            }
            int v = g.linkSource[l];
            if (dist.containsKey(v)) {
                continue;
            }
            dist.put(v, d + 1);
            affected.add(new ImpactedNode(g.nodes.get(v).id(), d + 1, link));
            queue.add(v);
        }
    }

    // ---------------------------------------------------------------- execution order

    /**
     * The execution plan of one spec.
     *
     * @param s the spec
     * @return the plan
     */
    public ExecutionPlan executionPlan(GraphData.SpecInfo s) {
        int n = s.tasks.length;
        Map<Integer, Integer> pos = new HashMap<>();
        for (int i = 0; i < n; i++) {
            pos.put(s.tasks[i], i);
        }
        List<List<Integer>> deps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            deps.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            int t = s.tasks[i];
            for (int l : g.out[t]) {
                TraceLink link = g.links.get(l);
                Integer j = pos.get(g.linkTarget[l]);
                if (j == null || !link.isExplicit()) {
                    continue;
                }
                if (link.kind() == LinkKind.DEPENDS_ON) {
                    deps.get(i).add(j);
                } else if (link.kind() == LinkKind.SUBTASK_OF
                        && !s.scheduled.contains(g.tasks[g.linkTarget[l]].id())) {
                    deps.get(j).add(i); // an unscheduled parent completes after its sub-tasks
                }
            }
        }
        int[] indeg = new int[n];
        List<List<Integer>> dependents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j : new LinkedHashSet<>(deps.get(i))) {
                indeg[i]++;
                dependents.get(j).add(i);
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (indeg[i] == 0) {
                ready.add(i);
            }
        }
        int[] level = new int[n];
        List<Integer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order.add(i);
            for (int d : dependents.get(i)) {
                level[d] = Math.max(level[d], level[i] + 1);
                if (--indeg[d] == 0) {
                    ready.add(d);
                }
            }
        }
        if (order.size() < n) {
            Graph<Integer, DefaultEdge> rest = new DefaultDirectedGraph<>(DefaultEdge.class);
            for (int i = 0; i < n; i++) {
                if (indeg[i] > 0) {
                    rest.addVertex(i);
                }
            }
            for (int i : rest.vertexSet()) {
                for (int j : deps.get(i)) {
                    if (rest.containsVertex(j) && i != j) {
                        rest.addEdge(i, j);
                    }
                }
            }
            List<List<String>> cycles = new ArrayList<>();
            for (Set<Integer> scc :
                    new KosarajuStrongConnectivityInspector<>(rest).stronglyConnectedSets()) {
                if (scc.size() > 1) {
                    cycles.add(scc.stream().sorted().map(i -> g.tasks[s.tasks[i]].id()).toList());
                }
            }
            cycles.sort(Comparator.comparing(c -> c.get(0), dev.specdriven.spec.Ids.NATURAL_ORDER));
            return new ExecutionPlan(s.name, List.of(), List.of(), cycles);
        }
        int maxLevel = Arrays.stream(level).max().orElse(-1);
        List<List<String>> waves = new ArrayList<>();
        for (int w = 0; w <= maxLevel; w++) {
            waves.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            waves.get(level[i]).add(g.nodes.get(s.tasks[i]).id().local());
        }
        return new ExecutionPlan(
                s.name,
                order.stream().map(i -> g.nodes.get(s.tasks[i]).id().local()).toList(),
                waves,
                List.of());
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * The lifecycle of one spec.
     *
     * @param s the spec
     * @return the lifecycle
     */
    public Lifecycle lifecycle(GraphData.SpecInfo s) {
        Spec spec = s.spec;
        List<Task> tasks = spec.tasks().map(t -> t.tasks()).orElse(List.of());
        int required = 0;
        int done = 0;
        int doneRequired = 0;
        boolean started = false;
        for (Task t : tasks) {
            boolean d = t.state() == TaskState.DONE;
            started |= d || t.state() == TaskState.IN_PROGRESS;
            done += d ? 1 : 0;
            if (!t.optional()) {
                required++;
                doneRequired += d ? 1 : 0;
            }
        }
        LifecycleState state;
        if (!tasks.isEmpty()) {
            // a spec without criteria has nothing its tasks could complete
            boolean complete =
                    s.criteria.length > 0
                            && (required > 0 ? doneRequired == required : done == tasks.size());
            state =
                    complete
                            ? LifecycleState.COMPLETE
                            : started ? LifecycleState.EXECUTING : LifecycleState.TASKS;
        } else if (hasDesignText(spec)) {
            state = LifecycleState.DESIGN;
        } else if (!spec.allRequirements().isEmpty()) {
            state = LifecycleState.REQUIREMENTS;
        } else {
            state = LifecycleState.EMPTY;
        }
        return new Lifecycle(
                s.name, state, approvals(spec), tasks.size(), required, done, doneRequired);
    }

    private static List<Approval> approvals(Spec spec) {
        Optional<String> raw = spec.config().flatMap(c -> c.value("approvals"));
        if (raw.isEmpty()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(raw.get());
        } catch (Exception e) {
            return List.of();
        }
        if (root == null || !root.isObject()) {
            return List.of();
        }
        List<Approval> out = new ArrayList<>();
        for (SpecPhase p : SpecPhase.values()) {
            JsonNode a = root.get(p.key());
            if (a == null || !a.isObject()) {
                continue;
            }
            String sha = a.path("sha256").asText("");
            Optional<? extends SpecDocument> doc;
            switch (p) {
                case REQUIREMENTS:
                    doc = spec.requirements().isPresent() ? spec.requirements() : spec.bugfix();
                    break;
                case DESIGN:
                    doc = spec.design();
                    break;
                default:
                    doc = spec.tasks();
            }
            boolean current = doc.map(d -> d.source().sha256().equalsIgnoreCase(sha)).orElse(false);
            out.add(
                    new Approval(
                            p, sha, a.path("by").asText(""), a.path("at").asText(""), current));
        }
        return out;
    }
}
