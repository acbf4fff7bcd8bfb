package dev.specdriven.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.trace.Finding;
import dev.specdriven.trace.Lifecycle;
import dev.specdriven.trace.TraceGraph;

/**
 * The {@code coverage} and {@code trace} sections of the {@code check} JSON report ({@code
 * schemaVersion} 2): the same coverage object as {@code specdriven trace}, and the trace findings
 * with the lifecycle state of every spec.
 */
final class CheckTraceSections {
    private CheckTraceSections() {}

    static void add(ObjectMapper m, ObjectNode root, TraceGraph graph) {
        root.set("coverage", TraceReport.coverageJson(m, graph.coverage()));
        ObjectNode trace = root.putObject("trace");
        trace.put("nodes", graph.nodes().size());
        trace.put("links", graph.links().size());
        ArrayNode lifecycle = trace.putArray("lifecycle");
        for (Lifecycle l : graph.lifecycles()) {
            ObjectNode n = lifecycle.addObject();
            n.put("spec", l.spec());
            n.put("state", l.state().name());
            n.put("label", l.label());
        }
        ArrayNode findings = trace.putArray("findings");
        for (Finding f : graph.findings()) {
            findings.add(TraceSupport.finding(m, f));
        }
    }
}
