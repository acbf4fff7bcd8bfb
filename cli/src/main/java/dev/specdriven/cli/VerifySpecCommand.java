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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specdriven verify-spec}: records that a spec was checked against the code now. */
@Command(
        name = "verify-spec",
        mixinStandardHelpOptions = true,
        description = {
            "Records the 'last verified' date of a spec (who and when) in the spec folder's"
                    + " .config.kiro. 'stale' and 'gate' report specs verified longer ago than"
                    + " verifyMaxAgeDays (FLOW042) or never (FLOW043).",
            "Exit code: 0 recorded, 2 usage or I/O error."
        })
final class VerifySpecCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Parameters(index = "1", paramLabel = "SPEC", description = "The spec folder name.")
    String specName;

    @Option(
            names = "--by",
            paramLabel = "NAME",
            description = "Who verified (default: git config user.name, else the OS user).")
    String by;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = WorkflowSupport.read("verify-spec", workspace, err);
        if (ws == null) {
            return ExitCodes.USAGE;
        }
        Optional<Spec> s = WorkflowSupport.spec("verify-spec", ws, specName, err);
        if (s.isEmpty()) {
            return ExitCodes.USAGE;
        }
        try {
            SpecRecords r =
                    WorkflowSupport.workflow(ws.root(), err, new ArrayList<>())
                            .verify(
                                    s.get(),
                                    by != null ? by : WorkflowSupport.defaultBy(workspace));
            out.println("verified " + s.get().name() + " at " + r.verified().orElseThrow().at());
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(
                    "specdriven verify-spec: "
                            + CheckCommand.describe(e)
                            + " ("
                            + e.getMessage()
                            + ")");
            return ExitCodes.USAGE;
        }
    }
}
