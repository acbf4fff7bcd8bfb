package dev.specdriven.trace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lifecycle of one spec: its derived state, its approvals and its task counts.
 *
 * <pre>{@code
 * Lifecycle l = graph.lifecycle("checkout");
 * l.state();        // EXECUTING
 * l.label();        // "EXECUTING", or "DESIGN_APPROVED" for an approved design awaiting tasks
 * }</pre>
 *
 * @param spec the spec name
 * @param state the derived state
 * @param approvals the recorded approvals, in phase order
 * @param tasks the number of tasks
 * @param requiredTasks the number of non-optional tasks
 * @param doneTasks the number of done tasks
 * @param doneRequiredTasks the number of done non-optional tasks
 */
public record Lifecycle(
        String spec,
        LifecycleState state,
        List<Approval> approvals,
        int tasks,
        int requiredTasks,
        int doneTasks,
        int doneRequiredTasks) {

    /** Validates and copies. */
    public Lifecycle {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(state, "state must not be null");
        approvals = List.copyOf(approvals);
    }

    /**
     * The approval of a phase.
     *
     * @param phase the phase
     * @return the approval, empty when none is recorded
     */
    public Optional<Approval> approval(SpecPhase phase) {
        return approvals.stream().filter(a -> a.phase() == phase).findFirst();
    }

    /**
     * Whether a phase has an approval that matches the current document.
     *
     * @param phase the phase
     * @return true when approved and unchanged since
     */
    public boolean approved(SpecPhase phase) {
        return approval(phase).map(Approval::current).orElse(false);
    }

    /**
     * The state with its approval: {@code REQUIREMENTS_APPROVED} or {@code DESIGN_APPROVED} or
     * {@code TASKS_APPROVED} when the document of the current state has a current approval,
     * otherwise the state name.
     *
     * @return the label
     */
    public String label() {
        SpecPhase p;
        switch (state) {
            case REQUIREMENTS:
                p = SpecPhase.REQUIREMENTS;
                break;
            case DESIGN:
                p = SpecPhase.DESIGN;
                break;
            case TASKS:
                p = SpecPhase.TASKS;
                break;
            default:
                return state.name();
        }
        return approved(p) ? state.name() + "_APPROVED" : state.name();
    }

    /**
     * The share of required tasks done, in percent (100 when there is none).
     *
     * @return the completion rate
     */
    public double completionPercent() {
        return requiredTasks == 0
                ? (tasks == 0 ? 0.0 : 100.0 * doneTasks / tasks)
                : 100.0 * doneRequiredTasks / requiredTasks;
    }
}
