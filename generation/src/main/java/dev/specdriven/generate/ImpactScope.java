package dev.specdriven.generate;

import dev.specdriven.spec.CriterionId;
import java.util.List;
import java.util.Objects;

/**
 * What an impact-scoped regeneration may rewrite: the changed criteria and the parts of the current
 * document that trace to them. Everything else is kept byte-identical.
 *
 * <pre>{@code
 * ImpactScope scope = result.context().scope().orElseThrow();
 * scope.designSections(); // ["stockservice", "property-2-no-reservation-outlives-a-failed-checkout"]
 * scope.tasks();          // ["3.2"]
 * }</pre>
 *
 * @param changedCriteria criteria whose text changed, that were added or removed
 * @param designSections anchors of the design sections in scope
 * @param tasks ids of the tasks in scope (never a done or locked task)
 * @param keptTasks ids of the tasks kept byte-identical whatever happens: done ({@code [x]}) and
 *     locked ({@code <!-- locked -->}) tasks
 * @param uncoveredCriteria changed criteria that no rewritable section or task covers; the output
 *     adds new sections or tasks for them
 */
public record ImpactScope(
        List<CriterionId> changedCriteria,
        List<String> designSections,
        List<String> tasks,
        List<String> keptTasks,
        List<CriterionId> uncoveredCriteria) {
    /** Copies. */
    public ImpactScope {
        changedCriteria = List.copyOf(changedCriteria);
        designSections = List.copyOf(designSections);
        tasks = List.copyOf(tasks);
        keptTasks = List.copyOf(keptTasks);
        uncoveredCriteria = List.copyOf(uncoveredCriteria);
        Objects.requireNonNull(changedCriteria, "changedCriteria must not be null");
    }
}
