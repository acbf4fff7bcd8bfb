package dev.specdriven.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specdriven.generate.GenerationMetrics;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.SpecFiles;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.TextEdit;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.CoverageSummary;
import dev.specdriven.trace.DesignCitations;
import dev.specdriven.trace.InferredLink;
import dev.specdriven.trace.InferredLinks;
import dev.specdriven.trace.Lifecycle;
import dev.specdriven.trace.LinkKind;
import dev.specdriven.trace.NodeKind;
import dev.specdriven.trace.SpecPhase;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.trace.TraceLink;
import dev.specdriven.workflow.internal.Hashes;
import dev.specdriven.workflow.internal.JsonFiles;
import dev.specdriven.workflow.internal.RecordsFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec workflow: approvals, gates, baselines, drift, needs-revision marking, verification and
 * metrics for the specs of a workspace.
 *
 * <pre>{@code
 * SpecWorkflow flow = SpecWorkflow.builder().config(WorkflowConfig.read(root, diags)).build();
 * Workspace ws = SpecParser.create().read(root);
 * Spec spec = ws.spec("user-authentication").orElseThrow();
 * flow.approve(spec, SpecPhase.DESIGN, "alice");           // records hash, who, when
 * flow.tasksGenerationGate(spec);                           // empty: tasks may be generated
 * List<Diagnostic> problems = flow.check(ws);               // every gate of every spec
 * List<RevisionMark> marks = flow.needsRevision(spec, flow.changedSinceApproval(spec));
 * flow.mark(spec, marks);                                   // appends the needs-revision markers
 * }</pre>
 *
 * <p>Writes go to the spec folder's {@code .config.kiro} (see {@link SpecRecords}) and to {@code
 * tasks.md}; both are written atomically and only if unchanged since they were read. Instances are
 * immutable and thread-safe.
 */
public final class SpecWorkflow {

    /** The start of the needs-revision marker, {@code <!-- needs-revision: }. */
    public static final String MARKER_PREFIX = "<!-- needs-revision: ";

    /** A needs-revision marker with its leading space, as appended to a task line. */
    public static final Pattern MARKER = Pattern.compile(" ?<!-- needs-revision: [^\\n]*?-->");

    private static final Pattern SCOPE =
            Pattern.compile(
                    "\\b(?:scope|out[- ]of[- ]scope|non[- ]goals?|boundar(?:y|ies)|exclusions?|not in scope)\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING_NOISE = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final WorkflowConfig config;
    private final Clock clock;

    private SpecWorkflow(Builder b) {
        this.config = b.config;
        this.clock = b.clock;
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

    // ---------------------------------------------------------------- records and approvals

    /**
     * The records of a spec (from disk when the spec has a folder).
     *
     * @param spec the spec
     * @return the records, empty when the config file is absent or unreadable
     */
    public SpecRecords records(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        try {
            return SpecRecords.parse(RecordsFile.read(spec));
        } catch (IOException e) {
            return SpecRecords.EMPTY;
        }
    }

    /**
     * Records the approval of a document: its SHA-256, who and when, plus per-criterion hashes of
     * requirements or per-section hashes of a design.
     *
     * @param spec the spec (read from disk)
     * @param phase {@link SpecPhase#REQUIREMENTS}, {@link SpecPhase#DESIGN} or {@link
     *     SpecPhase#TASKS}
     * @param by who approves
     * @return the updated records
     * @throws IllegalStateException when the document does not exist
     * @throws IOException when the config file is not JSON, changed meanwhile, or cannot be written
     */
    public SpecRecords approve(Spec spec, SpecPhase phase, String by) throws IOException {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(phase, "phase must not be null");
        Objects.requireNonNull(by, "by must not be null");
        SpecDocument doc =
                document(spec, phase)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "spec "
                                                        + spec.name()
                                                        + " has no "
                                                        + phase.key()
                                                        + " document to approve"));
        Map<String, String> items =
                switch (phase) {
                    case REQUIREMENTS -> Hashes.criteria(spec);
                    case DESIGN -> Hashes.sections((DesignDocument) doc);
                    default -> Map.of();
                };
        SpecRecords r = readStrict(spec);
        Map<SpecPhase, SpecRecords.ApprovalRecord> a = new EnumMap<>(SpecPhase.class);
        a.putAll(r.approvals());
        a.put(
                phase,
                new SpecRecords.ApprovalRecord(phase, doc.source().sha256(), by, now(), items));
        SpecRecords updated = new SpecRecords(a, r.baseline(), r.verified(), r.generations());
        RecordsFile.update(spec, SpecRecords.APPROVALS_KEY, updated.approvalsJson());
        return updated;
    }

