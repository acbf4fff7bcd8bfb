package dev.specdriven.workflow;

import static dev.specdriven.workflow.Locations.start;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.trace.LinkKind;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.trace.TraceLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The task-quality gate: numbered tasks ({@code FLOW020}), in number and dependency order ({@code
 * FLOW021}), each leaf mapped to a requirement ({@code FLOW022}, or {@code FLOW025} by inferred
 * links only) and to a design section ({@code FLOW023}), no more than {@link
 * WorkflowConfig#maxTasks()} ({@code FLOW024}). The mapping is {@link TaskMapping}'s.
 *
 * <pre>{@code
 * List<Diagnostic> problems = SpecWorkflow.create().taskQuality().check(spec, TraceGraph.of(ws));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; get one from {@link SpecWorkflow#taskQuality()}.
 */
public final class TaskQuality implements WorkflowGate {

    private final WorkflowConfig config;

    TaskQuality(WorkflowConfig config) {
        this.config = config;
    }

    /**
     * Checks one spec, with task dependencies read from a trace graph of the spec alone.
     *
     * @param spec the spec
     * @return the diagnostics
     */
    public List<Diagnostic> check(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        return check(spec, () -> TraceGraph.of(spec));
    }

    /**
     * Checks one spec.
     *
     * @param spec the spec
     * @param graph the trace graph of the spec's workspace, for task dependencies
     * @return the diagnostics
     */
    @Override
    public List<Diagnostic> check(Spec spec, TraceGraph graph) {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(graph, "graph must not be null");
        return check(spec, () -> graph);
    }

    private List<Diagnostic> check(Spec spec, Supplier<TraceGraph> graph) {
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
        TraceGraph g = graph.get();
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
        Map<String, TaskMapping> mappings = TaskMapping.of(spec, config.inferredMinScore());
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
}
