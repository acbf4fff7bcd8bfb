package dev.specdriven.cli;

import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Workspace;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finding the spec a command names, with one message when it is not there. */
final class SpecLookup {
    private SpecLookup() {}

    /**
     * The spec named {@code name} (folder name or path relative to the workspace); when absent,
     * prints {@code specdriven <command>: no spec 'x' in <workspace>; specs: a, b} to {@code err}.
     *
     * @param command the command name for the message
     * @param ws the workspace
     * @param workspaceArg the workspace as the user wrote it
     * @param name the spec name
     * @param err where the message goes
     * @return the spec, or empty after printing the message
     */
    static Optional<Spec> find(
            String command, Workspace ws, Object workspaceArg, String name, PrintWriter err) {
        Optional<Spec> found = ws.spec(name);
        if (found.isEmpty()) {
            err.println(
                    "specdriven "
                            + command
                            + ": no spec '"
                            + name
                            + "' in "
                            + workspaceArg
                            + "; specs: "
                            + (ws.specs().isEmpty()
                                    ? "(none)"
                                    : ws.specs().stream()
                                            .map(Spec::name)
                                            .collect(Collectors.joining(", "))));
        }
        return found;
    }
}