    /**
     * Records the design baseline of the task list: the task list now matches design.md (called
     * after tasks generation, or by {@code specdriven reconcile}).
     *
     * @param spec the spec
     * @param reason {@code generate} or {@code reconcile}
     * @return the updated records
     * @throws IOException when the config file cannot be read or written
     */
    public SpecRecords reconcile(Spec spec, String reason) throws IOException {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        SpecRecords r = readStrict(spec);
        SpecRecords.Baseline b =
                new SpecRecords.Baseline(
                        now(),
                        reason,
                        spec.design().map(d -> d.source().sha256()).orElse(""),
                        spec.requirements().map(d -> d.source().sha256()).orElse(""),
                        spec.design().map(Hashes::sections).orElse(Map.of()));
        return writeOwn(
                spec,
                new SpecRecords(r.approvals(), Optional.of(b), r.verified(), r.generations()));
    }

    /**
     * Records that someone checked the spec against the code now ({@code specdriven verify-spec}).
     *
     * @param spec the spec
     * @param by who
     * @return the updated records
     * @throws IOException when the config file cannot be read or written
     */
    public SpecRecords verify(Spec spec, String by) throws IOException {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(by, "by must not be null");
        SpecRecords r = readStrict(spec);
        return writeOwn(
                spec,
                new SpecRecords(
                        r.approvals(),
                        r.baseline(),
                        Optional.of(new SpecRecords.Verification(now(), by)),
                        r.generations()));
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
        SpecRecords r = readStrict(spec);
        List<SpecRecords.GenerationRun> runs = new ArrayList<>(r.generations());
        runs.add(
                new SpecRecords.GenerationRun(
                        metrics.backendId(),
                        metrics.artifact().name().toLowerCase(Locale.ROOT),
                        metrics.startedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                        metrics.latency().toMillis(),
                        metrics.repairRounds(),
                        metrics.remainingErrors(),
                        metrics.remainingWarnings()));
        while (runs.size() > SpecRecords.MAX_GENERATIONS) {
            runs.remove(0);
        }
        return writeOwn(spec, new SpecRecords(r.approvals(), r.baseline(), r.verified(), runs));
    }

    private SpecRecords readStrict(Spec spec) throws IOException {
        return SpecRecords.parse(RecordsFile.read(spec));
    }

    private SpecRecords writeOwn(Spec spec, SpecRecords updated) throws IOException {
        JsonNode existing;
        try {
            existing = JsonFiles.readObject(RecordsFile.read(spec)).get(SpecRecords.KEY);
        } catch (IOException e) {
            existing = null;
        }
        RecordsFile.update(spec, SpecRecords.KEY, updated.ownJson(existing));
        return updated;
    }

    private String now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Optional<? extends SpecDocument> document(Spec spec, SpecPhase phase) {
        return switch (phase) {
            case REQUIREMENTS ->
                    spec.requirements().isPresent() ? spec.requirements() : spec.bugfix();
            case DESIGN -> spec.design();
            default -> spec.tasks();
        };
    }

    private static String file(Spec spec, String name) {
        return spec.path().equals(".") || spec.path().isEmpty() ? name : spec.path() + "/" + name;
    }

    private static SourceSpan start() {
        return SourceSpan.at(SourcePosition.START);
    }

    // ---------------------------------------------------------------- approval gates

    /**
     * Approval diagnostics: {@link FlowCode#REQUIREMENTS_NOT_APPROVED}, {@link
     * FlowCode#DESIGN_NOT_APPROVED} (only once a design exists) and {@link
     * FlowCode#APPROVAL_OUTDATED}.
     *
     * @param spec the spec
     * @return the diagnostics
     */
    public List<Diagnostic> approvalStatus(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        List<Diagnostic> out = new ArrayList<>();
        SpecRecords r;
        try {
            r = SpecRecords.parse(RecordsFile.read(spec));
        } catch (IOException e) {
            out.add(
                    FlowCode.RECORDS_UNREADABLE
                            .at(start(), "cannot read the workflow records: " + e.getMessage())
                            .withFile(file(spec, RecordsFile.path(spec).getFileName().toString())));
            r = SpecRecords.EMPTY;
        }
        for (SpecPhase p : List.of(SpecPhase.REQUIREMENTS, SpecPhase.DESIGN)) {
            Optional<? extends SpecDocument> doc = document(spec, p);
            if (doc.isEmpty()) {
                continue;
            }
            Optional<SpecRecords.ApprovalRecord> a = r.approval(p);
            if (a.isEmpty()) {
                if (config.requireApprovals()) {
                    FlowCode c =
                            p == SpecPhase.DESIGN
                                    ? FlowCode.DESIGN_NOT_APPROVED
                                    : FlowCode.REQUIREMENTS_NOT_APPROVED;
                    out.add(
                            c.at(start(), doc.get().path() + " has no recorded approval")
                                    .withFile(doc.get().path()));
                }
            } else if (!a.get().sha256().equalsIgnoreCase(doc.get().source().sha256())) {
                out.add(
                        FlowCode.APPROVAL_OUTDATED
                                .at(
                                        start(),
                                        doc.get().path()
                                                + " changed since "
                                                + (a.get().by().isEmpty()
                                                        ? "its approval"
                                                        : a.get().by() + " approved it")
                                                + (a.get().at().isEmpty()
                                                        ? ""
                                                        : " at " + a.get().at()))
                                .withFile(doc.get().path()));
            }
        }
        return out;
    }

