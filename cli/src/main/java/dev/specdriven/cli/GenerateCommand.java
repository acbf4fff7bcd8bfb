package dev.specdriven.cli;

import dev.specdriven.generate.ArtifactKind;
import dev.specdriven.generate.GenerationResult;
import dev.specdriven.generate.GeneratorException;
import dev.specdriven.generate.RequirementsChange;
import dev.specdriven.generate.SpecGenerator;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.StaleFileException;
import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code specdriven generate design|tasks|requirements}: runs the validate-and-repair generation
 * loop with a model backend and shows (dry run) or writes the result atomically.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generates design.md or tasks.md of a spec from its requirements (or requirements.md"
                    + " from --idea) with a model backend, checks the output with specdriven and"
                    + " sends problems back to the backend for up to --max-repairs rounds.",
            "With --changed or --baseline only the design sections and tasks that trace to the"
                    + " changed criteria are regenerated; done ([x]) and locked (<!-- locked -->)"
                    + " tasks are always kept byte for byte.",
            "Backends: 'builtin' (deterministic, no network), 'openai' (any OpenAI-compatible chat"
                    + " endpoint: OPENAI_BASE_URL, default https://api.openai.com/v1, OPENAI_API_KEY,"
                    + " --model or SPECDRIVEN_MODEL, --temperature) and every backend installed on"
                    + " the class path (SPECDRIVEN_CLASSPATH for the launcher).",
            "A full 'generate design' (or 'generate requirements') that would drop hand-written"
                    + " lines of the current file is refused without --force: see the change with"
                    + " --dry-run or regenerate only what changed with --changed.",
            "Exit code: 0 written (or shown with --dry-run), 1 errors remain after the repair"
                    + " rounds or hand-written content would be replaced (nothing written), 2 usage"
                    + " or I/O error, backend failure (exception, timeout, empty or garbage output)"
                    + " or file changed on disk."
        })
