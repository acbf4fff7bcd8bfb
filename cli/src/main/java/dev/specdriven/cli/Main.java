package dev.specdriven.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code specdriven} command line. */
@Command(
        name = "specdriven",
        mixinStandardHelpOptions = true,
        version = "specdriven 0.1.0-SNAPSHOT",
        description = "Read, check, trace and regenerate Kiro-style specs.")
public final class Main {

    /**
     * The subcommands, in help order. Only the one a command line names is registered (picocli
     * reflects over every registered command class, which costs start-up); all of them when the
     * first argument names none (help, version, a typo).
     */
    private static final Class<?>[] SUBCOMMANDS = {
        EarsCommand.class,
        CheckCommand.class,
        TaskCommand.class,
        TraceCommand.class,
        ImpactCommand.class,
        StatusCommand.class,
        DiffCommand.class,
        GenerateCommand.class,
        NewCommand.class,
        CodesCommand.class,
        ApproveCommand.class,
        ReconcileCommand.class,
        VerifySpecCommand.class,
        GateCommand.class,
        StaleCommand.class,
        LinkCommand.class,
        WatchCommand.class
    };

    private static void addSubcommands(CommandLine cl, String... args) {
        String first = args.length > 0 ? args[0] : "";
        boolean named = false;
        for (Class<?> c : SUBCOMMANDS) {
            named |= c.getAnnotation(Command.class).name().equals(first);
        }
        for (Class<?> c : SUBCOMMANDS) {
            if (!named || c.getAnnotation(Command.class).name().equals(first)) {
                cl.addSubcommand(c);
            }
        }
    }

    /**
     * Runs the CLI and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the CLI without exiting (for tests and embedding).
     *
     * @param args the arguments
     * @return the exit code: 0 success, 1 findings of the failing severity, 2 usage or I/O error
     */
    public static int run(String... args) {
        return run(
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                args);
    }

    /**
     * Runs the CLI with the given output streams (for tests and embedding).
     *
     * @param out where results go
     * @param err where usage and error messages go
     * @param args the arguments
     * @return the exit code: 0 success, 1 findings of the failing severity, 2 usage or I/O error
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        addSubcommands(cl, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        AtRevision.install(cl);
        cl.setParameterExceptionHandler(
                (ex, a) -> {
                    ex.getCommandLine().getErr().println(ex.getMessage());
                    ex.getCommandLine().usage(ex.getCommandLine().getErr());
                    return ExitCodes.USAGE;
                });
        cl.setExecutionExceptionHandler(
                (ex, commandLine, parseResult) -> {
                    commandLine
                            .getErr()
                            .println(
                                    "specdriven: unexpected error, please report it: "
                                            + ex
                                            + (System.getenv("SPECDRIVEN_DEBUG") == null
                                                    ? " (set SPECDRIVEN_DEBUG=1 for the stack trace)"
                                                    : ""));
                    if (System.getenv("SPECDRIVEN_DEBUG") != null) {
                        ex.printStackTrace(commandLine.getErr());
                    }
                    return ExitCodes.USAGE;
                });
        return cl.execute(args);
    }
}
