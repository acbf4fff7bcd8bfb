/**
 * The spec workflow. {@link dev.specdriven.workflow.SpecWorkflow} is configured once ({@link
 * dev.specdriven.workflow.WorkflowConfig}, read from {@code .specdriven.json}, and a clock) and
 * hands out one type per concept, each a {@link dev.specdriven.workflow.WorkflowGate}: {@link
 * dev.specdriven.workflow.Approvals}, {@link dev.specdriven.workflow.DesignCompleteness}, {@link
 * dev.specdriven.workflow.TaskQuality} (with {@link dev.specdriven.workflow.TaskMapping}), {@link
 * dev.specdriven.workflow.DesignDrift}, {@link dev.specdriven.workflow.RevisionMarks} and {@link
 * dev.specdriven.workflow.SpecVerification}; it runs them all with {@code check}, keeps {@link
 * dev.specdriven.workflow.SpecRecords} and reports {@link dev.specdriven.workflow.SpecMetrics}.
 * {@link dev.specdriven.workflow.StaleSpecs} finds code changed without its spec, {@link
 * dev.specdriven.workflow.WorkspaceAt} reads a workspace at a git revision. Diagnostic codes:
 * {@link dev.specdriven.workflow.FlowCode}.
 */
@NullMarked
package dev.specdriven.workflow;

import org.jspecify.annotations.NullMarked;
