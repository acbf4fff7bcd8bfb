package dev.specdriven.cli;

import dev.specdriven.trace.Finding;
import dev.specdriven.trace.TraceGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code specdriven trace}: the traceability matrix, coverage and findings, with CI gates. */
@Command(
        name = "trace",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the traceability graph of a workspace and prints the matrix criterion × design"
                    + " × task × evidence, coverage per spec and overall, and the TRACE findings.",
            "Exit code: 0 gates passed, 1 a gate failed (--fail-under, --fail-on), 2 usage or I/O"
                    + " error."
        })
final class TraceCommand implements Callable<Integer> {

    enum Format {
        text,
        json,
        html,
        mermaid,
        dot,
        graphml
    }

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "text",
            description =
                    "text, json (schemaVersion 1), html (one self-contained page), mermaid, dot"
                            + " or graphml (the whole graph).")
    Format format;

    @Option(
            names = "--fail-under",
            paramLabel = "PERCENT",
            description = "Exit 1 when the overall covered share (designed and tasked) is below.")
    Double failUnder;

    @Option(
            names = "--fail-on",
            paramLabel = "CODE",
            description =
                    "Exit 1 when a finding has this code (TRACE002) or at least this severity"
                            + " (error, warning, info). Repeatable.")
    List<String> failOn = new ArrayList<>();

    @Option(
            names = "--evidence",
            paramLabel = "PATH",
            description =
                    "Test sources, Surefire report directories, TEST-*.xml or evidence JSON"
                            + " files. Repeatable.")
    List<Path> evidence = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to a file instead of standard output.")
    Path output;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String bad = TraceSupport.badFailOn(failOn);
        if (bad != null) {
            err.println(
                    "specdriven trace: --fail-on "
                            + bad
                            + " is neither a TRACE or SPEC code nor a severity");
            return ExitCodes.USAGE;
        }
        if (failUnder != null && (failUnder < 0 || failUnder > 100)) {
            err.println("specdriven trace: --fail-under must be between 0 and 100");
            return ExitCodes.USAGE;
        }
        TraceSupport.Loaded loaded = TraceSupport.load("trace", workspace, evidence, err);
        if (loaded.exit != 0) {
            return loaded.exit;
        }
        TraceGraph graph = loaded.graph;
        List<String> gateFailures = new ArrayList<>();
        java.util.OptionalDouble covered = graph.coverage().total().coveredPercent();
        if (failUnder != null && covered.isEmpty()) {
            gateFailures.add(
                    "coverage is n/a (the workspace has no acceptance criteria), --fail-under "
                            + TraceSupport.pct(failUnder)
                            + " cannot pass");
        } else if (failUnder != null && covered.getAsDouble() < failUnder) {
            gateFailures.add(
                    "coverage "
                            + TraceSupport.pct(covered)
                            + " is below --fail-under "
                            + TraceSupport.pct(failUnder));
        }
        for (String f : failOn) {
            long n = graph.findings().stream().filter(x -> TraceSupport.matches(x, f)).count();
            if (n > 0) {
                gateFailures.add(n + " finding(s) match --fail-on " + f);
            }
        }
        TraceReport report =
                new TraceReport(
                        loaded.workspace, graph, failUnder, failOn, gateFailures, outputDir());
        String text;
        switch (format) {
            case json:
                text = Json.write(Json.MAPPER, report.json(Json.MAPPER)) + "\n";
                break;
            case html:
                text = report.html();
                break;
            case mermaid:
                text = report.mermaid();
                break;
            case dot:
                text = report.dot();
                break;
            case graphml:
                text = report.graphml();
                break;
            default:
                text = report.text();
        }
        if (output != null) {
            try {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("specdriven trace: cannot write " + output + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        } else {
            out.print(text);
            out.flush();
        }
        for (String g : gateFailures) {
            err.println("specdriven trace: gate failed: " + g);
        }
        err.flush();
        return gateFailures.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private Path outputDir() {
        if (output == null) {
            return null;
        }
        Path parent = output.toAbsolutePath().getParent();
        return parent == null ? null : parent;
    }

    static boolean failing(List<Finding> findings, List<String> failOn) {
        return findings.stream()
                .anyMatch(f -> failOn.stream().anyMatch(c -> TraceSupport.matches(f, c)));
    }
}
