package dev.specdriven.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code specdriven new}: creates an empty spec folder with the standard files. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Creates .kiro/specs/<name>/ with requirements.md, design.md, tasks.md and"
                    + " .config.kiro, ready for 'specdriven generate'. The folder appears at once"
                    + " (built aside, then moved); an existing folder is never touched.",
            "Exit code: 0 created, 2 usage or I/O error (invalid name, folder exists)."
        })
final class NewCommand implements Callable<Integer> {

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Parameters(
            index = "1",
            paramLabel = "NAME",
            description = "The spec name: lower case letters, digits and '-' (such as user-auth).")
    String name;

    static final String REQUIREMENTS =
            "# Requirements Document\n\n"
                    + "## Introduction\n\n"
                    + "<!-- Describe the feature in a few sentences. -->\n\n"
                    + "## Glossary\n\n"
                    + "## Requirements\n";
    static final String DESIGN = "# Design Document\n";
    static final String TASKS = "# Implementation Plan\n";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            err.println(
                    "specdriven new: invalid spec name '"
                            + name
                            + "'; use lower case letters, digits and '-'");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(workspace)) {
            err.println("specdriven new: " + workspace + " is not a directory");
            return ExitCodes.USAGE;
        }
        Path specs = workspace.resolve(".kiro").resolve("specs");
        Path target = specs.resolve(name);
        if (Files.exists(target)) {
            err.println("specdriven new: " + target + " already exists; nothing was changed");
            return ExitCodes.USAGE;
        }
        Path tmp = null;
        try {
            Files.createDirectories(specs);
            tmp = Files.createTempDirectory(specs, "." + name + ".");
            Files.writeString(tmp.resolve("requirements.md"), REQUIREMENTS, StandardCharsets.UTF_8);
            Files.writeString(tmp.resolve("design.md"), DESIGN, StandardCharsets.UTF_8);
            Files.writeString(tmp.resolve("tasks.md"), TASKS, StandardCharsets.UTF_8);
            ObjectNode config = Json.MAPPER.createObjectNode();
            config.put("specId", UUID.randomUUID().toString());
            config.put("workflowType", "requirements-first");
            config.put("specType", "feature");
            Files.writeString(
                    tmp.resolve(".config.kiro"),
                    Json.MAPPER.writeValueAsString(config) + "\n",
                    StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            tmp = null;
        } catch (FileAlreadyExistsException e) {
            err.println("specdriven new: " + target + " already exists; nothing was changed");
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(
                    "specdriven new: cannot create " + target + ": " + CheckCommand.describe(e));
            return ExitCodes.USAGE;
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
        out.println("created " + workspace.relativize(target).toString().replace('\\', '/') + "/");
        out.println(
                "next: write requirements.md (or 'specdriven generate requirements "
                        + workspace
                        + " "
                        + name
                        + " --idea \"…\"'), then 'specdriven generate design' and 'generate"
                        + " tasks'");
        out.flush();
        return ExitCodes.OK;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
