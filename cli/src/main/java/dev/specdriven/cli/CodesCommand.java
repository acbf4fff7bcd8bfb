package dev.specdriven.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.ears.EarsCode;
import dev.specdriven.generate.GenCode;
import dev.specdriven.source.DiagnosticCode;
import dev.specdriven.spec.SpecCode;
import dev.specdriven.trace.TraceCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code specdriven codes}: lists every diagnostic code with its default severity, meaning and fix.
 * {@code docs/diagnostics.md} is this command's Markdown output; a test keeps the two equal.
 */
@Command(
        name = "codes",
        mixinStandardHelpOptions = true,
        description = "Lists every diagnostic code with its default severity, meaning and fix.")
final class CodesCommand implements Callable<Integer> {

    /** One family of codes: a heading and the enum that defines them. */
    record Family(String heading, String module, List<? extends DiagnosticCode> codes) {}

    /** Every family, in the order the pipeline meets them. */
    static List<Family> families() {
        return List.of(
                new Family(
                        "EARS: requirement sentences", "ears-parser", List.of(EarsCode.values())),
                new Family(
                        "SPEC: spec folders and documents",
                        "spec-model",
                        List.of(SpecCode.values())),
                new Family(
                        "TRACE: traceability, evidence and drift",
                        "traceability",
                        List.of(TraceCode.values())),
                new Family(
                        "GEN: generation of design, tasks and requirements",
                        "generation",
                        List.of(GenCode.values())),
                new Family(
                        "FLOW: workflow gates, drift and staleness",
                        "workflow",
                        List.of(dev.specdriven.workflow.FlowCode.values())));
    }

    enum Format {
        text,
        json,
        markdown
    }

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case markdown -> out.print(markdown());
            case json -> out.println(Json.write(Json.MAPPER, json()));
            case text -> {
                for (Family f : families()) {
                    for (DiagnosticCode c : f.codes()) {
                        out.printf(
                                "%s %-7s %s. Fix: %s%n",
                                c.code(), c.defaultSeverity(), c.title(), c.fix());
                    }
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static ObjectNode json() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        ArrayNode codes = root.putArray("codes");
        for (Family f : families()) {
            for (DiagnosticCode c : f.codes()) {
                ObjectNode n = codes.addObject();
                n.put("code", c.code());
                n.put("module", f.module());
                n.put("severity", c.defaultSeverity().name());
                n.put("title", c.title());
                n.put("fix", c.fix());
            }
        }
        return root;
    }

    /**
     * The content of {@code docs/diagnostics.md}.
     *
     * @return Markdown text with {@code \n} line breaks
     */
    static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Diagnostic codes\n\n")
                .append("Every diagnostic specdriven reports has a stable code. Match on the code,")
                .append(" never on the message.\n")
                .append("Severities are defaults; the EARS lint codes can be disabled or")
                .append(" re-graded in `EarsParser.builder()`.\n\n")
                .append("This file is the output of `./specdriven codes --format markdown`;")
                .append(" a test fails when the two differ.\n");
        for (Family f : families()) {
            sb.append("\n## ")
                    .append(f.heading())
                    .append(" (`")
                    .append(f.module())
                    .append("`)\n\n")
                    .append("| Code | Severity | Meaning | Fix |\n")
                    .append("|------|----------|---------|-----|\n");
            for (DiagnosticCode c : f.codes()) {
                sb.append("| ")
                        .append(c.code())
                        .append(" | ")
                        .append(c.defaultSeverity().name())
                        .append(" | ")
                        .append(cell(c.title()))
                        .append(" | ")
                        .append(cell(c.fix()))
                        .append(" |\n");
            }
        }
        sb.append("\n## Retired codes\n\n")
                .append("A retired code is no longer reported and is never reused for another")
                .append(" problem.\n\n")
                .append("| Code | Meaning and replacement |\n")
                .append("|------|-------------------------|\n");
        TraceCode.retired()
                .forEach(
                        (code, note) ->
                                sb.append("| ")
                                        .append(code)
                                        .append(" | ")
                                        .append(cell(note))
                                        .append(" |\n"));
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
