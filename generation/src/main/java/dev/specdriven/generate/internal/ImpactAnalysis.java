package dev.specdriven.generate.internal;

import dev.specdriven.generate.ImpactScope;
import dev.specdriven.generate.RequirementsChange;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.TasksDocument;
import java.util.Set;

/**
 * Computes which design sections and tasks trace to changed criteria. The implementation follows
 * the explicit references of the spec model (the links the traceability graph is built from).
 */
public interface ImpactAnalysis {

    /**
     * The scope of a design regeneration.
     *
     * @param spec the spec with the new requirements
     * @param current the current design
     * @param change the requirement change
     * @return the scope
     */
    ImpactScope designScope(Spec spec, DesignDocument current, RequirementsChange change);

    /**
     * The scope of a task-list regeneration.
     *
     * @param spec the spec with the new requirements
     * @param current the current tasks
     * @param change the requirement change; {@code null} for a full refresh (every task that is not
     *     kept is in scope)
     * @param lockedIds task ids locked by configuration in addition to the lock marker
     * @return the scope
     */
    ImpactScope tasksScope(
            Spec spec,
            TasksDocument current,
            @org.jspecify.annotations.Nullable RequirementsChange change,
            Set<String> lockedIds);
}
