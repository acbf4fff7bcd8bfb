package dev.specdriven.workflow;

import static dev.specdriven.workflow.Locations.start;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Spec;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.workflow.internal.Hashes;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Design drift: design.md sections changed, added or removed since the task list's
 * <em>baseline</em> ({@code FLOW030}, each with the tasks that cite the section), or no baseline at
 * all ({@code FLOW031}). The baseline (design.md's hash and one hash per section) is recorded under
 * {@code specdriven.baseline} in {@code .config.kiro} after tasks generation or by {@link
 * #reconcile(Spec, String)}.
 *
 * <pre>{@code
 * DesignDrift drift = SpecWorkflow.create().designDrift();
 * drift.reconcile(spec, "reconcile");            // the tasks match the design now
 * List<Diagnostic> changed = drift.check(spec);  // later: sections edited since
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; get one from {@link SpecWorkflow#designDrift()}.
 */
public final class DesignDrift implements WorkflowGate {

    private final WorkflowConfig config;
    private final Clock clock;

    DesignDrift(WorkflowConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
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
        SpecRecords.Baseline b =
                new SpecRecords.Baseline(
                        Records.now(clock),
                        reason,
                        spec.design().map(d -> d.source().sha256()).orElse(""),
                        spec.requirements().map(d -> d.source().sha256()).orElse(""),
                        spec.design().map(Hashes::sections).orElse(Map.of()));
        return Records.updateOwn(spec, r -> r.withBaseline(b));
    }

    /**
     * Checks one spec with tasks and a design.
     *
     * @param spec the spec
     * @return {@link FlowCode#DESIGN_DRIFT} per changed section, or {@link FlowCode#NO_BASELINE}
     */
    public List<Diagnostic> check(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        List<Diagnostic> out = new ArrayList<>();
        if (spec.tasks().isEmpty() || spec.design().isEmpty()) {
            return out;
        }
        DesignDocument d = spec.design().get();
        Optional<SpecRecords.Baseline> b = Records.read(spec).baseline();
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
        for (TaskMapping m : TaskMapping.of(spec, config.inferredMinScore()).values()) {
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

    /**
     * Checks one spec; the graph is not used.
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
}
