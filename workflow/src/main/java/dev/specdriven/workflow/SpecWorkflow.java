package dev.specdriven.workflow;

import dev.specdriven.generate.GenerationMetrics;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.SpecPhase;
import dev.specdriven.trace.TraceGraph;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The spec workflow of a workspace, configured once: it hands out the workflow's parts with that
 * configuration and clock, and runs every gate.
 *
 * <ul>
 *   <li>{@link #approvals()}: approving requirements and design, the approval gate, the gate before
 *       tasks generation, criteria changed since approval;
 *   <li>{@link #designCompleteness()} and {@link #taskQuality()}: the design and task gates;
 *   <li>{@link #designDrift()}: the tasks' design baseline and the drift since;
 *   <li>{@link #revisionMarks()}: needs-revision markers on completed tasks;
 *   <li>{@link #verification()}: verify-spec dates and their age;
 *   <li>{@link #records(Spec)}, {@link #recordGeneration(Spec, GenerationMetrics)} and {@link
 *       #metrics(TraceGraph)}: what is recorded per spec and the metrics built from it.
 * </ul>
 *
 * <pre>{@code
 * SpecWorkflow flow = SpecWorkflow.builder().config(WorkflowConfig.read(root, diags)).build();
 * Workspace ws = SpecParser.create().read(root);
 * Spec spec = ws.spec("user-authentication").orElseThrow();
 * flow.approvals().approve(spec, SpecPhase.DESIGN, "alice");    // records hash, who, when
 * flow.approvals().tasksGenerationGate(spec);                   // empty: tasks may be generated
 * List<Diagnostic> problems = flow.check(ws);                   // every gate of every spec
 * RevisionMarks marks = flow.revisionMarks();
 * marks.mark(spec, marks.needsRevision(spec, flow.approvals().changedCriteria(spec)));
 * }</pre>
 *
 * <p>Writes go to the spec folder's {@code .config.kiro} (see {@link SpecRecords}) and to {@code
 * tasks.md}; both are written atomically and only if unchanged since they were read. Instances are
 * immutable and thread-safe.
 */
public final class SpecWorkflow {

    private final WorkflowConfig config;
    private final Approvals approvals;
    private final DesignCompleteness designCompleteness;
    private final TaskQuality taskQuality;
    private final DesignDrift designDrift;
    private final RevisionMarks revisionMarks;
    private final SpecVerification verification;
    private final List<WorkflowGate> gates;

    private SpecWorkflow(Builder b) {
        this.config = b.config;
        this.approvals = new Approvals(b.config, b.clock);
        this.designCompleteness = new DesignCompleteness(b.config);
        this.taskQuality = new TaskQuality(b.config);
        this.designDrift = new DesignDrift(b.config, b.clock);
        this.revisionMarks = new RevisionMarks(b.config);
        this.verification = new SpecVerification(b.config, b.clock);
        List<WorkflowGate> all = new ArrayList<>();
        all.add(approvals);
        all.add(designCompleteness);
        all.add(taskQuality);
        all.add(designDrift);
        all.add(revisionMarks);
        all.add(verification);
        all.addAll(b.extraGates);
        this.gates = List.copyOf(all);
    }

    /**
     * A workflow with the default configuration and the system clock.
     *
     * @return the workflow
     */
    public static SpecWorkflow create() {
        return builder().build();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The configuration.
     *
     * @return the configuration
     */
    public WorkflowConfig config() {
        return config;
    }

    /**
     * Approvals: recording them, the approval gate and the gate before tasks generation.
     *
     * @return the approvals part
     */
    public Approvals approvals() {
        return approvals;
    }

    /**
     * The design-completeness gate.
     *
     * @return the gate
     */
    public DesignCompleteness designCompleteness() {
        return designCompleteness;
    }

    /**
     * The task-quality gate.
     *
     * @return the gate
     */
    public TaskQuality taskQuality() {
        return taskQuality;
    }

    /**
     * Design drift: the tasks' design baseline and the drift since.
     *
     * @return the drift part
     */
    public DesignDrift designDrift() {
        return designDrift;
    }

    /**
     * Needs-revision marks.
     *
     * @return the marks part
     */
    public RevisionMarks revisionMarks() {
        return revisionMarks;
    }

    /**
     * Verification dates and their age.
     *
     * @return the verification part
     */
    public SpecVerification verification() {
        return verification;
    }

    /**
     * Every gate {@link #check(Spec, TraceGraph)} runs, in order: the six built-in ones, then those
     * added with {@link Builder#addGate(WorkflowGate)}.
     *
     * @return the gates
     */
    public List<WorkflowGate> gates() {
        return gates;
    }

    // ---------------------------------------------------------------- records and metrics

    /**
     * The records of a spec (from disk when the spec has a folder).
     *
     * @param spec the spec
     * @return the records, empty when the config file is absent or unreadable
     */
    public SpecRecords records(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        return Records.read(spec);
    }

    /**
     * Appends the metrics of one generation run (the last {@link SpecRecords#MAX_GENERATIONS} are
     * kept).
     *
     * @param spec the spec
     * @param metrics the run's metrics
     * @return the updated records
     * @throws IOException when the config file cannot be read or written
     */
    public SpecRecords recordGeneration(Spec spec, GenerationMetrics metrics) throws IOException {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(metrics, "metrics must not be null");
        return Records.appendGeneration(spec, metrics);
    }

    /**
     * The metrics of every spec of a trace graph.
     *
     * @param graph the trace graph of the workspace
     * @return one entry per spec, in graph order
     */
    public List<SpecMetrics> metrics(TraceGraph graph) {
        Objects.requireNonNull(graph, "graph must not be null");
        return SpecMetricsCollector.collect(graph, config);
    }

    // ---------------------------------------------------------------- all gates

    /**
     * Every gate of every spec: approvals, design completeness, task quality, design drift,
     * needs-revision markers, verification age and the added gates.
     *
     * @param workspace the workspace
     * @return the diagnostics, by spec
     */
    public List<Diagnostic> check(Workspace workspace) {
        Objects.requireNonNull(workspace, "workspace must not be null");
        List<Diagnostic> out = new ArrayList<>();
        TraceGraph g = TraceGraph.of(workspace);
        for (Spec s : workspace.specs()) {
            out.addAll(check(s, g));
        }
        return out;
    }

    /**
     * Every gate of one spec, with a trace graph of the spec alone.
     *
     * @param spec the spec
     * @return the diagnostics
     */
    public List<Diagnostic> check(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        return check(spec, TraceGraph.of(spec));
    }

    /**
     * Every gate of one spec.
     *
     * @param spec the spec
     * @param graph the trace graph of its workspace
     * @return the diagnostics, gate by gate
     */
    public List<Diagnostic> check(Spec spec, TraceGraph graph) {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(graph, "graph must not be null");
        List<Diagnostic> out = new ArrayList<>();
        for (WorkflowGate gate : gates) {
            out.addAll(gate.check(spec, graph));
        }
        return out;
    }

    // ---------------------------------------------------------------- deprecated delegates

    /**
     * Every gate of one spec.
     *
     * @param spec the spec
     * @param graph the trace graph of its workspace, or empty
     * @return the diagnostics
     * @deprecated use {@link #check(Spec, TraceGraph)} or {@link #check(Spec)}
     */
    @Deprecated(forRemoval = true)
    public List<Diagnostic> check(Spec spec, Optional<TraceGraph> graph) {
        Objects.requireNonNull(graph, "graph must not be null");
        return graph.isPresent() ? check(spec, graph.get()) : check(spec);
    }

    /**
     * The metrics of every spec of a workspace.
     *
     * @param workspace the workspace (unused: the graph holds the specs)
     * @param graph its trace graph
     * @return one entry per spec, in graph order
     * @deprecated use {@link #metrics(TraceGraph)}
     */
    @Deprecated(forRemoval = true)
    public List<SpecMetrics> metrics(Workspace workspace, TraceGraph graph) {
        Objects.requireNonNull(workspace, "workspace must not be null");
        return metrics(graph);
    }

    /**
     * Records the approval of a document.
     *
     * @param spec the spec (read from disk)
     * @param phase the document
     * @param by who approves
     * @return the updated records
     * @throws IOException when the config file cannot be read or written
     * @deprecated use {@code approvals().approve(spec, phase, by)}
     */
    @Deprecated(forRemoval = true)
    public SpecRecords approve(Spec spec, SpecPhase phase, String by) throws IOException {
        return approvals.approve(spec, phase, by);
    }

    /**
     * The gate before tasks generation.
     *
     * @param spec the spec
     * @return {@link FlowCode#GENERATION_BLOCKED} when tasks must not be generated, else empty
     * @deprecated use {@code approvals().tasksGenerationGate(spec)}
     */
    @Deprecated(forRemoval = true)
    public Optional<Diagnostic> tasksGenerationGate(Spec spec) {
        return approvals.tasksGenerationGate(spec);
    }

    /**
     * The criteria changed or removed since the requirements were approved.
     *
     * @param spec the spec
     * @return criterion ids, in id order
     * @deprecated use {@code approvals().changedCriteria(spec)}
     */
    @Deprecated(forRemoval = true)
    public Set<String> changedSinceApproval(Spec spec) {
        return approvals.changedCriteria(spec);
    }

    /**
     * Records the design baseline of the task list.
     *
     * @param spec the spec
     * @param reason {@code generate} or {@code reconcile}
     * @return the updated records
     * @throws IOException when the config file cannot be read or written
     * @deprecated use {@code designDrift().reconcile(spec, reason)}
     */
    @Deprecated(forRemoval = true)
    public SpecRecords reconcile(Spec spec, String reason) throws IOException {
        return designDrift.reconcile(spec, reason);
    }

    /**
     * Records that someone checked the spec against the code now.
     *
     * @param spec the spec
     * @param by who
     * @return the updated records
     * @throws IOException when the config file cannot be read or written
     * @deprecated use {@code verification().verify(spec, by)}
     */
    @Deprecated(forRemoval = true)
    public SpecRecords verify(Spec spec, String by) throws IOException {
        return verification.verify(spec, by);
    }

    /**
     * The completed tasks affected by changed criteria.
     *
     * @param spec the spec
     * @param changedCriteria changed criterion ids
     * @return the marks, in task order
     * @deprecated use {@code revisionMarks().needsRevision(spec, changedCriteria)}
     */
    @Deprecated(forRemoval = true)
    public List<RevisionMark> needsRevision(Spec spec, Set<String> changedCriteria) {
        return revisionMarks.needsRevision(spec, changedCriteria);
    }

    /**
     * Appends the needs-revision marker to each marked task line.
     *
     * @param spec the spec (tasks.md as read)
     * @param marks the marks
     * @return the number of task lines changed
     * @throws IOException when tasks.md changed since it was read or cannot be written
     * @deprecated use {@code revisionMarks().mark(spec, marks)}
     */
    @Deprecated(forRemoval = true)
    public int mark(Spec spec, List<RevisionMark> marks) throws IOException {
        return revisionMarks.mark(spec, marks);
    }

    /**
     * Removes needs-revision markers.
     *
     * @param spec the spec
     * @param taskIds the tasks to unmark, empty for every task
     * @return the number of task lines changed
     * @throws IOException when tasks.md changed since it was read or cannot be written
     * @deprecated use {@code revisionMarks().unmark(spec, taskIds)}
     */
    @Deprecated(forRemoval = true)
    public int unmark(Spec spec, Set<String> taskIds) throws IOException {
        return revisionMarks.unmark(spec, taskIds);
    }

    /** Builds a {@link SpecWorkflow}. Not thread-safe. */
    public static final class Builder {
        private WorkflowConfig config = WorkflowConfig.defaults();
        private Clock clock = Clock.systemUTC();
        private final List<WorkflowGate> extraGates = new ArrayList<>();

        private Builder() {}

        /**
         * The configuration (default {@link WorkflowConfig#defaults()}).
         *
         * @param config the configuration
         * @return this builder
         */
        public Builder config(WorkflowConfig config) {
            this.config = Objects.requireNonNull(config, "config must not be null");
            return this;
        }

        /**
         * The clock for recorded dates and age checks (default the UTC system clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * Adds a gate of your own, run after the built-in ones and after gates added before.
         *
         * @param gate the gate
         * @return this builder
         */
        public Builder addGate(WorkflowGate gate) {
            extraGates.add(Objects.requireNonNull(gate, "gate must not be null"));
            return this;
        }

        /**
         * Builds the workflow.
         *
         * @return the workflow
         */
        public SpecWorkflow build() {
            return new SpecWorkflow(this);
        }
    }
}
