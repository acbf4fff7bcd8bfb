package dev.specdriven.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.trace.Approval;
import dev.specdriven.trace.CoverageSummary;
import dev.specdriven.trace.ExecutionPlan;
import dev.specdriven.trace.Lifecycle;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.trace.TraceLink;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code specdriven status}: lifecycle state, task progress and coverage of every spec. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the lifecycle state of every spec (EMPTY, REQUIREMENTS, DESIGN, TASKS,"
                    + " EXECUTING, COMPLETE, with _APPROVED when the current document is approved),"
                    + " task completion, coverage, link counts and a valid task execution order.",
            "Exit code: 0 success, 2 usage or I/O error."
        })
final class StatusCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text or json (schemaVersion 1).")
    Format format;

    @Option(names = "--evidence", paramLabel = "PATH", description = "Evidence. Repeatable.")
    List<Path> evidence = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TraceSupport.Loaded loaded = TraceSupport.load("status", workspace, evidence, err);
        if (loaded.exit != 0) {
            return loaded.exit;
        }
        TraceGraph graph = loaded.graph;
        if (format == Format.json) {
            out.println(Json.write(Json.MAPPER, json(Json.MAPPER, graph)));
        } else {
            out.print(text(graph));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, CoverageSummary> coverage(TraceGraph graph) {
        Map<String, CoverageSummary> m = new HashMap<>();
        graph.coverage().specs().forEach(s -> m.put(s.spec(), s));
        return m;
    }

    private static String text(TraceGraph graph) {
        StringBuilder sb = new StringBuilder();
        Map<String, CoverageSummary> cov = coverage(graph);
        for (Lifecycle l : graph.lifecycles()) {
            CoverageSummary c = cov.get(l.spec());
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%-40s %-22s tasks %d/%d required done (%s), %d optional  coverage %s%n",
                            l.spec(),
                            l.label(),
                            l.doneRequiredTasks(),
                            l.requiredTasks(),
                            TraceSupport.pct(l.completionPercent()),
                            l.tasks() - l.requiredTasks(),
                            TraceSupport.pct(c.coveredPercent())));
            ExecutionPlan plan = graph.executionPlan(l.spec());
            if (!plan.valid()) {
                plan.cycles()
                        .forEach(
                                cy ->
                                        sb.append("    task cycle: ")
                                                .append(String.join(" → ", cy))
                                                .append('\n'));
            }
        }
        return sb.toString();
    }

    private static ObjectNode json(ObjectMapper m, TraceGraph graph) {
        ObjectNode root = m.createObjectNode();
        root.put("schemaVersion", TraceSupport.SCHEMA_VERSION);
        ArrayNode specs = root.putArray("specs");
        Map<String, CoverageSummary> cov = coverage(graph);
        Map<String, int[]> linkCounts = new HashMap<>();
        for (TraceLink l : graph.links()) {
            String s = l.source().spec().isEmpty() ? l.target().spec() : l.source().spec();
            int[] c = linkCounts.computeIfAbsent(s, k -> new int[2]);
            c[l.isExplicit() ? 0 : 1]++;
        }
        for (Lifecycle l : graph.lifecycles()) {
            ObjectNode n = specs.addObject();
            n.put("spec", l.spec());
            n.put("state", l.state().name());
            n.put("label", l.label());
            ObjectNode approvals = n.putObject("approvals");
            for (Approval a : l.approvals()) {
                ObjectNode o = approvals.putObject(a.phase().key());
                o.put("sha256", a.sha256());
                o.put("by", a.by());
                o.put("at", a.at());
                o.put("current", a.current());
            }
            ObjectNode t = n.putObject("tasks");
            t.put("total", l.tasks());
            t.put("required", l.requiredTasks());
            t.put("optional", l.tasks() - l.requiredTasks());
            t.put("done", l.doneTasks());
            t.put("doneRequired", l.doneRequiredTasks());
            t.put("completionPercent", TraceSupport.round(l.completionPercent()));
            n.set("coverage", TraceSupport.summary(m, cov.get(l.spec())));
            int[] lc = linkCounts.getOrDefault(l.spec(), new int[2]);
            ObjectNode links = n.putObject("links");
            links.put("explicit", lc[0]);
            links.put("inferred", lc[1]);
            ExecutionPlan plan = graph.executionPlan(l.spec());
            ObjectNode p = n.putObject("executionPlan");
            p.put("valid", plan.valid());
            ArrayNode waves = p.putArray("waves");
            plan.waves()
                    .forEach(
                            w -> {
                                ArrayNode a = waves.addArray();
                                w.forEach(a::add);
                            });
            ArrayNode cycles = p.putArray("cycles");
            plan.cycles()
                    .forEach(
                            cy -> {
                                ArrayNode a = cycles.addArray();
                                cy.forEach(a::add);
                            });
        }
        return root;
    }
}
