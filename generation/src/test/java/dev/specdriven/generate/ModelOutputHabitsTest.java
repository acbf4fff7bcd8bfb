package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.generate.PromptMessage.Role;
import dev.specdriven.generate.internal.ReplyCleaner;
import dev.specdriven.spec.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What chat models put around a document (a code fence, "Here is the design:", "Let me know…") is
 * stripped by the library before validation; the repair prompt names what was wrong.
 */
class ModelOutputHabitsTest {

    private static final BuiltinBackend BUILTIN = new BuiltinBackend();

    private static String designWithout22(GenerationRequest r) {
        return BUILTIN.complete(r)
                .replace("_Requirements: 2.1, 2.2, 2.3_", "_Requirements: 2.1, 2.3_")
                .replace("**Validates: Requirements 2.2**", "**Validates: Requirements 2.1**")
                .replace("_Requirements: 1.2, 2.2_", "_Requirements: 1.2_");
    }

    private static String chatty(String doc) {
        return "Here is the design:\n\n```markdown\n"
                + doc
                + "```\n\nLet me know if you would like any changes!\n";
    }

    @Test
    void a_fenced_answer_with_preamble_and_chatter_is_accepted_as_the_bare_document(
            @TempDir Path tmp) {
        Path ws = Fixtures.smallWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "password-reset");
        ScriptedBackend backend =
                ScriptedBackend.builder().reply(r -> chatty(BUILTIN.complete(r))).build();

        GenerationResult r =
                SpecGenerator.builder()
                        .backend(backend)
                        .build()
                        .generateDesign(Fixtures.read(ws), spec);

