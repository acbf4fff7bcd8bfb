package dev.specdriven.workflow;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.Spec;
import dev.specdriven.trace.TraceGraph;
import java.util.List;

/**
 * One check of the spec workflow, run on every spec by {@link SpecWorkflow#check(Spec, TraceGraph)}
 * and by {@code specdriven gate}.
 *
 * <p>The built-in gates, in the order they run: {@link Approvals}, {@link DesignCompleteness},
 * {@link TaskQuality}, {@link DesignDrift}, {@link RevisionMarks} and {@link SpecVerification}. A
 * gate of your own runs after them: give its diagnostics a code of your own (for example {@code
 * ACME001}) so that tools can match them. A gate must be thread-safe.
 *
 * <pre>{@code
 * WorkflowGate ownerNamed = (spec, graph) -> spec.requirements()
 *         .filter(r -> !r.source().text().contains("Owner:"))
 *         .map(r -> List.of(Diagnostic.of("ACME001", Severity.WARNING, r.path() + " names no owner",
 *                 "Add an 'Owner:' line.", SourceSpan.at(SourcePosition.START)).withFile(r.path())))
 *         .orElse(List.of());
 * SpecWorkflow flow = SpecWorkflow.builder().addGate(ownerNamed).build();
 * List<Diagnostic> problems = flow.check(workspace);
 * }</pre>
 */
@FunctionalInterface
public interface WorkflowGate {

    /**
     * Checks one spec.
     *
     * @param spec the spec
     * @param graph the trace graph of the spec's workspace (or of the spec alone)
     * @return the findings, empty when there are none
     */
    List<Diagnostic> check(Spec spec, TraceGraph graph);
}
