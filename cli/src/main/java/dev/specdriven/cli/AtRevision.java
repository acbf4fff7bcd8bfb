package dev.specdriven.cli;

import dev.specdriven.workflow.WorkspaceAt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code --at <rev>} on every command that only reads a workspace: the spec files of the revision
 * are written by {@code git show <rev>:<path>} into a temporary directory, the command's WORKSPACE
 * parameter is pointed at it, and the directory is deleted afterwards.
 */
final class AtRevision {
    private AtRevision() {}

    static final String OPTION = "--at";

    /** Commands that read a workspace and write nothing. */
    static final Set<String> READERS = Set.of("check", "trace", "impact", "status", "gate", "link");

    static void install(CommandLine cl) {
        for (String name : READERS) {
            CommandLine sub = cl.getSubcommands().get(name);
            if (sub == null) {
                continue;
            }
            sub.getCommandSpec()
                    .addOption(
                            OptionSpec.builder(OPTION)
                                    .paramLabel("REV")
                                    .type(String.class)
                                    .description(
                                            "Read the workspace as it was at this git revision"
                                                    + " (git show <rev>:<path>; nothing is written).")
                                    .build());
        }
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cl.setExecutionStrategy(pr -> execute(pr, run));
    }

    private static int execute(ParseResult top, CommandLine.IExecutionStrategy run) {
        ParseResult leaf = top;
        while (leaf.subcommand() != null) {
            leaf = leaf.subcommand();
        }
        String rev = leaf.matchedOptionValue(OPTION, (String) null);
        if (rev == null) {
            return run.execute(top);
        }
        CommandLine cmd = leaf.commandSpec().commandLine();
        if (leaf.commandSpec().optionsMap().containsKey("--accept-inferred")
                && leaf.hasMatchedOption("--accept-inferred")) {
            cmd.getErr()
                    .println(
                            "specdriven: --at reads a past revision; it cannot be combined with --accept-inferred");
            return ExitCodes.USAGE;
        }
        PositionalParamSpec ws = null;
        List<PositionalParamSpec> ps = leaf.commandSpec().positionalParameters();
        for (PositionalParamSpec p : ps) {
            if ("WORKSPACE".equals(p.paramLabel())) {
                ws = p;
            }
        }
        if (ws == null || ws.getValue() == null) {
            cmd.getErr().println("specdriven: --at needs a WORKSPACE argument");
            return ExitCodes.USAGE;
        }
        Path dir = ws.getValue();
        Path tmp;
        try {
            tmp = WorkspaceAt.materialize(dir, rev);
        } catch (IOException | IllegalArgumentException e) {
            cmd.getErr()
                    .println(
                            "specdriven: cannot read "
                                    + dir
                                    + " at "
                                    + rev
                                    + ": "
                                    + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            ws.setValue(tmp);
            return run.execute(top);
        } finally {
            WorkspaceAt.delete(tmp);
        }
    }
}
