package dev.specdriven.cli;

import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.SpecFiles;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.StaleFileException;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code specdriven task}: sets the state of one task, changing only its checkbox byte. */
@Command(
        name = "task",
        mixinStandardHelpOptions = true,
        description = {
            "Sets the state of one task of a spec's tasks.md. Only the character between the"
                    + " brackets changes; the file is written atomically and only if it did not"
                    + " change since it was read.",
            "Exit code: 0 done (or the task already had that state), 2 usage or I/O error:"
                    + " unknown spec or task id, no tasks.md, ambiguous task number, file not"
                    + " valid UTF-8, or the file changed on disk (nothing is written then)."
        })
final class TaskCommand implements Callable<Integer> {

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Parameters(
            index = "1",
            paramLabel = "SPEC",
            description = "The spec folder name (or its path relative to the workspace).")
    String specName;

    @Parameters(
            index = "2",
            paramLabel = "TASK",
            description =
                    "The task id: its number (2.1; a trailing dot is accepted) or #n for the n-th task.")
    String taskId;

    @Option(
            names = "--status",
            required = true,
            paramLabel = "STATE",
            description = "done, in-progress, queued or not-started.")
    String status;

    @Option(
            names = "--expect-sha256",
            paramLabel = "HASH",
            description =
                    "Refuse unless tasks.md still has this SHA-256 (the version the caller showed"
                            + " the user).")
    String expectSha256;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<TaskState> state = TaskState.parse(status);
        if (state.isEmpty()) {
            err.println(
                    "specdriven task: unknown status '"
                            + status
                            + "'; use done, in-progress, queued or not-started");
            return ExitCodes.USAGE;
        }
        Workspace ws;
        try {
            ws = SpecParser.create().read(workspace);
        } catch (IOException e) {
            err.println(
                    "specdriven task: cannot read workspace "
                            + workspace
                            + ": "
                            + CheckCommand.describe(e));
            return ExitCodes.USAGE;
        }
        Optional<dev.specdriven.spec.Spec> found =
                SpecLookup.find("task", ws, workspace, specName, err);
        if (found.isEmpty()) {
            return ExitCodes.USAGE;
        }
        dev.specdriven.spec.Spec s = found.get();
        if (s.tasks().isEmpty()) {
            err.println("specdriven task: spec '" + s.name() + "' has no readable tasks.md");
            return ExitCodes.USAGE;
        }
        TasksDocument doc = s.tasks().get();
        Optional<Task> task = doc.task(taskId);
        if (task.isEmpty()) {
            err.println(
                    "specdriven task: no task '"
                            + taskId
                            + "' in "
                            + doc.path()
                            + " (task ids are the numbers, such as 2.1, or #n for the n-th"
                            + " task)");
            return ExitCodes.USAGE;
        }
        Task t = task.get();
        List<Task> same = doc.tasks().stream().filter(x -> x.id().equals(t.id())).toList();
        if (same.size() > 1 && !taskId.strip().startsWith("#")) {
            err.println(
                    "specdriven task: task number "
                            + t.id()
                            + " is ambiguous in "
                            + doc.path()
                            + " (lines "
                            + same.stream()
                                    .map(x -> String.valueOf(x.line()))
                                    .collect(Collectors.joining(", "))
                            + "); use "
                            + same.stream()
                                    .map(x -> "#" + (doc.tasks().indexOf(x) + 1))
                                    .collect(Collectors.joining(" or "))
                            + " (the n-th task of the file)");
            return ExitCodes.USAGE;
        }
        if (expectSha256 != null
                && !expectSha256.toLowerCase(Locale.ROOT).equals(doc.source().sha256())) {
            err.println(
                    "specdriven task: "
                            + doc.path()
                            + " changed since the expected version (sha256 "
                            + doc.source().sha256()
                            + "); nothing was written");
            return ExitCodes.USAGE;
        }
        String before = "[" + t.marker() + "]";
        if (t.state() == state.get()) {
            out.println(
                    doc.path()
                            + ":"
                            + t.line()
                            + ": task "
                            + t.id()
                            + " is already "
                            + state.get().label()
                            + " "
                            + before
                            + "; nothing changed");
            out.flush();
            return ExitCodes.OK;
        }
        SourceText edited;
        try {
            edited = doc.source().apply(List.of(doc.stateEdit(t, state.get()).orElseThrow()));
        } catch (IllegalStateException e) {
            err.println("specdriven task: cannot edit " + doc.path() + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Path file = s.directory().resolve("tasks.md");
        try {
            SpecFiles.writeAtomically(file, doc.source().sha256(), edited);
        } catch (StaleFileException e) {
            err.println("specdriven task: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("specdriven task: cannot write " + file + ": " + CheckCommand.describe(e));
            return ExitCodes.USAGE;
        }
        out.println(
                doc.path()
                        + ":"
                        + t.line()
                        + ": task "
                        + t.id()
                        + " "
                        + before
                        + " -> ["
                        + state.get().marker()
                        + "] "
                        + state.get().label()
                        + "  "
                        + t.title());
        out.flush();
        return ExitCodes.OK;
    }
}
