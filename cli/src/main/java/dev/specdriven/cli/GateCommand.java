package dev.specdriven.cli;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.workflow.SpecWorkflow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specdriven gate}: every workflow gate and check of every spec. */
@Command(
        name = "gate",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the workflow gates and checks: approvals (FLOW001-003), design completeness"
                    + " (FLOW010) and scope boundary (FLOW011), task quality (FLOW020-025: numbered,"
                    + " dependency order, mapped to a requirement and a design section, max-tasks),"
                    + " design drift since the tasks' baseline (FLOW030-031), tasks marked"
                    + " needs-revision (FLOW032) and verification age (FLOW042-043). Configured by"
                    + " .specdriven.json in the workspace.",
            "Exit code: 0 passed, 1 an error (or a --fail-on match), 2 usage or I/O error."
        })
final class GateCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Option(names = "--spec", paramLabel = "NAME", description = "Only this spec.")
    String only;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    Format format;

    @Option(
            names = "--max-tasks",
            paramLabel = "N",
            description = "Override maxTasks of .specdriven.json (0: no limit).")
    Integer maxTasks;

    @Option(
            names = "--fail-on",
            paramLabel = "CODE",
            description =
                    "Exit 1 when a diagnostic has this code or at least this severity (default:"
                            + " error). Repeatable.")
    List<String> failOn = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = WorkflowSupport.read("gate", workspace, err);
        if (ws == null) {
            return ExitCodes.USAGE;
        }
        List<Diagnostic> diags = new ArrayList<>();
        SpecWorkflow flow = WorkflowSupport.workflow(workspace, err, diags);
        if (maxTasks != null) {
            if (maxTasks < 0) {
                err.println("specdriven gate: --max-tasks must be >= 0");
                return ExitCodes.USAGE;
            }
            flow = SpecWorkflow.builder().config(flow.config().withMaxTasks(maxTasks)).build();
        }
        TraceGraph graph = TraceGraph.builder().workspace(ws).inferLinks(true).build();
        List<Spec> specs = ws.specs();
        if (only != null) {
            Optional<Spec> s = WorkflowSupport.spec("gate", ws, only, err);
            if (s.isEmpty()) {
                return ExitCodes.USAGE;
            }
            specs = List.of(s.get());
        }
        for (Spec s : specs) {
            diags.addAll(flow.check(s, Optional.of(graph)));
        }
        WorkflowSupport.print(out, format == Format.json, diags, "gate");
        List<String> f = failOn.isEmpty() ? List.of("error") : failOn;
        boolean failing =
                WorkflowSupport.failing(diags, f)
                        || diags.stream()
                                .anyMatch(d -> d.severity() == Severity.ERROR && failOn.isEmpty());
        return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
