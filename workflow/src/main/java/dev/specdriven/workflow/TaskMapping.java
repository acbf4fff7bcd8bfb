package dev.specdriven.workflow;

import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.Ids;
import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.trace.DesignCitations;
import dev.specdriven.trace.InferredLink;
import dev.specdriven.trace.InferredLinks;
import dev.specdriven.trace.LinkKind;
import dev.specdriven.trace.NodeKind;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How one task maps to requirements and design sections, explicitly and by inference: what the
 * task-quality gate, design drift and needs-revision marking read.
 *
 * <pre>{@code
 * Map<String, TaskMapping> byTask = TaskMapping.of(spec, config.inferredMinScore());
 * Set<String> criteria = byTask.get("2").explicitCriteria();   // FR-2.1 …
 * }</pre>
 *
 * <p>The sets iterate in a fixed order (criterion ids in natural order, section anchors by text),
 * so messages that list them are the same from run to run.
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

    /** Orders criterion ids naturally ({@code 2.10} after {@code 2.9}), ties by their text. */
    private static final Comparator<String> ID_ORDER =
            Ids.NATURAL_ORDER.thenComparing(Comparator.naturalOrder());

    /** Copies; each set iterates in a fixed order: criterion ids naturally, anchors by text. */
    public TaskMapping {
        Objects.requireNonNull(taskId, "taskId must not be null");
        explicitCriteria = sorted(explicitCriteria, ID_ORDER);
        inferredCriteria = sorted(inferredCriteria, ID_ORDER);
        designSections = sorted(designSections, Comparator.naturalOrder());
        inferredSections = sorted(inferredSections, Comparator.naturalOrder());
    }

    private static Set<String> sorted(Set<String> values, Comparator<String> order) {
        TreeSet<String> copy = new TreeSet<>(order);
        for (String v : values) {
            copy.add(Objects.requireNonNull(v, "values must not contain null"));
        }
        return Collections.unmodifiableSortedSet(copy);
    }

    /**
     * Maps every task of a spec to criteria and design sections, explicitly and by inference.
     *
     * @param spec the spec
     * @param inferredMinScore the minimal score of the inferred links taken ({@link
     *     WorkflowConfig#inferredMinScore()})
     * @return task id → mapping, in task order; empty when the spec has no tasks
     */
    public static Map<String, TaskMapping> of(Spec spec, double inferredMinScore) {
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
                if (l.score() < inferredMinScore) {
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

    /** The design sections a task names (the rule the trace graph's task → section links use). */
    private static Set<String> namedSections(Task t, Spec spec) {
        Set<String> out = new TreeSet<>();
        spec.design().ifPresent(d -> DesignCitations.of(t, d).forEach(s -> out.add(s.anchor())));
        return out;
    }
}
