package dev.specdriven.workflow;

import static dev.specdriven.workflow.Locations.file;
import static dev.specdriven.workflow.Locations.start;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.trace.SpecPhase;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.workflow.internal.Hashes;
import dev.specdriven.workflow.internal.RecordsFile;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Approvals of requirements and design: recording them, the approval gate ({@code FLOW001}, {@code
 * FLOW002}, {@code FLOW003}), the gate before tasks generation ({@code FLOW004}) and the criteria
 * changed since the requirements were approved.
 *
 * <pre>{@code
 * Approvals approvals = SpecWorkflow.create().approvals();
 * approvals.approve(spec, SpecPhase.DESIGN, "bob");          // records hash, who, when
 * Optional<Diagnostic> blocked = approvals.tasksGenerationGate(spec);  // empty: go on
 * Set<String> changed = approvals.changedCriteria(spec);     // FR-2.1 …
 * }</pre>
 *
 * <p>An approval is recorded under {@code approvals} in the spec folder's {@code .config.kiro} (see
 * {@link SpecRecords}), with per-criterion hashes of requirements and per-section hashes of a
 * design. Instances are immutable and thread-safe; get one from {@link SpecWorkflow#approvals()}.
 */
public final class Approvals implements WorkflowGate {

    private final WorkflowConfig config;
    private final Clock clock;

    Approvals(WorkflowConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
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
        SpecRecords.ApprovalRecord approval =
                new SpecRecords.ApprovalRecord(
                        phase, doc.source().sha256(), by, Records.now(clock), items);
        return Records.updateApprovals(
                spec,
                r -> {
                    Map<SpecPhase, SpecRecords.ApprovalRecord> a = new EnumMap<>(SpecPhase.class);
                    a.putAll(r.approvals());
                    a.put(phase, approval);
                    return r.withApprovals(a);
                });
    }

    /**
     * The approval gate: {@link FlowCode#REQUIREMENTS_NOT_APPROVED}, {@link
     * FlowCode#DESIGN_NOT_APPROVED} (only once a design exists) and {@link
     * FlowCode#APPROVAL_OUTDATED}; {@link FlowCode#RECORDS_UNREADABLE} first when the records
     * cannot be read.
     *
     * @param spec the spec
     * @return the diagnostics
     */
    public List<Diagnostic> check(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        List<Diagnostic> out = new ArrayList<>();
        SpecRecords r;
        try {
            r = Records.readStrict(spec);
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
     * The approval gate; the graph is not used.
     *
     * @param spec the spec
     * @param graph the trace graph (unused)
     * @return the diagnostics of {@link #check(Spec)}
     */
    @Override
    public List<Diagnostic> check(Spec spec, TraceGraph graph) {
        Objects.requireNonNull(graph, "graph must not be null");
        return check(spec);
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
        Optional<SpecRecords.ApprovalRecord> a = Records.read(spec).approval(SpecPhase.DESIGN);
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

    /**
     * The criteria changed or removed since the requirements were approved (per-criterion hashes of
     * the approval record).
     *
     * @param spec the spec
     * @return criterion ids, in id order; empty when nothing is approved
     */
    public Set<String> changedCriteria(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        Set<String> out = new TreeSet<>(dev.specdriven.spec.Ids.NATURAL_ORDER);
        Records.read(spec)
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

    private static Optional<? extends SpecDocument> document(Spec spec, SpecPhase phase) {
        return switch (phase) {
            case REQUIREMENTS ->
                    spec.requirements().isPresent() ? spec.requirements() : spec.bugfix();
            case DESIGN -> spec.design();
            default -> spec.tasks();
        };
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
}
