package dev.specdriven.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.TraceGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code specdriven check}: reads a workspace and reports its structure and diagnostics. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Reads every spec of a workspace (.kiro/specs/*, specs/*, spec folders or one spec"
                    + " folder) and prints its structure and every diagnostic.",
            "Exit code: 0 no failing diagnostic, 1 at least one diagnostic at the --fail-on"
                    + " severity, 2 usage or I/O error (workspace missing or not a directory)."
        })
final class CheckCommand implements Callable<Integer> {

    enum Format {
        text,
        json,
        sarif
    }

    enum FailOn {
        error,
        warning
    }

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text (for people), json (schemaVersion 2) or sarif (SARIF 2.1.0).")
    Format format;

    @Option(
            names = "--fail-on",
            defaultValue = "error",
            description = "Lowest severity that makes the exit code 1: error (default) or warning.")
    FailOn failOn;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws;
        try {
            ws = SpecParser.create().read(workspace);
        } catch (IOException e) {
            err.println(
                    "specdriven check: cannot read workspace " + workspace + ": " + describe(e));
            return ExitCodes.USAGE;
        }
        List<Diagnostic> diagnostics = SpecChecker.create().check(ws);
        CheckReport report = new CheckReport(ws, diagnostics);
        ObjectMapper json = Json.MAPPER;
        switch (format) {
            case json:
                ObjectNode root = report.json(json);
                CheckTraceSections.add(json, root, TraceGraph.of(ws));
                out.println(Json.write(json, root));
                break;
            case sarif:
                out.println(Json.write(json, report.sarif(json)));
                break;
            default:
                out.print(report.text());
        }
        out.flush();
        Severity threshold = failOn == FailOn.warning ? Severity.WARNING : Severity.ERROR;
        boolean failing = diagnostics.stream().anyMatch(d -> d.severity().isAtLeast(threshold));
        return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        if (kind.equals("NoSuchFileException")) {
            return "no such directory";
        }
        if (kind.equals("NotDirectoryException")) {
            return "not a directory";
        }
        if (kind.equals("AccessDeniedException")) {
            return "access denied";
        }
        return e.getMessage() == null ? kind : e.getMessage();
    }
}
