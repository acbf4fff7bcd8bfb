package dev.specdriven.cli;

import dev.specdriven.spec.Workspace;
import dev.specdriven.workflow.SpecWorkflow;
import dev.specdriven.workflow.StaleReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specdriven stale}: code changed since a revision without a spec change. */
@Command(
        name = "stale",
        mixinStandardHelpOptions = true,
        description = {
            "The CI check for stale specs: lists source files changed since a git revision (committed"
                    + " or not) whose tracing spec did not change (FLOW040), changed files no spec"
                    + " traces to (FLOW041), and specs whose last verification is older than"
                    + " --max-age (FLOW042) or missing (FLOW043). A file traces to a spec through an"
                    + " evidence tag ('Verifies: <spec> <ids>') or, inferred, when its base name"
                    + " occurs in the spec.",
            "Exit code: 0 nothing stale, 1 a stale file or outdated verification (or a --fail-on"
                    + " match), 2 usage, git or I/O error."
        })
final class StaleCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    private static final Pattern AGE = Pattern.compile("(\\d+)([dhw]?)");

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Option(names = "--since", required = true, paramLabel = "REV", description = "A git revision.")
    String since;

    @Option(
            names = "--code",
            paramLabel = "PATH",
            description =
                    "Source paths relative to the workspace (default: the whole workspace). Repeatable.")
    List<String> code = new ArrayList<>();

    @Option(
            names = "--max-age",
            paramLabel = "AGE",
            description = "Verification age limit: 30d, 2w, 12h (default: verifyMaxAgeDays, 30d).")
    String maxAge;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    Format format;

    @Option(
            names = "--fail-on",
            paramLabel = "CODE",
            description =
                    "Exit 1 when a diagnostic has this code or severity (default: warning). Repeatable.")
    List<String> failOn = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = WorkflowSupport.read("stale", workspace, err);
        if (ws == null) {
            return ExitCodes.USAGE;
        }
        SpecWorkflow flow = WorkflowSupport.workflow(workspace, err, new ArrayList<>());
        if (maxAge != null) {
            Matcher m = AGE.matcher(maxAge.strip());
            if (!m.matches()) {
                err.println("specdriven stale: --max-age must look like 30d, 2w or 12h");
                return ExitCodes.USAGE;
            }
            long n = Long.parseLong(m.group(1));
            Duration d =
                    switch (m.group(2)) {
                        case "h" -> Duration.ofHours(n);
                        case "w" -> Duration.ofDays(7 * n);
                        default -> Duration.ofDays(n);
                    };
            flow = SpecWorkflow.builder().config(flow.config().withVerifyMaxAge(d)).build();
        }
        StaleReport r;
        try {
            r = dev.specdriven.workflow.StaleSpecs.check(flow, ws, since, code);
        } catch (IOException | IllegalArgumentException e) {
            err.println("specdriven stale: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (format == Format.json) {
            com.fasterxml.jackson.databind.node.ObjectNode root = Json.MAPPER.createObjectNode();
            root.put("schemaVersion", 1);
            root.put("since", r.since());
            com.fasterxml.jackson.databind.node.ArrayNode changed = root.putArray("changedFiles");
            r.changedFiles().forEach(changed::add);
            com.fasterxml.jackson.databind.node.ArrayNode staleFiles = root.putArray("staleFiles");
            for (StaleReport.StaleFile f : r.staleFiles()) {
                com.fasterxml.jackson.databind.node.ObjectNode n = staleFiles.addObject();
                n.put("file", f.file());
                com.fasterxml.jackson.databind.node.ArrayNode sp = n.putArray("specs");
                f.specs().forEach(sp::add);
                com.fasterxml.jackson.databind.node.ArrayNode via = n.putArray("via");
                f.via().forEach(via::add);
            }
            com.fasterxml.jackson.databind.node.ArrayNode untraced = root.putArray("untracedFiles");
            r.untracedFiles().forEach(untraced::add);
            com.fasterxml.jackson.databind.node.ArrayNode diags = root.putArray("diagnostics");
            r.diagnostics().forEach(d -> diags.add(Json.diagnostic(Json.MAPPER, d)));
            out.println(Json.write(Json.MAPPER, root));
            out.flush();
        } else {
            out.println(r.changedFiles().size() + " source file(s) changed since " + since);
            WorkflowSupport.print(out, false, r.diagnostics(), "stale");
        }
        List<String> f = failOn.isEmpty() ? List.of("warning") : failOn;
        return WorkflowSupport.failing(r.diagnostics(), f) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
