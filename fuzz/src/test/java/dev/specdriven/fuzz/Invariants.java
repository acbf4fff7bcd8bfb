package dev.specdriven.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.SpecConfig;
import dev.specdriven.spec.SpecDocument;
import java.util.Arrays;
import java.util.List;

/** The properties every fuzz and mutation test asserts about a parse result. */
final class Invariants {

    /** Codes that mean a component caught one of its own bugs. */
    static final List<String> INTERNAL_ERROR_CODES = List.of("SPEC026", "EARS099");

    private Invariants() {}

    /**
     * A parsed document: the source is the input, byte for byte, and every diagnostic has a valid
     * position inside the text with line and column agreeing with the offset.
     */
    static void document(SpecDocument doc, byte[] input, String context) {
        assertThat(doc.source().bytes())
                .as("round trip of the source bytes, %s", context)
                .isEqualTo(input);
        diagnostics(doc.diagnostics(), doc.source(), context);
    }

    static void config(SpecConfig config, byte[] input, String context) {
        assertThat(config.source().bytes()).as("round trip, %s", context).isEqualTo(input);
        diagnostics(config.diagnostics(), config.source(), context);
    }

    static void diagnostics(List<Diagnostic> diagnostics, SourceText src, String context) {
        for (Diagnostic d : diagnostics) {
            span(d.span(), src, d + " (" + context + ")");
            assertThat(d.code()).as("code of %s (%s)", d, context).isNotBlank();
            assertThat(d.message()).as("message of %s (%s)", d, context).isNotBlank();
            assertThat(INTERNAL_ERROR_CODES)
                    .as("internal error reported: %s (%s)", d, context)
                    .doesNotContain(d.code());
        }
    }

    /** A span of a file: inside the text, ordered, line and column consistent with the offset. */
    static void span(SourceSpan span, SourceText src, String context) {
        int length = src.text().length();
        position(span.start(), src, context);
        position(span.end(), src, context);
        assertThat(span.start().offset())
                .as("start <= end: %s", context)
                .isLessThanOrEqualTo(span.end().offset());
        assertThat(span.end().offset())
                .as("end inside the text: %s", context)
                .isLessThanOrEqualTo(length);
    }

    private static void position(SourcePosition p, SourceText src, String context) {
        assertThat(p.line()).as("line >= 1: %s", context).isGreaterThanOrEqualTo(1);
        assertThat(p.column()).as("column >= 1: %s", context).isGreaterThanOrEqualTo(1);
        assertThat(p.offset())
                .as("offset %d inside 0..%d: %s", p.offset(), src.text().length(), context)
                .isBetween(0, src.text().length());
        SourcePosition expected = src.position(p.offset());
        assertThat(p.line())
                .as("line agrees with offset %d: %s", p.offset(), context)
                .isEqualTo(expected.line());
        assertThat(p.column())
                .as("column agrees with offset %d: %s", p.offset(), context)
                .isEqualTo(expected.column());
    }

    /** An EARS parse of a sentence that starts at 1:1. */
    static void ears(ParseResult<EarsRequirement> r, String sentence, String context) {
        SourceText src = SourceText.of(sentence);
        assertThat(r.value().text()).as("text kept, %s", context).isEqualTo(sentence);
        span(r.value().span(), src, "requirement span, " + context);
        for (var clause : r.value().clauses()) {
            span(clause.span(), src, "clause " + clause + ", " + context);
        }
        diagnostics(r.diagnostics(), src, context);
    }

    /**
     * Sets one task (chosen by {@code pick}) to another state: exactly that task changes state, the
     * task list keeps its size, and putting the old marker back restores the input bytes.
     */
    static void taskEdit(
            dev.specdriven.spec.SpecParser parser,
            dev.specdriven.spec.TasksDocument doc,
            byte[] data,
            long pick,
            String context) {
        List<dev.specdriven.spec.Task> tasks = doc.tasks();
        if (tasks.isEmpty() || !doc.source().isValidUtf8()) {
            return;
        }
        int i = (int) Math.floorMod(pick, (long) tasks.size());
        dev.specdriven.spec.Task task = tasks.get(i);
        dev.specdriven.spec.TaskState target =
                task.state() == dev.specdriven.spec.TaskState.DONE
                        ? dev.specdriven.spec.TaskState.NOT_STARTED
                        : dev.specdriven.spec.TaskState.DONE;
        SourceText edited = doc.source().apply(doc.stateEdit(task, target).stream().toList());
        dev.specdriven.spec.TasksDocument after = parser.parseTasks(doc.path(), edited.bytes());
        String what = "edit of task #" + i + " " + task.id() + ", " + context;
        assertThat(after.tasks()).as("task count after %s", what).hasSameSizeAs(tasks);
        dev.specdriven.spec.Task changed = after.tasks().get(i);
        assertThat(changed.state()).as("new state after %s", what).isEqualTo(target);
        SourceText undone =
                edited.apply(
                        List.of(
                                new dev.specdriven.spec.TextEdit(
                                        changed.stateSpan(), task.marker())));
        assertThat(undone.bytes()).as("undo of %s", what).isEqualTo(data);
    }

    /** A short printable description of an input for assertion messages. */
    static String describe(byte[] input) {
        byte[] head = Arrays.copyOf(input, Math.min(input.length, 80));
        return input.length + " bytes starting " + Arrays.toString(head);
    }
}
