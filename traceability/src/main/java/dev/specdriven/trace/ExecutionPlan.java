package dev.specdriven.trace;

import java.util.List;

/**
 * A valid execution order of the tasks of one spec: a topological order of the task dependencies
 * (sub-tasks before their parent, {@code DEPENDS_ON} targets before their dependents, document
 * order between independent tasks) and its waves (tasks of one wave depend only on earlier waves).
 *
 * @param spec the spec name
 * @param order every task id in execution order; empty when there is a cycle
 * @param waves the waves, each a list of task ids in document order; empty when there is a cycle
 * @param cycles the dependency cycles, each a list of task ids; empty when the order is valid
 */
public record ExecutionPlan(
        String spec, List<String> order, List<List<String>> waves, List<List<String>> cycles) {

    /** Validates and copies. */
    public ExecutionPlan {
        java.util.Objects.requireNonNull(spec, "spec must not be null");
        order = List.copyOf(order);
        waves = waves.stream().map(List::copyOf).toList();
        cycles = cycles.stream().map(List::copyOf).toList();
    }

    /**
     * Whether a valid order exists.
     *
     * @return true when there is no cycle
     */
    public boolean valid() {
        return cycles.isEmpty();
    }
}
