package dev.specdriven.generate.internal;

import dev.specdriven.generate.ImpactScope;
import dev.specdriven.generate.RequirementsChange;
import dev.specdriven.spec.CorrectnessProperty;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.trace.Impact;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.NodeKind;
import dev.specdriven.trace.TraceGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link ImpactAnalysis} through the traceability graph: the design sections, properties and tasks
 * that {@link TraceGraph#impact(java.util.Collection)} marks as affected by the changed and added
 * criteria. Removed criteria are no longer in the graph; the sections and tasks still citing them
 * are found through their references ({@link ModelImpactAnalysis}). Done and locked tasks are never
 * in scope.
 */
public final class TraceImpactAnalysis implements ImpactAnalysis {
    /** The shared instance. */
    public static final TraceImpactAnalysis INSTANCE = new TraceImpactAnalysis();

    private TraceImpactAnalysis() {}

    @Override
    public ImpactScope designScope(Spec spec, DesignDocument current, RequirementsChange change) {
        ImpactScope base =
                ModelImpactAnalysis.INSTANCE.designScope(spec, current, removedOnly(change));
        Spec s =
                Validator.with(
                        spec,
                        java.util.Optional.empty(),
                        java.util.Optional.of(current),
                        spec.tasks());
        Impact impact = TraceGraph.of(s).impact(nodes(spec.name(), change));
        Set<String> anchors = new LinkedHashSet<>();
        Set<String> affectedSections = new LinkedHashSet<>();
        impact.affected(NodeKind.DESIGN_SECTION).forEach(n -> affectedSections.add(n.local()));
        Set<String> affectedProps = new LinkedHashSet<>();
        impact.affected(NodeKind.PROPERTY).forEach(n -> affectedProps.add(n.local()));
        for (CorrectnessProperty p : current.properties()) {
            if (affectedProps.contains(p.number())) {
                current.sectionAt(p.span().startOffset())
                        .map(Section::anchor)
                        .ifPresent(affectedSections::add);
            }
        }
        for (Section sec : current.sections()) {
            if (affectedSections.contains(sec.anchor())
                    || base.designSections().contains(sec.anchor())) {
                anchors.add(sec.anchor());
            }
        }
        ImpactScope full = ModelImpactAnalysis.INSTANCE.designScope(spec, current, change);
        return new ImpactScope(
                change.all(),
                new ArrayList<>(anchors),
                List.of(),
                List.of(),
                full.uncoveredCriteria());
    }

    @Override
    public ImpactScope tasksScope(
            Spec spec,
            TasksDocument current,
            @org.jspecify.annotations.Nullable RequirementsChange change,
            Set<String> lockedIds) {
        ImpactScope model =
                ModelImpactAnalysis.INSTANCE.tasksScope(spec, current, change, lockedIds);
        if (change == null) {
            return model;
        }
        ImpactScope removed =
                ModelImpactAnalysis.INSTANCE.tasksScope(
                        spec, current, removedOnly(change), lockedIds);
        Spec s =
                Validator.with(
                        spec,
                        java.util.Optional.empty(),
                        spec.design(),
                        java.util.Optional.of(current));
        Impact impact = TraceGraph.of(s).impact(nodes(spec.name(), change));
        Set<String> affected = new LinkedHashSet<>();
        impact.affected(NodeKind.TASK).forEach(n -> affected.add(n.local()));
        affected.addAll(removed.tasks());
        Set<String> kept = new LinkedHashSet<>(model.keptTasks());
        List<String> scoped = new ArrayList<>();
        current.tasks()
                .forEach(
                        t -> {
                            if (affected.contains(t.id())
                                    && !kept.contains(t.id())
                                    && !scoped.contains(t.id())) {
                                scoped.add(t.id());
                            }
                        });
        return new ImpactScope(
                change.all(), List.of(), scoped, model.keptTasks(), model.uncoveredCriteria());
    }

    private static RequirementsChange removedOnly(RequirementsChange change) {
        return new RequirementsChange(List.of(), List.of(), change.removed());
    }

    private static List<NodeId> nodes(String spec, RequirementsChange change) {
        Set<CriterionId> ids = new TreeSet<>(change.changed());
        ids.addAll(change.added());
        return ids.stream().map(id -> NodeId.criterion(spec, id)).toList();
    }
}