        assertThat(r.isValid()).as("%s", r.diagnostics()).isTrue();
        assertThat(r.metrics().backendCalls()).isEqualTo(1);
        String bare = BUILTIN.complete(backend.requests().get(0));
        assertThat(r.content().text()).isEqualTo(bare);
        assertThat(r.rawOutput()).startsWith("Here is the design:");
    }

    @Test
    void the_repair_prompt_names_the_missing_criteria_and_quotes_the_cleaned_answer(
            @TempDir Path tmp) {
        Path ws = Fixtures.smallWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "password-reset");
        ScriptedBackend backend =
                ScriptedBackend.builder()
                        .reply(r -> chatty(designWithout22(r)))
                        .reply(r -> chatty(BUILTIN.complete(r)))
                        .build();

        GenerationResult r =
                SpecGenerator.builder()
                        .backend(backend)
                        .build()
                        .generateDesign(Fixtures.read(ws), spec);

        assertThat(r.isValid()).isTrue();
        assertThat(r.metrics().repairRounds()).isEqualTo(1);
        Prompt first = backend.requests().get(0).prompt();
        Prompt repair = backend.requests().get(1).prompt();
        assertThat(first.roles()).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(repair.roles())
                .containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT, Role.USER);
        // the system message holds the contract and the rules, the user message the context
        assertThat(first.text(Role.SYSTEM))
                .contains("## Output contract")
                .contains("no code fence around it")
                .doesNotContain("WHEN a user submits a registered e-mail address");
        assertThat(first.text(Role.USER))
                .contains("- 1.1 [EVENT_DRIVEN] WHEN a user submits a registered e-mail address")
                .doesNotContain("## Output contract");
        // the previous answer comes back without its fence and chatter
        String previous = repair.messages().get(2).text();
        assertThat(previous).startsWith("# Design Document:").doesNotContain("```markdown");
        assertThat(previous).doesNotContain("Let me know");
        // and the repair message says what is wrong in words and in diagnostics
        String ask = repair.messages().get(3).text();
        assertThat(ask)
                .contains("The design does not reference criterion 2.2.")
                .contains("error GEN003 criterion 2.2: criterion 2.2 is not referenced");
    }

    @Test
    void a_chatty_preamble_does_not_change_what_blocks(@TempDir Path tmp) throws Exception {
        // GIVEN a design on disk that misses 2.2, and a model that misses it too, chattily
        Path ws = Fixtures.smallWorkspace(tmp);
        Path design = ws.resolve(".kiro/specs/password-reset/design.md");
        ScriptedBackend first = ScriptedBackend.builder().reply(r -> designWithout22(r)).build();
        Files.writeString(
                design,
                first.complete(
                        new GenerationRequest(
                                SpecGenerator.builder()
                                        .backend(BUILTIN)
                                        .build()
                                        .generateDesign(
                                                Fixtures.read(ws),
                                                Fixtures.spec(ws, "password-reset"))
                                        .context(),
                                Prompt.ofText("x"),
                                0,
                                java.util.Optional.empty(),
                                List.of())));
        for (boolean withPreamble : new boolean[] {false, true}) {
            ScriptedBackend model =
                    ScriptedBackend.builder()
                            .reply(
                                    r ->
                                            withPreamble
                                                    ? chatty(designWithout22(r))
                                                    : designWithout22(r))
                            .build();
            GenerationResult r =
                    SpecGenerator.builder()
                            .backend(model)
                            .maxRepairs(1)
                            .build()
                            .generateDesign(Fixtures.read(ws), Fixtures.spec(ws, "password-reset"));
            // THEN the gap blocks whatever the old design missed and however the answer looks
            assertThat(r.isValid()).as("preamble %s", withPreamble).isFalse();
            assertThat(r.diagnostics())
                    .anyMatch(d -> d.code().equals("GEN003") && d.message().contains("2.2"));
            assertThat(r.preexistingDiagnostics()).noneMatch(d -> d.code().equals("GEN003"));
            assertThat(model.requests()).hasSize(2);
        }
    }

    @Test
    void answers_without_habits_are_unchanged_byte_for_byte() {
        String doc =
                "# Design Document: X\n\n## Overview\n\nText.\n\n```mermaid\ngraph TD\n```\n\n"
                        + "## Testing Strategy\n\nLet the tests run on CI.\n";
        assertThat(ReplyCleaner.clean(ArtifactKind.DESIGN, doc)).isSameAs(doc);
        String crlf = "# Implementation Plan\r\n\r\n- [ ] 1. Do it\r\n  - _Requirements: 1.1_\r\n";
        assertThat(ReplyCleaner.clean(ArtifactKind.TASKS, crlf)).isSameAs(crlf);
    }

    @Test
    void a_document_ending_with_its_own_code_block_is_not_unwrapped() {
        String doc = "```\nnot a wrapper\n```\n# Design\n\n## A\n\n```java\nclass A {}\n```\n";
        assertThat(ReplyCleaner.clean(ArtifactKind.DESIGN, doc)).isEqualTo(doc);
        String bare = "chatter only, no document at all";
        assertThat(ReplyCleaner.clean(ArtifactKind.DESIGN, bare)).isEqualTo(bare);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "```markdown\n%s```\n",
                "```md\n%s```",
                "~~~\n%s~~~\n",
                "Sure! Here is the updated tasks.md:\n\n%s",
                "Here is the task list:\n```\n%s```\nI hope this helps.\n",
                "%s\n---\n\nLet me know if you want the tasks split further.\n",
                "%s\nFeel free to ask for changes.\n\nWould you like me to add tests?\n",
                "````markdown\n%s````\n\nThis plan now covers every criterion.\n",
            })
    void wrappers_around_a_task_list_are_stripped(String wrapper) {
        String doc =
                "# Implementation Plan: X\n\n- [ ] 1. Set up\n  - _Requirements: 1.1_\n\n"
                        + "- [ ] 2. Build\n  ```java\n  class A {}\n  ```\n  - _Requirements: 1.2_\n";
        String cleaned = ReplyCleaner.clean(ArtifactKind.TASKS, String.format(wrapper, doc));
        assertThat(cleaned).isEqualTo(doc);
    }

    @Test
    void seeded_random_wrappings_of_generated_documents_come_back_exactly() {
        String[] before = {"", "Here is the design:\n", "Sure.\n\n", "Below is design.md.\n\n"};
        String[] fenceOpen = {"", "```markdown\n", "```\n", "~~~md\n"};
        String[] after = {
            "",
            "\nLet me know if anything should change.\n",
            "\n---\nI hope this helps!\n",
            "\nIf you would like, I can add diagrams.\n\nShall I continue with tasks?\n"
        };
        String doc =
                "# Design Document: X\n\n## Overview\n\nWhy.\n\n## Components and Interfaces\n\n"
                        + "### A\n\n```mermaid\ngraph TD\n  a-->b\n```\n\n_Requirements: 1.1_\n";
        for (long seed = 1; seed <= 200; seed++) {
            Random rnd = new Random(seed);
            int f = rnd.nextInt(fenceOpen.length);
            String open = fenceOpen[f];
            String close = open.isEmpty() ? "" : open.startsWith("~") ? "~~~\n" : "```\n";
            String text =
                    before[rnd.nextInt(before.length)]
                            + open
                            + doc
                            + close
                            + after[rnd.nextInt(after.length)];
            assertThat(ReplyCleaner.clean(ArtifactKind.DESIGN, text))
                    .as("seed %d: %s", seed, text)
                    .isEqualTo(doc);
        }
    }

    @Test
    void token_usage_is_summed_over_the_calls_of_a_run(@TempDir Path tmp) {
        Path ws = Fixtures.smallWorkspace(tmp);
        ScriptedBackend inner =
                ScriptedBackend.builder()
                        .reply(ModelOutputHabitsTest::designWithout22)
                        .reply(BUILTIN::complete)
                        .build();
        dev.specdriven.generate.spi.ModelBackend counting =
                new dev.specdriven.generate.spi.ModelBackend() {
                    @Override
                    public String id() {
                        return "counting";
                    }

                    @Override
                    public String complete(GenerationRequest request) throws Exception {
                        return inner.complete(request);
                    }

                    @Override
                    public ModelReply reply(GenerationRequest request) throws Exception {
                        return ModelReply.of(
                                complete(request),
                                new TokenUsage(1000 + request.round(), 200 + request.round()));
                    }
                };
        GenerationResult r =
                SpecGenerator.builder()
                        .backend(counting)
                        .build()
                        .generateDesign(Fixtures.read(ws), Fixtures.spec(ws, "password-reset"));
        assertThat(r.metrics().backendCalls()).isEqualTo(2);
        assertThat(r.metrics().tokenUsage()).contains(new TokenUsage(2001, 401));
        GenerationResult none =
                SpecGenerator.builder()
                        .backend(BUILTIN)
                        .build()
                        .generateDesign(Fixtures.read(ws), Fixtures.spec(ws, "password-reset"));
        assertThat(none.metrics().tokenUsage()).isEmpty();
    }
}
