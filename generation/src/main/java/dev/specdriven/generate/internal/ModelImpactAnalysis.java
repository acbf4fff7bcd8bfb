package dev.specdriven.generate.internal;

import dev.specdriven.generate.ImpactScope;
import dev.specdriven.generate.RequirementsChange;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.CorrectnessProperty;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@link ImpactAnalysis} over the spec model's explicit references. */
public final class ModelImpactAnalysis implements ImpactAnalysis {
    /** The shared instance. */
    public static final ModelImpactAnalysis INSTANCE = new ModelImpactAnalysis();

    private ModelImpactAnalysis() {}

    @Override
    public ImpactScope designScope(Spec spec, DesignDocument current, RequirementsChange change) {
        List<CriterionId> all = change.all();
        List<Units.Range> ranges = Units.sectionRanges(current);
        List<String> anchors = new ArrayList<>();
        Set<CriterionId> mentioned = new TreeSet<>();
        for (int i = 0; i < current.sections().size(); i++) {
            Section s = current.sections().get(i);
            List<RequirementReference> refs = Units.within(current.references(), ranges.get(i));
            if (refs.stream().anyMatch(r -> Units.mentions(r, all))) {
                anchors.add(s.anchor());
            }
            for (RequirementReference r : refs) {
                spec.resolve(r).forEach(c -> mentioned.add(c.id()));
            }
        }
        for (CorrectnessProperty p : current.properties()) {
            for (RequirementReference r : p.validatedReferences()) {
                spec.resolve(r).forEach(c -> mentioned.add(c.id()));
            }
        }
        // changed criteria no section in scope may keep, and every criterion the design misses:
        // coverage is complete after any regeneration
        Set<CriterionId> uncovered = new TreeSet<>();
        for (CriterionId id : fresh(change)) {
            if (!mentioned.contains(id) && spec.criterion(id).isPresent()) {
                uncovered.add(id);
            }
        }
        for (AcceptanceCriterion c : spec.criteria()) {
            if (!mentioned.contains(c.id())) {
                uncovered.add(c.id());
            }
        }
        return new ImpactScope(all, anchors, List.of(), List.of(), new ArrayList<>(uncovered));
    }

    @Override
    public ImpactScope tasksScope(
            Spec spec,
            TasksDocument current,
            @org.jspecify.annotations.Nullable RequirementsChange change,
            Set<String> lockedIds) {
        List<String> kept = new ArrayList<>();
        List<String> scoped = new ArrayList<>();
        Set<CriterionId> coveredByRewritable = new TreeSet<>();
        Set<CriterionId> coveredByAny = new TreeSet<>();
        List<CriterionId> all = change == null ? List.of() : change.all();
        for (Task t : current.tasks()) {
            boolean keep =
                    t.state() == TaskState.DONE
                            || Units.locked(current, t)
                            || lockedIds.contains(t.id());
            Set<CriterionId> covers = new LinkedHashSet<>();
            for (RequirementReference r : t.requirementReferences()) {
                spec.resolve(r).forEach(c -> covers.add(c.id()));
            }
            coveredByAny.addAll(covers);
            if (keep) {
                kept.add(t.id());
                continue;
            }
            coveredByRewritable.addAll(covers);
            if (change == null
                    || t.requirementReferences().stream().anyMatch(r -> Units.mentions(r, all))) {
                scoped.add(t.id());
            }
        }
        List<CriterionId> uncovered = new ArrayList<>();
        if (change == null) {
            for (AcceptanceCriterion c : spec.criteria()) {
                if (!coveredByAny.contains(c.id())) {
                    uncovered.add(c.id());
                }
            }
        } else {
            Set<CriterionId> missing = new TreeSet<>();
            for (CriterionId id : fresh(change)) {
                if (!coveredByRewritable.contains(id) && spec.criterion(id).isPresent()) {
                    missing.add(id);
                }
            }
            // every criterion no task covers: coverage is complete after any regeneration
            for (AcceptanceCriterion c : spec.criteria()) {
                if (!coveredByAny.contains(c.id())) {
                    missing.add(c.id());
                }
            }
            uncovered.addAll(missing);
        }
        return new ImpactScope(
                change == null
                        ? spec.criteria().stream().map(AcceptanceCriterion::id).toList()
                        : all,
                List.of(),
                scoped,
                kept,
                uncovered);
    }

    private static List<CriterionId> fresh(RequirementsChange change) {
        TreeSet<CriterionId> s = new TreeSet<>(change.changed());
        s.addAll(change.added());
        return List.copyOf(s);
    }
}
