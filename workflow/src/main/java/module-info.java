/**
 * The spec workflow end to end: approvals of requirements and design, the design-completeness and
 * task-quality gates, design drift, needs-revision marking, stale-spec checks, reading a workspace
 * at a git revision, and per-spec metrics. Entry point: {@link
 * dev.specdriven.workflow.SpecWorkflow}; one type per concept, each a {@link
 * dev.specdriven.workflow.WorkflowGate}.
 */
module dev.specdriven.workflow {
    requires static org.jspecify;
    requires transitive dev.specdriven.trace;
    requires transitive dev.specdriven.generate;
    requires com.fasterxml.jackson.databind;

    exports dev.specdriven.workflow;
}
