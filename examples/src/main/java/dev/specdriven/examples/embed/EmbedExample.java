package dev.specdriven.examples.embed;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds specdriven in a tool: classifies EARS sentences given on the command line, or summarises a
 * workspace directory.
 *
 * <pre>{@code
 * java dev.specdriven.examples.embed.EmbedExample "When paid, the Order_Service shall send a receipt."
 * java dev.specdriven.examples.embed.EmbedExample examples/workspace
 * }</pre>
 */
public final class EmbedExample {

    // one parser for the whole tool: parsers are immutable and thread-safe
    private static final EarsParser PARSER = EarsParser.create();

    private EmbedExample() {}

    /**
     * Runs the example.
     *
     * @param args sentences, or one workspace directory
     * @throws IOException when the workspace cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 1 && Files.isDirectory(Path.of(args[0]))) {
            summarize(Path.of(args[0])).forEach(System.out::println);
            return;
        }
        for (String sentence : args) {
            System.out.println(describe(sentence));
        }
    }

    /**
     * Classifies one sentence.
     *
     * @param sentence an EARS sentence
     * @return the pattern, system, response, and one line per diagnostic
     */
    public static String describe(String sentence) {
        // @example:parse-sentence:begin
        ParseResult<EarsRequirement> result = PARSER.parse(sentence);
        EarsRequirement requirement = result.value(); // always present, possibly partial
        StringBuilder out = new StringBuilder();
        out.append(requirement.pattern()) // EVENT_DRIVEN, UBIQUITOUS, ..., NOT_EARS
                .append(" system=")
                .append(requirement.systemName().orElse("?"))
                .append(" response=")
                .append(requirement.response().orElse("?"));
        for (Diagnostic d : result.diagnostics()) {
            out.append("\n  ").append(d); // 1:40: warning EARS010 vague term 'appropriate' (...)
        }
        // @example:parse-sentence:end
        return out.toString();
    }

    /**
     * Summarises a workspace: per spec, criteria and task progress, then every problem found.
     *
     * @param directory a directory holding {@code .kiro/specs/}
     * @return the summary lines
     * @throws IOException when the directory cannot be read
     */
    public static List<String> summarize(Path directory) throws IOException {
        List<String> lines = new ArrayList<>();
        // @example:read-workspace:begin
        Workspace workspace = SpecParser.create().read(directory);
        for (Spec spec : workspace.specs()) {
            List<Task> tasks = spec.tasks().map(t -> t.tasks()).orElse(List.of());
            long done = tasks.stream().filter(t -> t.state() == TaskState.DONE).count();
            lines.add(
                    spec.name()
                            + ": "
                            + spec.criteria().size()
                            + " criteria, "
                            + done
                            + "/"
                            + tasks.size()
                            + " tasks done");
        }
        for (Diagnostic d : SpecChecker.create().check(workspace)) {
            lines.add(d.toString()); // .kiro/specs/x/tasks.md:30:27: error SPEC016 ...
        }
        // @example:read-workspace:end
        return lines;
    }
}
