package dev.specdriven.trace;

/**
 * Where a spec is in the requirements → design → tasks → execution workflow, derived from its files
 * and task states.
 */
public enum LifecycleState {
    /** No requirement (or bugfix clause) yet. */
    EMPTY,
    /** Requirements written, no design yet. */
    REQUIREMENTS,
    /** Design written, no task list yet. */
    DESIGN,
    /** Task list written, no task started. */
    TASKS,
    /**
     * At least one task started or done, and the spec not complete: some required task not done, or
     * the spec has no acceptance criterion (its tasks complete nothing that can be checked).
     */
    EXECUTING,
    /** Every required (non-optional) task done, and the spec has at least one criterion. */
    COMPLETE
}
