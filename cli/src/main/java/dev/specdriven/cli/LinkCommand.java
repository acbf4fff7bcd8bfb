package dev.specdriven.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecFiles;
import dev.specdriven.spec.StaleFileException;
import dev.specdriven.spec.TextEdit;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.InferredLink;
import dev.specdriven.trace.InferredLinks;
import dev.specdriven.workflow.SpecWorkflow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specdriven link}: inferred task links, and accepting them into tasks.md. */
@Command(
        name = "link",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the links inferred from shared identifiers (Type.method() calls, HTTP routes,"
                    + " table names, rare words weighted by IDF) from each task to criteria"
                    + " (IMPLEMENTS) and design sections (CITES), with scores; they are never mixed"
                    + " with explicit references. --accept-inferred adds, for each task without"
                    + " references, a '- _Requirements: <best>_' detail line under the task (only"
                    + " those bytes are added; atomic write).",
            "Exit code: 0 success, 2 usage or I/O error."
        })
final class LinkCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Option(names = "--spec", paramLabel = "NAME", description = "Only this spec.")
    String only;

    @Option(
            names = "--accept-inferred",
            description =
                    "Write the best inferred requirement link of each unreferenced task into tasks.md.")
    boolean accept;

    @Option(
            names = "--min-score",
            paramLabel = "SCORE",
            description = "Minimal score of accepted links (default: inferredMinScore, 0.1).")
    Double minScore;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = WorkflowSupport.read("link", workspace, err);
        if (ws == null) {
            return ExitCodes.USAGE;
        }
        SpecWorkflow flow = WorkflowSupport.workflow(workspace, err, new ArrayList<>());
        double min = minScore != null ? minScore : flow.config().inferredMinScore();
        if (min < 0 || min > 1) {
            err.println("specdriven link: --min-score must be in [0, 1]");
            return ExitCodes.USAGE;
        }
        List<Spec> specs = ws.specs();
        if (only != null) {
            Optional<Spec> s = WorkflowSupport.spec("link", ws, only, err);
            if (s.isEmpty()) {
                return ExitCodes.USAGE;
            }
            specs = List.of(s.get());
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        ArrayNode arr = root.putArray("links");
        ObjectNode accepted = root.putObject("accepted");
        StringBuilder text = new StringBuilder();
        for (Spec s : specs) {
            InferredLinks links = InferredLinks.infer(s);
            for (InferredLink l : links.links()) {
                ObjectNode n = arr.addObject();
                n.put("spec", s.name());
                n.put("task", l.source().local());
                n.put("target", l.target().toString());
                n.put("kind", l.kind().name());
                n.put("origin", "INFERRED");
                n.put("score", l.score());
                ArrayNode shared = n.putArray("shared");
                l.sharedTokens().forEach(shared::add);
                text.append(
                        String.format(
                                java.util.Locale.ROOT,
                                "%s task %-6s -%s(%.3f, inferred)-> %s  [%s]%n",
                                s.name(),
                                l.source().local(),
                                l.kind(),
                                l.score(),
                                l.target().local(),
                                String.join(", ", l.sharedTokens())));
            }
            if (accept && s.tasks().isPresent()) {
                List<TextEdit> edits = links.acceptEdits(s, min);
                if (!edits.isEmpty()) {
                    SourceText src = s.tasks().get().source();
                    try {
                        SpecFiles.writeAtomically(
                                s.directory().resolve("tasks.md"), src.sha256(), src.apply(edits));
                    } catch (StaleFileException e) {
                        err.println("specdriven link: " + e.getMessage() + "; nothing was written");
                        return ExitCodes.USAGE;
                    } catch (IOException e) {
                        err.println(
                                "specdriven link: cannot write tasks.md: "
                                        + CheckCommand.describe(e));
                        return ExitCodes.USAGE;
                    }
                }
                accepted.put(s.name(), edits.size());
                text.append(s.name())
                        .append(": accepted ")
                        .append(edits.size())
                        .append(" inferred link(s) into tasks.md\n");
            }
        }
        if (format == Format.json) {
            out.println(Json.write(Json.MAPPER, root));
        } else {
            out.print(text);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
