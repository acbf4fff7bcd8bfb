package dev.specdriven.cli;

import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Workspace;
import dev.specdriven.workflow.SpecRecords;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code specdriven reconcile}: records that tasks.md matches design.md now. */
@Command(
        name = "reconcile",
        mixinStandardHelpOptions = true,
        description = {
            "Records the design baseline of the task list (SHA-256 of design.md and of each of its"
                    + " sections) in the spec folder's .config.kiro. Design drift (FLOW030) is"
                    + " reported for sections changed after this point. 'generate tasks' records"
                    + " the baseline itself.",
            "Exit code: 0 recorded, 2 usage or I/O error."
        })
final class ReconcileCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Parameters(index = "1", paramLabel = "SPEC", description = "The spec folder name.")
    String specName;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = WorkflowSupport.read("reconcile", workspace, err);
        if (ws == null) {
            return ExitCodes.USAGE;
        }
        Optional<Spec> s = WorkflowSupport.spec("reconcile", ws, specName, err);
        if (s.isEmpty()) {
            return ExitCodes.USAGE;
        }
        try {
            SpecRecords r =
                    WorkflowSupport.workflow(ws.root(), err, new ArrayList<>())
                            .reconcile(s.get(), "reconcile");
            SpecRecords.Baseline b = r.baseline().orElseThrow();
            out.println(
                    "reconciled "
                            + s.get().name()
                            + ": "
                            + b.sections().size()
                            + " design sections recorded at "
                            + b.at());
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(
                    "specdriven reconcile: "
                            + CheckCommand.describe(e)
                            + " ("
                            + e.getMessage()
                            + ")");
            return ExitCodes.USAGE;
        }
    }
}