    /**
     * The gate before tasks generation: the design must be approved and unchanged since.
     *
     * @param spec the spec
     * @return {@link FlowCode#GENERATION_BLOCKED} when tasks must not be generated, else empty
     */
    public Optional<Diagnostic> tasksGenerationGate(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        String path = file(spec, "design.md");
        if (spec.design().isEmpty()) {
            return Optional.of(
                    FlowCode.GENERATION_BLOCKED
                            .at(
                                    start(),
                                    "spec "
                                            + spec.name()
                                            + " has no design.md to generate tasks from")
                            .withFile(path));
        }
        DesignDocument d = spec.design().get();
        Optional<SpecRecords.ApprovalRecord> a = records(spec).approval(SpecPhase.DESIGN);
        if (a.isEmpty()) {
            return Optional.of(
                    FlowCode.GENERATION_BLOCKED
                            .at(start(), d.path() + " is not approved; approve it or pass --force")
                            .withFile(d.path()));
        }
        if (!a.get().sha256().equalsIgnoreCase(d.source().sha256())) {
            List<String> changed = changedSections(d, a.get().items());
            return Optional.of(
                    FlowCode.GENERATION_BLOCKED
                            .at(
                                    start(),
                                    d.path()
                                            + " changed since it was approved"
                                            + (changed.isEmpty()
                                                    ? ""
                                                    : " (sections: "
                                                            + String.join(", ", changed)
                                                            + ")")
                                            + "; approve it again or pass --force")
                            .withFile(d.path()));
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- completeness gate

    /**
     * The design-completeness gate: every configured topic must have a matching section heading.
     *
     * @param spec the spec
     * @return {@link FlowCode#DESIGN_SECTION_MISSING} per missing topic, and {@link
     *     FlowCode#SCOPE_SECTION_MISSING} when a scope section is required and absent
     */
    public List<Diagnostic> designCompleteness(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        List<Diagnostic> out = new ArrayList<>();
        spec.design()
                .ifPresent(
                        d -> {
                            for (Map.Entry<String, List<String>> topic :
                                    config.designSections().entrySet()) {
                                boolean found =
                                        d.sections().stream()
                                                .anyMatch(
                                                        s -> matches(s.title(), topic.getValue()));
                                if (!found) {
                                    out.add(
                                            FlowCode.DESIGN_SECTION_MISSING
                                                    .at(
                                                            start(),
                                                            d.path()
                                                                    + " has no '"
                                                                    + topic.getKey()
                                                                    + "' section (headings accepted: "
                                                                    + String.join(
                                                                            ", ", topic.getValue())
                                                                    + ")")
                                                    .withFile(d.path()));
                                }
                            }
                        });
        if (config.requireScope() && (spec.design().isPresent() || spec.tasks().isPresent())) {
            boolean scope =
                    spec.requirements().map(r -> hasScope(r.sections())).orElse(false)
                            || spec.design().map(d -> hasScope(d.sections())).orElse(false);
            if (!scope) {
                String p =
                        spec.requirements()
                                .map(SpecDocument::path)
                                .orElse(file(spec, "requirements.md"));
                out.add(
                        FlowCode.SCOPE_SECTION_MISSING
                                .at(
                                        start(),
                                        "spec "
                                                + spec.name()
                                                + " has no scope boundary or out-of-scope section")
                                .withFile(p));
            }
        }
        return out;
    }

    private static boolean hasScope(List<Section> sections) {
        return sections.stream().anyMatch(s -> SCOPE.matcher(s.title()).find());
    }

    /**
     * Whether a heading matches one of the synonyms: case-insensitive, numbering and punctuation
     * ignored, synonyms matched as whole words.
     *
     * @param heading the heading text
     * @param synonyms the synonyms
     * @return true when one matches
     */
    static boolean matches(String heading, List<String> synonyms) {
        String h =
                " "
                        + HEADING_NOISE
                                .matcher(heading.toLowerCase(Locale.ROOT))
                                .replaceAll(" ")
                                .strip()
                        + " ";
        for (String s : synonyms) {
            String n = HEADING_NOISE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            if (!n.isEmpty() && h.contains(" " + n + " ")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- task mapping

    /**
     * How one task maps to requirements and design sections.
     *
     * @param taskId the task
     * @param explicitCriteria criteria referenced by the task, its ancestors or its sub-tasks
     * @param inferredCriteria criteria of inferred links at or above the configured minimal score
     * @param designSections sections named by a {@code _Design:_} line or by title in the task
     * @param inferredSections sections of inferred links at or above the minimal score
     */
    public record TaskMapping(
            String taskId,
            Set<String> explicitCriteria,
            Set<String> inferredCriteria,
            Set<String> designSections,
            Set<String> inferredSections) {
        /** Copies. */
        public TaskMapping {
            Objects.requireNonNull(taskId, "taskId must not be null");
            explicitCriteria = Set.copyOf(explicitCriteria);
            inferredCriteria = Set.copyOf(inferredCriteria);
            designSections = Set.copyOf(designSections);
            inferredSections = Set.copyOf(inferredSections);
        }
    }

    /**
     * Maps every task of a spec to criteria and design sections, explicitly and by inference.
     *
     * @param spec the spec
     * @return task id → mapping, in task order
     */
    public Map<String, TaskMapping> taskMappings(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        Map<String, TaskMapping> out = new LinkedHashMap<>();
        Optional<TasksDocument> td = spec.tasks();
        if (td.isEmpty()) {
            return out;
        }
        InferredLinks inferred = InferredLinks.infer(spec);
        List<Task> tasks = td.get().tasks();
        Map<String, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.putIfAbsent(t.id(), t));
        Map<String, Set<String>> own = new HashMap<>();
        for (Task t : tasks) {
            Set<String> c = new TreeSet<>();
            for (RequirementReference ref : t.requirementReferences()) {
                for (AcceptanceCriterion ac : spec.resolve(ref)) {
                    c.add(ac.id().toString());
                }
            }
            own.put(t.id(), c);
        }
        for (Task t : tasks) {
            Set<String> explicit = new TreeSet<>(own.get(t.id()));
            for (Optional<String> p = t.parentId(); p.isPresent(); ) {
                explicit.addAll(own.getOrDefault(p.get(), Set.of()));
                Task parent = byId.get(p.get());
                p = parent == null ? Optional.empty() : parent.parentId();
            }
            for (Task c : tasks) {
                if (isDescendant(c, t.id(), byId)) {
                    explicit.addAll(own.get(c.id()));
                }
            }
            Set<String> inf = new TreeSet<>();
            Set<String> infSec = new TreeSet<>();
            for (InferredLink l : inferred.forTask(t.id())) {
                if (l.score() < config.inferredMinScore()) {
                    continue;
                }
                if (l.kind() == LinkKind.IMPLEMENTS) {
                    inf.add(l.target().local());
                } else if (l.target().kind() == NodeKind.DESIGN_SECTION) {
                    infSec.add(l.target().local());
                }
            }
            out.put(t.id(), new TaskMapping(t.id(), explicit, inf, namedSections(t, spec), infSec));
        }
        return out;
    }

    private static boolean isDescendant(Task c, String ancestor, Map<String, Task> byId) {
        Optional<String> p = c.parentId();
        int guard = 0;
        while (p.isPresent() && guard++ < 64) {
            if (p.get().equals(ancestor)) {
                return true;
            }
            Task t = byId.get(p.get());
            p = t == null ? Optional.empty() : t.parentId();
        }
        return false;
    }

    /** The design sections a task names (shared with the trace graph's task → section links). */
    private static Set<String> namedSections(Task t, Spec spec) {
        Set<String> out = new TreeSet<>();
        spec.design().ifPresent(d -> DesignCitations.of(t, d).forEach(s -> out.add(s.anchor())));
        return out;
    }

    // ---------------------------------------------------------------- task quality gate

    /**
     * The task-quality gate: numbered tasks, in dependency order, each mapped to a requirement and
     * a design section, no more than {@code maxTasks}.
     *
     * @param spec the spec
     * @param graph the trace graph of the spec's workspace (for task dependencies), or empty to
     *     build one from the spec alone
     * @return the diagnostics
     */
    public List<Diagnostic> taskQuality(Spec spec, Optional<TraceGraph> graph) {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(graph, "graph must not be null");
        List<Diagnostic> out = new ArrayList<>();
        if (spec.tasks().isEmpty()) {
            return out;
        }
        TasksDocument td = spec.tasks().get();
        List<Task> tasks = td.tasks();
        if (config.maxTasks() > 0 && tasks.size() > config.maxTasks()) {
            out.add(
                    FlowCode.TOO_MANY_TASKS
                            .at(
                                    start(),
                                    td.path()
                                            + " has "
                                            + tasks.size()
                                            + " tasks, more than maxTasks "
                                            + config.maxTasks())
                            .withFile(td.path()));
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            position.putIfAbsent(tasks.get(i).id(), i);
        }
        String previousTop = null;
        for (Task t : tasks) {
            if (t.number().isEmpty()) {
                out.add(
                        FlowCode.TASK_NOT_NUMBERED
                                .at(t.span(), "task '" + t.title() + "' has no number")
                                .withFile(td.path()));
            } else if (t.parentId().isEmpty()) {
                String n = t.number().get();
                if (previousTop != null && dev.specdriven.spec.Ids.compare(n, previousTop) < 0) {
                    out.add(
                            FlowCode.TASK_OUT_OF_ORDER
                                    .at(t.span(), "task " + n + " comes after task " + previousTop)
                                    .withFile(td.path()));
                }
                previousTop = n;
            }
        }
        TraceGraph g = graph.orElseGet(() -> TraceGraph.of(spec));
        String name = g.specs().contains(spec.name()) ? spec.name() : spec.path();
        for (Task t : tasks) {
            for (TraceLink l : g.outgoing(dev.specdriven.trace.NodeId.task(name, t.id()))) {
                if (l.kind() != LinkKind.DEPENDS_ON) {
                    continue;
                }
                Integer dep = position.get(l.target().local());
                if (dep != null && dep > position.get(t.id())) {
                    out.add(
                            FlowCode.TASK_OUT_OF_ORDER
                                    .at(
                                            t.span(),
                                            "task "
                                                    + t.id()
                                                    + " depends on task "
                                                    + l.target().local()
                                                    + ", which comes later")
                                    .withFile(td.path()));
                }
            }
        }
        Map<String, TaskMapping> mappings = taskMappings(spec);
        boolean hasDesign = spec.design().isPresent();
        Set<String> parents = new LinkedHashSet<>();
        tasks.forEach(t -> t.parentId().ifPresent(parents::add));
        for (Task t : tasks) {
            if (parents.contains(t.id())) {
                continue; // groups: their leaves are checked
            }
            TaskMapping m = mappings.get(t.id());
            if (config.requireRequirementLink() && m.explicitCriteria().isEmpty()) {
                if (m.inferredCriteria().isEmpty() || !config.inferredCountsAsMapped()) {
                    out.add(
                            FlowCode.TASK_WITHOUT_REQUIREMENT
                                    .at(
                                            t.span(),
                                            "task "
                                                    + t.id()
                                                    + " maps to no requirement"
                                                    + (m.inferredCriteria().isEmpty()
                                                            ? ""
                                                            : " (inferred: "
                                                                    + String.join(
                                                                            ", ",
                                                                            m.inferredCriteria())
                                                                    + ")"))
                                    .withFile(td.path()));
                } else {
                    out.add(
                            FlowCode.TASK_INFERRED_ONLY
                                    .at(
                                            t.span(),
                                            "task "
                                                    + t.id()
                                                    + " maps to "
                                                    + String.join(", ", m.inferredCriteria())
                                                    + " by inferred links only")
                                    .withFile(td.path()));
                }
            }
            if (config.requireDesignLink()
                    && hasDesign
                    && m.designSections().isEmpty()
                    && m.inferredSections().isEmpty()) {
                out.add(
                        FlowCode.TASK_WITHOUT_DESIGN
                                .at(t.span(), "task " + t.id() + " maps to no design section")
                                .withFile(td.path()));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- drift

    /**
     * Design drift: sections of design.md changed, added or removed since the tasks' baseline, each
     * with the tasks that cite it.
     *
     * @param spec the spec
     * @return {@link FlowCode#DESIGN_DRIFT} per changed section, or {@link FlowCode#NO_BASELINE}
     */
    public List<Diagnostic> designDrift(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        List<Diagnostic> out = new ArrayList<>();
        if (spec.tasks().isEmpty() || spec.design().isEmpty()) {
            return out;
        }
        DesignDocument d = spec.design().get();
        Optional<SpecRecords.Baseline> b = records(spec).baseline();
        if (b.isEmpty()) {
            out.add(
                    FlowCode.NO_BASELINE
                            .at(
                                    start(),
                                    spec.tasks().get().path() + " has no recorded design baseline")
                            .withFile(spec.tasks().get().path()));
            return out;
        }
        if (b.get().designSha256().equalsIgnoreCase(d.source().sha256())) {
            return out;
        }
        Map<String, List<String>> citing = new HashMap<>();
        for (TaskMapping m : taskMappings(spec).values()) {
            Set<String> all = new LinkedHashSet<>(m.designSections());
            all.addAll(m.inferredSections());
            all.forEach(a -> citing.computeIfAbsent(a, k -> new ArrayList<>()).add(m.taskId()));
        }
        Map<String, String> now = Hashes.sections(d);
        Map<String, String> then = b.get().sections();
        for (Section s : d.sections()) {
            String old = then.get(s.anchor());
            if (old != null && old.equals(now.get(s.anchor()))) {
                continue;
            }
            List<String> tasks = citing.getOrDefault(s.anchor(), List.of());
            out.add(
                    FlowCode.DESIGN_DRIFT
                            .at(
                                    s.headingSpan(),
                                    "design section '"
                                            + s.title()
                                            + "' "
                                            + (old == null ? "added" : "changed")
                                            + " since tasks were "
                                            + (b.get().reason().equals("generate")
                                                    ? "generated"
                                                    : "reconciled")
                                            + (b.get().at().isEmpty() ? "" : " at " + b.get().at())
                                            + "; tasks citing it: "
                                            + (tasks.isEmpty() ? "none" : String.join(", ", tasks)))
                            .withFile(d.path()));
        }
        for (String anchor : then.keySet()) {
            if (!now.containsKey(anchor)) {
                out.add(
                        FlowCode.DESIGN_DRIFT
                                .at(
                                        start(),
                                        "design section '"
                                                + anchor
                                                + "' removed since tasks were generated or reconciled")
                                .withFile(d.path()));
            }
        }
        if (out.isEmpty()) {
            out.add(
                    FlowCode.DESIGN_DRIFT
                            .at(
                                    start(),
                                    d.path()
                                            + " changed since tasks were generated or reconciled (no section changed)")
                            .withFile(d.path()));
        }
        return out;
    }

    private static List<String> changedSections(DesignDocument d, Map<String, String> then) {
        List<String> out = new ArrayList<>();
        if (then.isEmpty()) {
            return out;
        }
        Map<String, String> now = Hashes.sections(d);
        for (Section s : d.sections()) {
            if (!Objects.equals(then.get(s.anchor()), now.get(s.anchor()))) {
                out.add(s.title());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- needs-revision

    /**
     * The criteria changed or removed since the requirements were approved (per-criterion hashes of
     * the approval record).
     *
     * @param spec the spec
     * @return criterion ids, in id order; empty when nothing is approved
     */
    public Set<String> changedSinceApproval(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        Set<String> out = new TreeSet<>(dev.specdriven.spec.Ids.NATURAL_ORDER);
        records(spec)
                .approval(SpecPhase.REQUIREMENTS)
                .ifPresent(
                        a -> {
                            Map<String, String> now = Hashes.criteria(spec);
                            a.items()
                                    .forEach(
                                            (id, h) -> {
                                                if (!h.equals(now.get(id))) {
                                                    out.add(id);
                                                }
                                            });
                        });
        return out;
    }

    /**
     * The completed tasks affected by changed criteria: done tasks whose explicit criteria (own,
     * ancestors', sub-tasks') include a changed one; tasks without explicit references count their
     * inferred criteria.
     *
     * @param spec the spec
     * @param changedCriteria changed criterion ids ({@code FR-2.1}, {@code 2.3})
     * @return the marks, in task order
     */
    public List<RevisionMark> needsRevision(Spec spec, Set<String> changedCriteria) {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(changedCriteria, "changedCriteria must not be null");
        List<RevisionMark> out = new ArrayList<>();
        if (changedCriteria.isEmpty() || spec.tasks().isEmpty()) {
            return out;
        }
        Map<String, TaskMapping> mappings = taskMappings(spec);
        for (Task t : spec.tasks().get().tasks()) {
            if (t.state() != TaskState.DONE) {
                continue;
            }
            TaskMapping m = mappings.get(t.id());
            boolean inferred = m.explicitCriteria().isEmpty();
            Set<String> hit = new TreeSet<>(dev.specdriven.spec.Ids.NATURAL_ORDER);
            for (String c : inferred ? m.inferredCriteria() : m.explicitCriteria()) {
                if (changedCriteria.contains(c)) {
                    hit.add(c);
                }
            }
            if (!hit.isEmpty()) {
                out.add(
                        new RevisionMark(
                                spec.name(),
                                t.id(),
                                t.line(),
                                MARKER.matcher(t.title()).replaceAll("").strip(),
                                List.copyOf(hit),
                                inferred));
            }
        }
        return out;
    }

    /**
     * Appends the needs-revision marker to each marked task line (a task that already has a marker
     * gets its marker replaced when the criteria differ). Only the marker bytes change.
     *
     * @param spec the spec (tasks.md as read)
     * @param marks the marks
     * @return the number of task lines changed
     * @throws IOException when tasks.md changed since it was read or cannot be written
     */
    public int mark(Spec spec, List<RevisionMark> marks) throws IOException {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(marks, "marks must not be null");
        if (marks.isEmpty() || spec.tasks().isEmpty()) {
            return 0;
        }
        TasksDocument td = spec.tasks().get();
        SourceText src = td.source();
        List<TextEdit> edits = new ArrayList<>();
        for (RevisionMark m : marks) {
            Optional<Task> t = td.task(m.taskId());
            if (t.isEmpty()) {
                continue;
            }
            int line = t.get().line();
            int ls = src.lineStart(line);
            int le = src.lineEnd(line);
            String text = src.text().substring(ls, le);
            Matcher existing = MARKER.matcher(text);
            String marker = " " + m.marker();
            if (existing.find()) {
                if (existing.group().equals(marker)) {
                    continue;
                }
                edits.add(
                        new TextEdit(src.span(ls + existing.start(), ls + existing.end()), marker));
            } else {
                int end = le;
                while (end > ls
                        && (src.text().charAt(end - 1) == ' '
                                || src.text().charAt(end - 1) == '\t')) {
                    end--;
                }
                edits.add(new TextEdit(src.span(end, end), marker));
            }
        }
        return write(spec, td, edits);
    }

    /**
     * Removes needs-revision markers exactly (the marker and its one leading space).
     *
     * @param spec the spec
     * @param taskIds the tasks to unmark, empty for every task
     * @return the number of task lines changed
     * @throws IOException when tasks.md changed since it was read or cannot be written
     */
    public int unmark(Spec spec, Set<String> taskIds) throws IOException {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(taskIds, "taskIds must not be null");
        if (spec.tasks().isEmpty()) {
            return 0;
        }
        TasksDocument td = spec.tasks().get();
        SourceText src = td.source();
        List<TextEdit> edits = new ArrayList<>();
        for (Task t : td.tasks()) {
            if (!taskIds.isEmpty() && !taskIds.contains(t.id())) {
                continue;
            }
            int ls = src.lineStart(t.line());
            int le = src.lineEnd(t.line());
            Matcher m = MARKER.matcher(src.text().substring(ls, le));
            while (m.find()) {
                edits.add(new TextEdit(src.span(ls + m.start(), ls + m.end()), ""));
            }
        }
        return write(spec, td, edits);
    }

    /**
     * The tasks currently marked as needing revision.
     *
     * @param spec the spec
     * @return task id → marker text, in task order
     */
    public Map<String, String> markedTasks(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        Map<String, String> out = new LinkedHashMap<>();
        spec.tasks()
                .ifPresent(
                        td -> {
                            SourceText src = td.source();
                            for (Task t : td.tasks()) {
                                Matcher m =
                                        MARKER.matcher(
                                                src.text()
                                                        .substring(
                                                                src.lineStart(t.line()),
                                                                src.lineEnd(t.line())));
                                if (m.find()) {
                                    out.put(t.id(), m.group().strip());
                                }
                            }
                        });
        return out;
    }

    private int write(Spec spec, TasksDocument td, List<TextEdit> edits) throws IOException {
        if (edits.isEmpty()) {
            return 0;
        }
        Path file = spec.directory().resolve("tasks.md");
        SpecFiles.writeAtomically(file, td.source().sha256(), td.source().apply(edits));
        return edits.size();
    }

    // ---------------------------------------------------------------- all checks, metrics

    /**
     * Every workflow check of every spec: approvals, design completeness, task quality, design
     * drift, needs-revision markers and verification age.
     *
     * @param workspace the workspace
     * @return the diagnostics, by spec
     */
    public List<Diagnostic> check(Workspace workspace) {
        Objects.requireNonNull(workspace, "workspace must not be null");
        List<Diagnostic> out = new ArrayList<>();
        TraceGraph g = TraceGraph.of(workspace);
        for (Spec s : workspace.specs()) {
            out.addAll(check(s, Optional.of(g)));
        }
        return out;
    }

    /**
     * Every workflow check of one spec.
     *
     * @param spec the spec
     * @param graph the trace graph of its workspace, or empty
     * @return the diagnostics
     */
    public List<Diagnostic> check(Spec spec, Optional<TraceGraph> graph) {
        Objects.requireNonNull(spec, "spec must not be null");
        List<Diagnostic> out = new ArrayList<>();
        out.addAll(approvalStatus(spec));
        out.addAll(designCompleteness(spec));
        out.addAll(taskQuality(spec, graph));
        out.addAll(designDrift(spec));
        String tasksPath = spec.tasks().map(SpecDocument::path).orElse("");
        markedTasks(spec)
                .forEach(
                        (id, marker) ->
                                spec.tasks()
                                        .flatMap(td -> td.task(id))
                                        .ifPresent(
                                                t ->
                                                        out.add(
                                                                FlowCode.NEEDS_REVISION
                                                                        .at(
                                                                                t.span(),
                                                                                "task "
                                                                                        + id
                                                                                        + " is marked "
                                                                                        + marker)
                                                                        .withFile(tasksPath))));
        verificationAge(spec).ifPresent(out::add);
        return out;
    }

    /**
     * The verification-age check.
     *
     * @param spec the spec
     * @return {@link FlowCode#VERIFICATION_OUTDATED} or {@link FlowCode#NEVER_VERIFIED}, or empty
     */
    public Optional<Diagnostic> verificationAge(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        String p =
                spec.requirements().map(SpecDocument::path).orElse(file(spec, "requirements.md"));
        Optional<SpecRecords.Verification> v = records(spec).verified();
        if (v.isEmpty()) {
            return Optional.of(
                    FlowCode.NEVER_VERIFIED
                            .at(start(), "spec " + spec.name() + " was never verified")
                            .withFile(p));
        }
        Instant at;
        try {
            at = Instant.parse(v.get().at());
        } catch (RuntimeException e) {
            return Optional.of(
                    FlowCode.NEVER_VERIFIED
                            .at(
                                    start(),
                                    "spec " + spec.name() + " has an unreadable verification date")
                            .withFile(p));
        }
        if (at.plus(config.verifyMaxAge()).isBefore(clock.instant())) {
            long days = java.time.Duration.between(at, clock.instant()).toDays();
            return Optional.of(
                    FlowCode.VERIFICATION_OUTDATED
                            .at(
                                    start(),
                                    "spec "
                                            + spec.name()
                                            + " was last verified "
                                            + days
                                            + " days ago ("
                                            + v.get().at()
                                            + "), more than "
                                            + config.verifyMaxAge().toDays()
                                            + " days")
                            .withFile(p));
        }
        return Optional.empty();
    }

    /**
     * The metrics of every spec of a workspace.
     *
     * @param workspace the workspace
     * @param graph its trace graph
     * @return one entry per spec, in graph order
     */
    public List<SpecMetrics> metrics(Workspace workspace, TraceGraph graph) {
        Objects.requireNonNull(workspace, "workspace must not be null");
        Objects.requireNonNull(graph, "graph must not be null");
        Map<String, CoverageSummary> cov = new HashMap<>();
        graph.coverage().specs().forEach(s -> cov.put(s.spec(), s));
        Map<String, Integer> explicit = new HashMap<>();
        for (TraceLink l : graph.links()) {
            if (l.isExplicit() && l.file().isPresent()) {
                String s = l.source().spec().isEmpty() ? l.target().spec() : l.source().spec();
                explicit.merge(s, 1, Integer::sum);
            }
        }
        List<SpecMetrics> out = new ArrayList<>();
        for (Lifecycle l : graph.lifecycles()) {
            Optional<Spec> spec = graph.spec(l.spec());
            SpecRecords r = spec.map(this::records).orElse(SpecRecords.EMPTY);
            int reqTotal = 0;
            int reqDone = 0;
            int optTotal = 0;
            int optDone = 0;
            for (Task t : spec.flatMap(Spec::tasks).map(TasksDocument::tasks).orElse(List.of())) {
                boolean done = t.state() == TaskState.DONE;
                if (t.optional()) {
                    optTotal++;
                    optDone += done ? 1 : 0;
                } else {
                    reqTotal++;
                    reqDone += done ? 1 : 0;
                }
            }
            int inferred =
                    spec.map(
                                    s ->
                                            (int)
                                                    InferredLinks.infer(
                                                                    l.spec(),
                                                                    s,
                                                                    config.inferredMinScore(),
                                                                    InferredLinks
                                                                            .DEFAULT_MAX_PER_TASK)
                                                            .links()
                                                            .stream()
                                                            .filter(
                                                                    x ->
                                                                            x.score()
                                                                                    >= config
                                                                                            .inferredMinScore())
                                                            .count())
                            .orElse(0);
            List<SpecRecords.GenerationRun> runs = r.generations();
            Optional<SpecRecords.GenerationRun> last =
                    runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
            CoverageSummary c = cov.get(l.spec());
            out.add(
                    new SpecMetrics(
                            l.spec(),
                            l.label(),
                            reqTotal,
                            reqDone,
                            optTotal,
                            optDone,
                            reqTotal == 0 ? 0.0 : round(100.0 * reqDone / reqTotal),
                            c == null ? 0.0 : round(c.coveredPercent().orElse(0.0)),
                            explicit.getOrDefault(l.spec(), 0),
                            inferred,
                            r.approval(SpecPhase.REQUIREMENTS).map(SpecRecords.ApprovalRecord::at),
                            r.approval(SpecPhase.DESIGN).map(SpecRecords.ApprovalRecord::at),
                            r.verified().map(SpecRecords.Verification::at),
                            runs.size(),
                            last.map(SpecRecords.GenerationRun::latencyMillis),
                            last.map(SpecRecords.GenerationRun::repairRounds),
                            runs.isEmpty()
                                    ? Optional.empty()
                                    : Optional.of(
                                            round(
                                                    runs.stream()
                                                            .mapToLong(
                                                                    SpecRecords.GenerationRun
                                                                            ::latencyMillis)
                                                            .average()
                                                            .orElse(0))),
                            runs.isEmpty()
                                    ? Optional.empty()
                                    : Optional.of(
                                            round(
                                                    runs.stream()
                                                            .mapToInt(
                                                                    SpecRecords.GenerationRun
                                                                            ::repairRounds)
                                                            .average()
                                                            .orElse(0)))));
        }
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 10.0) / 10.0;
    }

    /** Builds a {@link SpecWorkflow}. Not thread-safe. */
    public static final class Builder {
        private WorkflowConfig config = WorkflowConfig.defaults();
        private Clock clock = Clock.systemUTC();

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
         * Builds the workflow.
         *
         * @return the workflow
         */
        public SpecWorkflow build() {
            return new SpecWorkflow(this);
        }
    }
}
