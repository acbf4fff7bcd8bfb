package dev.specdriven.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.ears.Clause;
import dev.specdriven.ears.EarsCode;
import dev.specdriven.ears.EarsParser;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import dev.specdriven.source.Severity;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.spec.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code specdriven ears}: parses one requirement sentence per line. */
@Command(
        name = "ears",
        mixinStandardHelpOptions = true,
        description = {
            "Parses one EARS requirement sentence per input line and prints its pattern, clauses"
                    + " and diagnostics.",
            "Exit code: 0 no ERROR diagnostics, 1 at least one ERROR, 2 usage or I/O error."
        })
final class EarsCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text (for people) or json (JSON Lines, one object per input line).")
    Format format;

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE",
            description = "File of sentences, one per line; '-' or nothing reads standard input.")
    String file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceText input;
        try {
            input = read();
        } catch (IOException e) {
            err.println("specdriven ears: cannot read " + file + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        // a blank line separates sentences in a file; it is reported, but fails nothing
        EarsParser parser =
                EarsParser.builder().severity(EarsCode.EMPTY_SENTENCE, Severity.INFO).build();
        ObjectMapper json = Json.MAPPER;
        boolean errors = false;
        // empty input has no sentence (SourceText counts it as one empty line)
        int lines = input.text().isEmpty() ? 0 : input.lineCount();
        for (int line = 1; line <= lines; line++) {
            ParseResult<EarsRequirement> result =
                    parser.parse(
                            input.line(line), new SourcePosition(line, 1, input.lineStart(line)));
            errors |= result.hasErrors();
            if (format == Format.json) {
                out.println(Json.write(json, toJson(json, result)));
            } else {
                out.println(toText(line, result));
            }
        }
        out.flush();
        return errors ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Reads the input; a BOM is dropped and malformed UTF-8 becomes U+FFFD. */
    private SourceText read() throws IOException {
        if (file == null || file.equals("-")) {
            InputStream in = System.in;
            return SourceText.of(in.readAllBytes());
        }
        return SourceText.of(Files.readAllBytes(Path.of(file)));
    }

    static ObjectNode toJson(ObjectMapper json, ParseResult<EarsRequirement> result) {
        EarsRequirement r = result.value();
        ObjectNode node = json.createObjectNode();
        node.put("text", r.text());
        node.put("pattern", r.pattern().id());
        node.put("system", r.system().orElse(null));
        node.put("response", r.response().orElse(null));
        ArrayNode clauses = node.putArray("clauses");
        for (Clause c : r.clauses()) {
            ObjectNode cn = clauses.addObject();
            cn.put("kind", c.kind().name());
            cn.put("text", c.text());
            cn.set("start", Json.position(json, c.span().start()));
            cn.set("end", Json.position(json, c.span().end()));
        }
        ArrayNode diagnostics = node.putArray("diagnostics");
        for (Diagnostic d : result.diagnostics()) {
            diagnostics.add(Json.diagnostic(json, d));
        }
        return node;
    }

    private static String toText(int lineNumber, ParseResult<EarsRequirement> result) {
        EarsRequirement r = result.value();
        StringBuilder sb = new StringBuilder();
        sb.append(lineNumber).append(": ").append(r.pattern().id());
        for (Clause c : r.clauses()) {
            sb.append("  [").append(c.kind().name()).append(": ").append(c.text()).append(']');
        }
        for (Diagnostic d : result.diagnostics()) {
            sb.append(System.lineSeparator())
                    .append("    ")
                    .append(
                            d.severity() == Severity.ERROR
                                    ? "error "
                                    : d.severity() == Severity.WARNING ? "warning " : "info ")
                    .append(d.code())
                    .append(' ')
                    .append(d.line())
                    .append(':')
                    .append(d.column())
                    .append(' ')
                    .append(d.message());
            if (!d.fix().isEmpty()) {
                sb.append(" Fix: ").append(d.fix());
            }
        }
        return sb.toString();
    }
}