final class GenerateCommand implements Callable<Integer> {

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "ARTIFACT",
            description = "design, tasks or requirements.")
    String artifact;

    @Parameters(index = "1", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Parameters(
            index = "2",
            paramLabel = "SPEC",
            description = "The spec folder name (or its path relative to the workspace).")
    String specName;

    @Option(
            names = "--backend",
            paramLabel = "ID",
            defaultValue = "builtin",
            description =
                    "The model backend id: builtin, openai or an installed one (default:"
                            + " ${DEFAULT-VALUE}).")
    String backendId;

    @Option(
            names = "--model",
            paramLabel = "NAME",
            description =
                    "The model of --backend openai, such as gpt-4o-mini or llama3.1 (default: the"
                            + " SPECDRIVEN_MODEL variable).")
    String model;

    @Option(
            names = "--temperature",
            paramLabel = "T",
            description = "The sampling temperature of --backend openai (default: the model's).")
    Double temperature;

    @Option(
            names = "--max-repairs",
            paramLabel = "N",
            defaultValue = "2",
            description = "Repair rounds after the first answer (default: ${DEFAULT-VALUE}).")
    int maxRepairs;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "300",
            description = "Timeout of each backend call in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(
            names = "--dry-run",
            description = "Print the change as a unified diff and write nothing.")
    boolean dryRun;

    @Option(
            names = "--changed",
            paramLabel = "IDS",
            split = ",",
            description = "Regenerate only what traces to these criteria (such as 2.3,4.1).")
    List<String> changed = new ArrayList<>();

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description =
                    "The previous requirements.md: regenerate only what traces to the criteria that"
                            + " changed since.")
    Path baseline;

    @Option(
            names = "--idea",
            paramLabel = "TEXT",
            description = "The feature idea, for 'generate requirements'.")
    String idea;

    @Option(
            names = "--steering",
            paramLabel = "NAME",
            split = ",",
            description = "Also include these 'inclusion: manual' steering documents.")
    List<String> steering = new ArrayList<>();

    @Option(
            names = "--force",
            description =
                    "Generate tasks even when design.md is not approved or changed since its"
                            + " approval; replace a design.md (or requirements.md) even when"
                            + " hand-written lines would be lost.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BackendChoice.Chosen chosen;
        try {
            chosen =
                    BackendChoice.choose(
                            backendId,
                            model,
                            temperature,
                            Duration.ofSeconds(Math.max(1, timeoutSeconds)));
        } catch (BackendChoice.Refused e) {
            err.println("specdriven generate: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (chosen.secret().isEmpty()) {
            return generate(chosen, out, err);
        }
        // the API key never reaches the terminal, whatever a server or model echoes
        PrintWriter safeOut = Redacting.wrap(out, chosen.secret().get());
        PrintWriter safeErr = Redacting.wrap(err, chosen.secret().get());
        try {
            return generate(chosen, safeOut, safeErr);
        } finally {
            safeOut.close();
            safeErr.close();
        }
    }

    private int generate(BackendChoice.Chosen chosen, PrintWriter out, PrintWriter err) {
        for (Diagnostic d : chosen.warnings()) {
            err.println(d);
        }
        ArtifactKind kind;
        try {
            kind = ArtifactKind.valueOf(artifact.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println(
                    "specdriven generate: unknown artifact '"
                            + artifact
                            + "'; use design, tasks or requirements");
            return ExitCodes.USAGE;
        }
        if (maxRepairs < 0 || timeoutSeconds <= 0) {
            err.println("specdriven generate: --max-repairs must be >= 0 and --timeout > 0");
            return ExitCodes.USAGE;
        }
        Workspace ws;
        try {
            ws = SpecParser.create().read(workspace);
        } catch (IOException e) {
            err.println(
                    "specdriven generate: cannot read workspace "
                            + workspace
                            + ": "
                            + CheckCommand.describe(e));
            return ExitCodes.USAGE;
        }
        SpecGenerator generator =
                SpecGenerator.builder()
                        .backend(chosen.backend())
                        .maxRepairs(maxRepairs)
                        .timeout(Duration.ofSeconds(timeoutSeconds))
                        .steering(steering.toArray(String[]::new))
                        .build();
        GenerationResult result;
        try {
            if (kind == ArtifactKind.REQUIREMENTS) {
                if (idea == null || idea.isBlank()) {
                    err.println("specdriven generate: 'generate requirements' needs --idea TEXT");
                    return ExitCodes.USAGE;
                }
                try {
                    result = generator.generateRequirements(ws, specName, idea);
                } catch (IllegalArgumentException e) {
                    err.println("specdriven generate: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
            } else {
                Optional<dev.specdriven.spec.Spec> found =
                        SpecLookup.find("generate", ws, workspace, specName, err);
                if (found.isEmpty()) {
                    return ExitCodes.USAGE;
                }
                dev.specdriven.spec.Spec s = found.get();
                if (s.requirements().isEmpty() && s.bugfix().isEmpty()) {
                    err.println(
                            "specdriven generate: spec '"
                                    + s.name()
                                    + "' has neither requirements.md nor bugfix.md");
                    return ExitCodes.USAGE;
                }
                Optional<String> refused = gate(kind, s);
                if (refused.isPresent()) {
                    err.println("specdriven generate: " + refused.get());
                    return ExitCodes.USAGE;
                }
                Optional<RequirementsChange> change = change(s, err);
                if (change == null) {
                    return ExitCodes.USAGE;
                }
                if (kind == ArtifactKind.DESIGN) {
                    result =
                            change.isPresent()
                                    ? generator.regenerateDesign(ws, s, change.get())
                                    : generator.generateDesign(ws, s);
                } else {
                    result =
                            change.isPresent()
                                    ? generator.regenerateTasks(ws, s, change.get())
                                    : generator.generateTasks(ws, s);
                }
            }
        } catch (GeneratorException e) {
            err.println(
                    "specdriven generate: "
                            + e.getMessage()
                            + chosen.endpoint().map(x -> " (" + x + ")").orElse("")
                            + "; nothing was written");
            return ExitCodes.USAGE;
        }
        return report(result, out, err);
    }

    /**
     * Gates that may refuse a generation before the backend is called. None yet: approval gates
     * (design approved before tasks, unless {@code --force}) plug in here.
     *
     * @param kind the artifact
     * @param s the spec
     * @return the refusal message, empty to go on
     */
    Optional<String> gate(ArtifactKind kind, dev.specdriven.spec.Spec s) {
        if (kind == ArtifactKind.TASKS && !force) {
            return WorkflowSupport.tasksGate(s);
        }
        return Optional.empty();
    }

    /** The change from --changed/--baseline; empty for a full generation; null on usage error. */
    private Optional<RequirementsChange> change(dev.specdriven.spec.Spec s, PrintWriter err) {
        if (!changed.isEmpty() && baseline != null) {
            err.println("specdriven generate: use either --changed or --baseline");
            return null;
        }
        if (!changed.isEmpty()) {
            List<CriterionId> ids = new ArrayList<>();
            for (String c : changed) {
                Optional<CriterionId> id = CriterionId.parse(c);
                if (id.isEmpty()) {
                    err.println(
                            "specdriven generate: '" + c + "' is not a criterion id such as 2.3");
                    return null;
                }
                ids.add(id.get());
            }
            return Optional.of(RequirementsChange.of(ids));
        }
        if (baseline != null) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(baseline);
            } catch (IOException e) {
                err.println(
                        "specdriven generate: cannot read "
                                + baseline
                                + ": "
                                + CheckCommand.describe(e));
                return null;
            }
            RequirementsDocument old =
                    SpecParser.create().parseRequirements(baseline.toString(), bytes);
            return Optional.of(RequirementsChange.between(old, s.requirements().orElseThrow()));
        }
        return Optional.empty();
    }

    private int report(GenerationResult r, PrintWriter out, PrintWriter err) {
        if (!dryRun && specName != null) {
            WorkflowSupport.recordGeneration(workspace, specName, r.metrics());
        }
        for (Diagnostic d : r.diagnostics()) {
            err.println(d);
        }
        String summary =
                "backend "
                        + r.backendId()
                        + ", "
                        + r.metrics().backendCalls()
                        + " call(s), "
                        + r.metrics().repairRounds()
                        + " repair round(s), "
                        + r.metrics().latency().toMillis()
                        + " ms"
                        + r.metrics()
                                .tokenUsage()
                                .map(
                                        u ->
                                                ", tokens "
                                                        + u.promptTokens()
                                                        + " prompt + "
                                                        + u.completionTokens()
                                                        + " completion")
                                .orElse("");
        if (!r.isValid()) {
            err.println(
                    "specdriven generate: "
                            + r.path()
                            + " still has "
                            + r.metrics().remainingErrors()
                            + " error(s) after "
                            + r.metrics().repairRounds()
                            + " repair round(s) ("
                            + summary
                            + "); nothing was written");
            if (dryRun) {
                out.print(r.unifiedDiff());
                out.flush();
            }
            return ExitCodes.FINDINGS;
        }
        if (dryRun) {
            String diff = r.unifiedDiff();
            if (diff.isEmpty()) {
                out.println(r.path() + ": no change (" + summary + ")");
            } else {
                out.print(diff);
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (!r.changed()) {
            out.println(r.path() + ": unchanged (" + summary + ")");
            out.flush();
            return ExitCodes.OK;
        }
        if (!force && r.contentLoss().isPresent()) {
            err.println(r.contentLoss().get());
            err.println(
                    "specdriven generate: "
                            + r.path()
                            + " has hand-written content the generated one drops ("
                            + summary
                            + "); nothing was written. See the change with --dry-run, regenerate"
                            + " only what traces to changed criteria with --changed IDS (or"
                            + " --baseline FILE), or replace it with --force");
            return ExitCodes.FINDINGS;
        }
        try {
            r.accept();
        } catch (StaleFileException e) {
            err.println("specdriven generate: " + e.getMessage() + "; nothing was written");
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(
                    "specdriven generate: cannot write "
                            + r.file().map(Path::toString).orElse(r.path())
                            + ": "
                            + CheckCommand.describe(e));
            return ExitCodes.USAGE;
        }
        if (r.kind() == ArtifactKind.TASKS && specName != null) {
            WorkflowSupport.reconcileAfterGeneration(workspace, specName);
        }
        out.println("wrote " + r.path() + " (" + summary + ")");
        out.flush();
        return ExitCodes.OK;
    }
}
