package dev.specdriven.cli;

import dev.specdriven.spec.Spec;
import dev.specdriven.spec.StaleFileException;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.SpecPhase;
import dev.specdriven.workflow.SpecRecords;
import dev.specdriven.workflow.SpecWorkflow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specdriven approve}: records the approval of requirements.md or design.md. */
@Command(
        name = "approve",
        mixinStandardHelpOptions = true,
        description = {
            "Records the approval of a spec document (requirements, design or tasks): its SHA-256,"
                    + " who and when, in the spec folder's .config.kiro under 'approvals' (other"
                    + " keys are kept byte for byte). 'status' then shows DESIGN_APPROVED or"
                    + " REQUIREMENTS_APPROVED; 'generate tasks' requires an approved, unchanged"
                    + " design.",
            "Exit code: 0 recorded, 2 usage or I/O error."
        })
final class ApproveCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Parameters(index = "1", paramLabel = "SPEC", description = "The spec folder name.")
    String specName;

    @Parameters(
            index = "2",
            paramLabel = "DOCUMENT",
            description = "requirements, design or tasks.")
    String document;

    @Option(
            names = "--by",
            paramLabel = "NAME",
            description = "Who approves (default: git config user.name, else the OS user).")
    String by;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SpecPhase phase = null;
        for (SpecPhase p : SpecPhase.values()) {
            if (p.key().equals(document.toLowerCase(Locale.ROOT))) {
                phase = p;
            }
        }
        if (phase == null) {
            err.println(
                    "specdriven approve: unknown document '"
                            + document
                            + "'; use requirements, design or tasks");
            return ExitCodes.USAGE;
        }
        Workspace ws = WorkflowSupport.read("approve", workspace, err);
        if (ws == null) {
            return ExitCodes.USAGE;
        }
        Optional<Spec> s = WorkflowSupport.spec("approve", ws, specName, err);
        if (s.isEmpty()) {
            return ExitCodes.USAGE;
        }
        SpecWorkflow flow = WorkflowSupport.workflow(ws.root(), err, new ArrayList<>());
        String who = by != null ? by : WorkflowSupport.defaultBy(workspace);
        try {
            SpecRecords r = flow.approve(s.get(), phase, who);
            SpecRecords.ApprovalRecord a = r.approval(phase).orElseThrow();
            out.println(
                    "approved "
                            + s.get().name()
                            + " "
                            + phase.key()
                            + " (sha256 "
                            + a.sha256().substring(0, 12)
                            + "…) by "
                            + (a.by().isEmpty() ? "(unknown)" : a.by())
                            + " at "
                            + a.at());
            out.flush();
            return ExitCodes.OK;
        } catch (IllegalStateException e) {
            err.println("specdriven approve: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StaleFileException e) {
            err.println("specdriven approve: " + e.getMessage() + "; nothing was written");
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(
                    "specdriven approve: cannot record the approval: "
                            + CheckCommand.describe(e)
                            + " ("
                            + e.getMessage()
                            + ")");
            return ExitCodes.USAGE;
        }
    }
}
