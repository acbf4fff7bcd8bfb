package dev.specdriven.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.DocumentKind;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecCode;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Huge and deep inputs: 1 MB single lines, 10,000-deep nesting, 100,000 tasks, files over the size
 * limit. Each parse is bounded by a generous hang guard (not a speed target) and must return
 * diagnostics instead of throwing.
 */
class LargeInputTest {

    /**
     * Hang guard: far above the expected time (well under a second per parse on an idle core), only
     * there to turn a hang into a failure even on a heavily shared build machine.
     */
    static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static final SpecParser PARSER = SpecParser.create();

    private static List<String> codes(SpecDocument doc) {
        return doc.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void oneMegabyteLineIsReportedAsTooLongByDefault() {
        byte[] input =
                ("# Requirements\n\n" + "x".repeat(1 << 20) + "\n")
                        .getBytes(StandardCharsets.UTF_8);
        RequirementsDocument doc =
                assertTimeoutPreemptively(
                        HANG_GUARD, () -> PARSER.parseRequirements("r.md", input));
        Invariants.document(doc, input, "1 MB line");
        assertThat(codes(doc)).contains(SpecCode.LINE_TOO_LONG.code());
        Diagnostic d =
                doc.diagnostics().stream()
                        .filter(x -> x.code().equals(SpecCode.LINE_TOO_LONG.code()))
                        .findFirst()
                        .orElseThrow();
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.message())
                .contains("1048576")
                .contains(String.valueOf(SpecParser.DEFAULT_MAX_LINE_LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", " ", "- ", "`", "WHEN a THEN the S SHALL b "})
    void oneMegabyteLinesParseWithoutHangWhenTheLimitIsRaised(String unit) {
        linesParseWithoutHang(unit, 1 << 20, SpecParser.builder().maxLineLength(2 << 20).build());
    }

    /**
     * commonmark's inline parser is superlinear on long runs of delimiters, brackets and angle
     * brackets (1 MB of them takes minutes, 100,000 about two seconds on an idle core); the default
     * line limit keeps such lines bounded. Half the limit keeps the test fast on a loaded machine.
     */
    @ParameterizedTest
    @ValueSource(strings = {"*", "[", "<"})
    void delimiterRunsUpToTheDefaultLineLimitParseWithoutHang(String unit) {
        linesParseWithoutHang(unit, SpecParser.DEFAULT_MAX_LINE_LENGTH / 2, PARSER);
    }

    private static void linesParseWithoutHang(String unit, int length, SpecParser parser) {
        String line = unit.repeat(length / unit.length());
        Map<DocumentKind, String> texts =
                Map.of(
                        DocumentKind.DESIGN, "# " + line + "\n\n" + line,
                        DocumentKind.REQUIREMENTS,
                                "## Requirement 1\n\n#### Acceptance Criteria\n\n1. " + line + "\n",
                        DocumentKind.TASKS,
                                "- [ ] 1. " + line + "\n  - _Requirements: " + line + "_\n");
        texts.forEach(
                (kind, text) -> {
                    byte[] input = text.getBytes(StandardCharsets.UTF_8);
                    String context = kind + ", " + length + " x '" + unit + "'";
                    SpecDocument doc =
                            assertTimeoutPreemptively(
                                    HANG_GUARD, () -> parser.parse(kind, "f.md", input), context);
                    Invariants.document(doc, input, context);
                    if (length <= parser.maxLineLength()) {
                        assertThat(codes(doc))
                                .as(context)
                                .doesNotContain(SpecCode.LINE_TOO_LONG.code());
                    }
                });
    }

    @Test
    void oneMegabyteSentenceIsNotParsedByEars() {
        String sentence = "WHEN x THEN the S SHALL " + "y ".repeat(1 << 19);
        var r = assertTimeoutPreemptively(HANG_GUARD, () -> EarsParser.create().parse(sentence));
        Invariants.ears(r, sentence, "1 MB sentence");
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code)
                .contains(dev.specdriven.ears.EarsCode.SENTENCE_TOO_LONG.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"> ", "1. ", "> 1. ", "- > ", "* > "})
    void tenThousandDeepNestingIsCutAtTheLimit(String unit) {
        String deep = "# Tasks\n\n" + unit.repeat(10_000) + "- [ ] 1. deep task\n";
        byte[] input = deep.getBytes(StandardCharsets.UTF_8);
        TasksDocument doc =
                assertTimeoutPreemptively(HANG_GUARD, () -> PARSER.parseTasks("t.md", input));
        Invariants.document(doc, input, "10,000 x '" + unit + "'");
        assertThat(codes(doc)).contains(SpecCode.NESTING_TOO_DEEP.code());
        RequirementsDocument req =
                assertTimeoutPreemptively(
                        HANG_GUARD, () -> PARSER.parseRequirements("r.md", input));
        Invariants.document(req, input, "10,000 x '" + unit + "' as requirements");
    }

    @Test
    void tenThousandDeepIndentedListParses() {
        StringBuilder sb = new StringBuilder("# Tasks\n\n");
        // indentation grows by 2 per level; 1,000 lines keep the file at 1 MB, the '>' prefix adds
        // depth
        for (int i = 0; i < 1000; i++) {
            sb.append("  ".repeat(i)).append("- [ ] ").append(i + 1).append(". t\n");
        }
        sb.append("> ".repeat(9_000)).append("- [x] 1001. last\n");
        byte[] input = sb.toString().getBytes(StandardCharsets.UTF_8);
        TasksDocument doc =
                assertTimeoutPreemptively(HANG_GUARD, () -> PARSER.parseTasks("t.md", input));
        Invariants.document(doc, input, "deep indented list");
        assertThat(codes(doc)).contains(SpecCode.NESTING_TOO_DEEP.code());
        // a list and its item are two levels: about half the limit of task levels opens
        assertThat(doc.tasks())
                .hasSizeBetween(
                        SpecParser.DEFAULT_MAX_NESTING / 2 - 2,
                        SpecParser.DEFAULT_MAX_NESTING / 2 + 2);
    }

    @Test
    void longWhitespaceRunsInReferenceLinesStayLinear() {
        String spaces = " ".repeat(90_000);
        for (String text :
                List.of(
                        "- [ ] 1. t\n  _Requirements:" + spaces + "1.1" + spaces + "_\n",
                        "- [ ] 1. t\n" + spaces + "x\n" + spaces + "_Requirements_" + spaces + "\n",
                        "- [ ] 1. t\n  Property 1" + spaces + ":" + spaces + "x" + spaces + "\n",
                        "- [ ] 1. t\n  _Properties:" + spaces + "1" + spaces + "_\n",
                        "**Validates: Requirements" + spaces + "1.1" + spaces + "**\n",
                        "# " + "*".repeat(90_000) + "\n",
                        "# a" + spaces + "b" + spaces + "\n",
                        "# a" + spaces + "#" + spaces + "#\n",
                        "## " + "__".repeat(45_000) + " x\n")) {
            byte[] input = text.getBytes(StandardCharsets.UTF_8);
            String context = text.strip().substring(0, 12) + "... with 90,000-character runs";
            Invariants.document(
                    assertTimeoutPreemptively(
                            HANG_GUARD, () -> PARSER.parseTasks("t.md", input), context),
                    input,
                    context);
            Invariants.document(
                    assertTimeoutPreemptively(
                            HANG_GUARD, () -> PARSER.parseDesign("d.md", input), context),
                    input,
                    context);
            Invariants.document(
                    assertTimeoutPreemptively(
                            HANG_GUARD, () -> PARSER.parseRequirements("r.md", input), context),
                    input,
                    context);
        }
    }

    @Test
    void maxNestingIsConfigurable() {
        byte[] input = "- a\n  - b\n    - c\n      - d\n".getBytes(StandardCharsets.UTF_8);
        SpecParser two = SpecParser.builder().maxNesting(2).build();
        assertThat(codes(two.parseDesign("d.md", input)))
                .contains(SpecCode.NESTING_TOO_DEEP.code());
        assertThat(codes(PARSER.parseDesign("d.md", input)))
                .doesNotContain(SpecCode.NESTING_TOO_DEEP.code());
    }

    @Test
    void hundredThousandTasksInOneFile() {
        StringBuilder sb = new StringBuilder("# Implementation Plan\n\n");
        for (int i = 1; i <= 100_000; i++) {
            sb.append("- [")
                    .append(i % 3 == 0 ? 'x' : ' ')
                    .append("] ")
                    .append(i)
                    .append(". Task ")
                    .append(i)
                    .append('\n');
            if (i % 10 == 0) {
                sb.append("  - _Requirements: 1.1, 2.").append(i % 7).append("_\n");
            }
        }
        byte[] input = sb.toString().getBytes(StandardCharsets.UTF_8);
        TasksDocument doc =
                assertTimeoutPreemptively(
                        Duration.ofSeconds(30), () -> PARSER.parseTasks("tasks.md", input));
        Invariants.document(doc, input, "100,000 tasks");
        assertThat(doc.tasks()).hasSize(100_000);
        assertThat(doc.task("99999").orElseThrow().state()).isEqualTo(TaskState.DONE);
        // an edit of the last task changes exactly one byte
        byte[] edited = doc.withTaskState("100000", TaskState.DONE).bytes();
        int diff = 0;
        for (int i = 0; i < input.length; i++) {
            diff += input[i] != edited[i] ? 1 : 0;
        }
        assertThat(edited).hasSameSizeAs(input);
        assertThat(diff).isEqualTo(1);
    }

    @Test
    void fileOverTheSizeLimitIsReportedNotParsed() {
        SpecParser small = SpecParser.builder().maxFileSize(1000).build();
        byte[] input =
                ("# Tasks\n\n" + "- [ ] 1. t\n".repeat(200)).getBytes(StandardCharsets.UTF_8);
        TasksDocument doc = small.parseTasks("tasks.md", input);
        Invariants.document(doc, input, "over size limit");
        assertThat(codes(doc)).contains(SpecCode.FILE_TOO_LARGE.code());
        assertThat(doc.tasks()).isEmpty();
        assertThat(small.maxFileSize()).isEqualTo(1000);
        assertThat(PARSER.maxFileSize()).isEqualTo(SpecParser.DEFAULT_MAX_FILE_SIZE);
    }

    @Test
    void workspaceReadSkipsFilesOverTheSizeLimitWithoutLoadingThem(@TempDir Path dir)
            throws IOException {
        Path spec = Files.createDirectories(dir.resolve(".kiro/specs/big"));
        Files.writeString(
                spec.resolve("requirements.md"), "# Requirements\n\n### Requirement 1: A\n");
        Files.writeString(spec.resolve("tasks.md"), "# Tasks\n\n" + "- [ ] 1. t\n".repeat(500));
        SpecParser small = SpecParser.builder().maxFileSize(2000).build();
        Spec read = small.read(dir).specs().get(0);
        assertThat(read.tasks()).isEmpty();
        assertThat(read.requirements()).isPresent();
        assertThat(read.diagnostics())
                .anySatisfy(
                        d -> {
                            assertThat(d.code()).isEqualTo(SpecCode.FILE_TOO_LARGE.code());
                            assertThat(d.file()).contains(".kiro/specs/big/tasks.md");
                        });
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> SpecParser.builder().maxFileSize(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpecParser.builder().maxLineLength(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpecParser.builder().maxNesting(-1))
                .isInstanceOf(IllegalArgumentException.class);
        SpecParser p = SpecParser.builder().maxLineLength(10).maxNesting(3).build();
        assertThat(p.maxLineLength()).isEqualTo(10);
        assertThat(p.maxNesting()).isEqualTo(3);
    }
}
