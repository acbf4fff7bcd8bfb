package dev.specdriven.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.generate.GenerationMetrics;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.workflow.SpecMetrics;
import dev.specdriven.workflow.SpecWorkflow;
import dev.specdriven.workflow.WorkflowConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shared plumbing of the workflow commands. */
final class WorkflowSupport {
    private WorkflowSupport() {}

    /** The workflow configured from the workspace's {@code .specdriven.json}. */
    static SpecWorkflow workflow(Path root, PrintWriter err, List<Diagnostic> configProblems) {
        WorkflowConfig config = WorkflowConfig.read(root, configProblems);
        for (Diagnostic d : configProblems) {
            err.println(d);
        }
        return SpecWorkflow.builder().config(config).build();
    }

    /** Reads a workspace, printing the error; null on failure. */
    static Workspace read(String command, Path dir, PrintWriter err) {
        try {
            return SpecParser.create().read(dir);
        } catch (IOException e) {
            err.println(
                    "specdriven "
                            + command
                            + ": cannot read workspace "
                            + dir
                            + ": "
                            + CheckCommand.describe(e));
            return null;
        }
    }

    /** Finds a spec, printing the error; empty on failure. */
    static Optional<Spec> spec(String command, Workspace ws, String name, PrintWriter err) {
        Optional<Spec> s = ws.spec(name);
        if (s.isEmpty()) {
            List<String> names = new ArrayList<>();
            ws.specs().forEach(x -> names.add(x.name()));
            err.println(
                    "specdriven "
                            + command
                            + ": no spec '"
                            + name
                            + "' in "
                            + ws.root()
                            + " (specs: "
                            + String.join(", ", names)
                            + ")");
        }
        return s;
    }

    /** Who approves: git config user.name in the workspace, else the user.name property. */
    static String defaultBy(Path dir) {
        try {
            String out =
                    dev.specdriven.trace.drift.GitRunner.builder()
                            .timeout(java.time.Duration.ofSeconds(10))
                            .build()
                            .text(dir, List.of("config", "user.name"))
                            .strip();
            if (!out.isEmpty()) {
                return out;
            }
        } catch (IOException e) {
            // no git, no name configured, or git hangs: the OS user
        }
        return System.getProperty("user.name", "");
    }

    /** Prints diagnostics as text lines or a JSON document. */
    static void print(PrintWriter out, boolean json, List<Diagnostic> diags, String command) {
        if (json) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.put("schemaVersion", 1);
            root.put("command", command);
            ArrayNode a = root.putArray("diagnostics");
            diags.forEach(d -> a.add(Json.diagnostic(Json.MAPPER, d)));
            out.println(Json.write(Json.MAPPER, root));
        } else {
            diags.forEach(out::println);
            long e = diags.stream().filter(d -> d.severity() == Severity.ERROR).count();
            long w = diags.stream().filter(d -> d.severity() == Severity.WARNING).count();
            out.println(
                    "summary: "
                            + e
                            + " errors, "
                            + w
                            + " warnings, "
                            + (diags.size() - e - w)
                            + " notes");
        }
        out.flush();
    }

    /** Whether a diagnostic fails a {@code --fail-on} value (a code or a severity). */
    static boolean failing(List<Diagnostic> diags, List<String> failOn) {
        for (Diagnostic d : diags) {
            for (String f : failOn) {
                if (d.code().equalsIgnoreCase(f)) {
                    return true;
                }
                Severity s = TraceSupport.severity(f);
                if (s != null && d.severity().compareTo(s) <= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Records a generation run's metrics in the spec's records; silent on failure. */
    static void recordGeneration(Path workspace, String specName, GenerationMetrics metrics) {
        try {
            Workspace ws = SpecParser.create().read(workspace);
            Optional<Spec> s = ws.spec(specName);
            if (s.isPresent()) {
                SpecWorkflow.create().recordGeneration(s.get(), metrics);
            }
        } catch (IOException | RuntimeException e) {
            // metrics are best effort; the generation itself succeeded or failed on its own
        }
    }

    /** Records the design baseline after tasks were written; silent on failure. */
    static void reconcileAfterGeneration(Path workspace, String specName) {
        try {
            Workspace ws = SpecParser.create().read(workspace);
            Optional<Spec> s = ws.spec(specName);
            if (s.isPresent()) {
                SpecWorkflow.create().reconcile(s.get(), "generate");
            }
        } catch (IOException | RuntimeException e) {
            // the drift check then reports a missing baseline
        }
    }

    /** The tasks-generation gate message, empty when generation may go on. */
    static Optional<String> tasksGate(Spec spec) {
        return SpecWorkflow.create()
                .tasksGenerationGate(spec)
                .map(d -> d.code() + " " + d.message());
    }

    /** The {@code workflow} object of one spec in {@code status --format json}. */
    static ObjectNode metricsJson(SpecMetrics m) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("lifecycle", m.lifecycle());
        ObjectNode t = n.putObject("tasks");
        t.put("required", m.requiredTasks());
        t.put("requiredDone", m.requiredDone());
        t.put("optional", m.optionalTasks());
        t.put("optionalDone", m.optionalDone());
        t.put("completionPercent", m.completionPercent());
        n.put("coveragePercent", m.coveragePercent());
        ObjectNode l = n.putObject("links");
        l.put("explicit", m.explicitLinks());
        l.put("inferred", m.inferredLinks());
        ObjectNode a = n.putObject("approved");
        a.put("requirements", m.requirementsApprovedAt().orElse(null));
        a.put("design", m.designApprovedAt().orElse(null));
        n.put("lastVerified", m.lastVerifiedAt().orElse(null));
        ObjectNode g = n.putObject("generation");
        g.put("runs", m.generationRuns());
        g.put("lastLatencyMillis", m.lastGenerationLatencyMillis().orElse(null));
        g.put("lastRepairRounds", m.lastGenerationRepairRounds().orElse(null));
        g.put("meanLatencyMillis", m.meanGenerationLatencyMillis().orElse(null));
        g.put("meanRepairRounds", m.meanGenerationRepairRounds().orElse(null));
        return n;
    }

    /** Adds the {@code workflow} object to every spec entry of a status JSON document. */
    static void addMetrics(ArrayNode specs, Workspace ws, TraceGraph graph) {
        List<SpecMetrics> metrics = workflowQuiet(ws.root()).metrics(ws, graph);
        for (com.fasterxml.jackson.databind.JsonNode n : specs) {
            String name = n.path("spec").asText();
            metrics.stream()
                    .filter(m -> m.spec().equals(name))
                    .findFirst()
                    .ifPresent(m -> ((ObjectNode) n).set("workflow", metricsJson(m)));
        }
    }

    private static SpecWorkflow workflowQuiet(Path root) {
        return SpecWorkflow.builder().config(WorkflowConfig.read(root, new ArrayList<>())).build();
    }
}
