/**
 * The spec workflow: {@link dev.specdriven.workflow.SpecWorkflow} approves documents, runs the
 * gates, records baselines and verification dates, detects design drift and stale specs, marks
 * tasks that need revision and reports metrics. Configuration: {@link
 * dev.specdriven.workflow.WorkflowConfig} ({@code .specdriven.json}). Diagnostic codes: {@link
 * dev.specdriven.workflow.FlowCode}.
 */
@NullMarked
package dev.specdriven.workflow;

import org.jspecify.annotations.NullMarked;
