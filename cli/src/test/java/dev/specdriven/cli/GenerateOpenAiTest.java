package dev.specdriven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.cli.OpenAiCompatibleServer.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --backend openai} end to end against a local OpenAI-compatible server: a fenced
 * first answer that misses a criterion, the repaired second answer, approval, then tasks.
 */
class GenerateOpenAiTest {

    static final String KEY = "sk-test-7Hq2-NEVER-PRINT-ME";

    static final String REQUIREMENTS =
            "# Requirements Document: Password Reset\n\n"
                    + "## Introduction\n\nUsers reset a forgotten password by e-mail.\n\n"
                    + "## Glossary\n\n"
                    + "- **Reset_Service**: the component that issues and checks reset links.\n\n"
                    + "## Requirements\n\n"
                    + "### Requirement 1: Request a reset\n\n"
                    + "**User Story:** As a user, I want a reset link, so that I can log in"
                    + " again.\n\n"
                    + "#### Acceptance Criteria\n\n"
                    + "1. WHEN a user submits a registered e-mail address, THE Reset_Service SHALL"
                    + " send a reset link within 60 seconds.\n"
                    + "2. IF the e-mail address is unknown, THEN THE Reset_Service SHALL answer"
                    + " exactly as for a registered address.\n";

    static final String DESIGN_WITHOUT_12 =
            "# Design Document: Password Reset\n\n"
                    + "## Overview\n\nReset links are sent by e-mail.\n\n"
                    + "## Architecture\n\nOne Reset_Service behind the login page.\n\n"
                    + "## Components and Interfaces\n\n### Reset_Service\n\n"
                    + "`POST /reset` sends a link.\n\n_Requirements: 1.1_\n\n"
                    + "## Data Models\n\nA reset token table.\n\n"
                    + "## Correctness Properties\n\n### Property 1: Links are sent\n\n"
                    + "*For any* registered address, a link is sent within 60 seconds.\n\n"
                    + "**Validates: Requirements 1.1**\n\n"
                    + "## Error Handling\n\nMail failures are retried.\n\n"
                    + "## Testing Strategy\n\nUnit and property tests.\n";

    static final String DESIGN =
            DESIGN_WITHOUT_12
                    .replace("_Requirements: 1.1_", "_Requirements: 1.1, 1.2_")
                    .replace(
                            "## Error Handling\n\nMail failures are retried.\n",
                            "## Error Handling\n\nUnknown addresses get the same answer.\n\n"
                                    + "_Requirements: 1.2_\n");

    static final String TASKS =
            "# Implementation Plan: Password Reset\n\n"
                    + "- [ ] 1. Implement the Reset_Service\n"
                    + "  - [ ] 1.1 Send reset links\n"
                    + "    - _Requirements: 1.1_\n"
                    + "  - [ ] 1.2 Answer unknown addresses like known ones\n"
                    + "    - _Requirements: 1.2_\n"
                    + "  - [ ]* 1.3 Write the property test\n"
                    + "    - **Property 1: Links are sent**\n"
                    + "    - **Validates: Requirements 1.1**\n\n"
                    + "- [ ] 2. Checkpoint - Ensure all tests pass, ask the user if questions"
                    + " arise.\n";

    private final Map<String, String> env = new HashMap<>();

    @AfterEach
    void restoreEnvironment() {
        BackendChoice.environment = System::getenv;
    }

    private Path workspace(Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(".kiro/specs/password-reset"));
        Files.writeString(dir.resolve("requirements.md"), REQUIREMENTS);
        return tmp;
    }

    private void environment(OpenAiCompatibleServer server) {
        env.put("OPENAI_BASE_URL", server.baseUrl());
        env.put("OPENAI_API_KEY", KEY);
        BackendChoice.environment = env::get;
    }

    private static String allText(Path ws) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.walk(ws)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    b.append(Files.readString(p));
                }
            }
        }
        return b.toString();
    }

    @Test
    void design_with_a_repair_round_then_approve_then_tasks(@TempDir Path tmp) throws Exception {
        Path ws = workspace(tmp);
        try (OpenAiCompatibleServer server =
                OpenAiCompatibleServer.start(
                        List.of(
                                Reply.ok(
                                        "Here is the design:\n\n```markdown\n"
                                                + DESIGN_WITHOUT_12
                                                + "```\n\nLet me know if you want changes."),
                                Reply.ok(DESIGN),
                                Reply.ok("```markdown\n" + TASKS + "```\n")))) {
            environment(server);

            CliRun design =
                    CliRun.of(
                            "generate",
                            "design",
                            ws.toString(),
                            "password-reset",
                            "--backend",
                            "openai",
                            "--model",
                            "test-model",
                            "--temperature",
                            "0.1");
            assertThat(design.exitCode()).as(design.err()).isZero();
            assertThat(design.out())
                    .startsWith(
                            "wrote .kiro/specs/password-reset/design.md (backend openai, 2 call(s),"
                                    + " 1 repair round(s), ")
                    .containsPattern("ms, tokens \\d+ prompt \\+ \\d+ completion\\)");
            assertThat(Files.readString(ws.resolve(".kiro/specs/password-reset/design.md")))
                    .isEqualTo(DESIGN);

            CliRun approve =
                    CliRun.of("approve", ws.toString(), "password-reset", "design", "--by", "ann");
            assertThat(approve.exitCode()).as(approve.err()).isZero();

            CliRun tasks =
                    CliRun.of(
                            "generate",
                            "tasks",
                            ws.toString(),
                            "password-reset",
                            "--backend",
                            "openai",
                            "--model",
                            "test-model");
            assertThat(tasks.exitCode()).as(tasks.err()).isZero();
            assertThat(tasks.out()).contains("(backend openai, 1 call(s), 0 repair round(s), ");
            assertThat(Files.readString(ws.resolve(".kiro/specs/password-reset/tasks.md")))
                    .isEqualTo(TASKS);

            // what was sent: roles, model, the key only in the Authorization header
            List<OpenAiCompatibleServer.Request> sent = server.requests();
            assertThat(sent).hasSize(3);
            assertThat(sent).allSatisfy(r -> assertThat(r.model()).isEqualTo("test-model"));
            assertThat(sent)
                    .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + KEY));
            assertThat(sent.get(0).roles()).containsExactly("system", "user");
            assertThat(sent.get(1).roles()).containsExactly("system", "user", "assistant", "user");
            assertThat(sent.get(2).roles()).containsExactly("system", "user");
            assertThat(sent.get(0).texts().get(0)).contains("## Output contract");
            assertThat(sent.get(0).texts().get(1))
                    .contains("- 1.2 [UNWANTED_BEHAVIOR] IF the e-mail address is unknown");
            assertThat(sent.get(1).texts().get(2)).isEqualTo(DESIGN_WITHOUT_12);
            assertThat(sent.get(1).texts().get(3))
                    .contains("The design does not reference criterion 1.2.")
                    .contains("GEN003");
            assertThat(sent.get(2).texts().get(1)).contains("## Current design.md");

            // the key is in no output and no file
            for (CliRun r : List.of(design, approve, tasks)) {
                assertThat(r.out() + r.err()).doesNotContain(KEY);
            }
            assertThat(allText(ws)).doesNotContain(KEY);
            assertThat(Files.readString(ws.resolve(".kiro/specs/password-reset/.config.kiro")))
                    .contains("\"openai\"");
        }
    }

    @Test
    void rate_limits_are_retried_and_an_echoed_key_is_masked(@TempDir Path tmp) throws Exception {
        Path ws = workspace(tmp);
        try (OpenAiCompatibleServer server =
                OpenAiCompatibleServer.start(
                        List.of(new Reply(429, "rate limited"), Reply.ok(DESIGN)))) {
            environment(server);
            CliRun run =
                    CliRun.of(
                            "generate",
                            "design",
                            ws.toString(),
                            "password-reset",
                            "--backend",
                            "openai",
                            "--model",
                            "m",
                            "--dry-run");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("+# Design Document: Password Reset");
            assertThat(server.requests()).hasSize(2);
        }
        try (OpenAiCompatibleServer server =
                OpenAiCompatibleServer.start(
                        List.of(new Reply(401, "Incorrect API key provided: " + KEY)))) {
            environment(server);
            CliRun run =
                    CliRun.of(
                            "generate",
                            "design",
                            ws.toString(),
                            "password-reset",
                            "--backend",
                            "openai",
                            "--model",
                            "m");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err())
                    .contains("backend 'openai' failed (backend error)")
                    .contains("HTTP 401")
                    .contains("Incorrect API key provided: ***")
                    .contains("(model m at " + server.baseUrl() + ")")
                    .doesNotContain(KEY);
            assertThat(server.requests()).hasSize(1);
            assertThat(ws.resolve(".kiro/specs/password-reset/design.md")).doesNotExist();
        }
    }

    @Test
    void missing_configuration_names_the_variable(@TempDir Path tmp) throws Exception {
        Path ws = workspace(tmp);
        BackendChoice.environment = env::get;
        CliRun noKey =
                CliRun.of(
                        "generate",
                        "design",
                        ws.toString(),
                        "password-reset",
                        "--backend",
                        "openai",
                        "--model",
                        "m");
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("OPENAI_API_KEY");
        env.put("OPENAI_API_KEY", KEY);
        CliRun noModel =
                CliRun.of(
                        "generate",
                        "design",
                        ws.toString(),
                        "password-reset",
                        "--backend",
                        "openai");
        assertThat(noModel.exitCode()).isEqualTo(2);
        assertThat(noModel.err()).contains("--model NAME or set SPECDRIVEN_MODEL");
        env.put("SPECDRIVEN_MODEL", "m");
        env.put("OPENAI_BASE_URL", "ftp://example");
        CliRun badUrl =
                CliRun.of(
                        "generate",
                        "design",
                        ws.toString(),
                        "password-reset",
                        "--backend",
                        "openai");
        assertThat(badUrl.exitCode()).isEqualTo(2);
        assertThat(badUrl.err()).contains("OPENAI_BASE_URL must be an http(s) URL");
        CliRun modelElsewhere =
                CliRun.of("generate", "design", ws.toString(), "password-reset", "--model", "m");
        assertThat(modelElsewhere.exitCode()).isEqualTo(2);
        assertThat(modelElsewhere.err())
                .contains("--model and --temperature apply to --backend openai only");
        for (CliRun r : List.of(noKey, noModel, badUrl)) {
            assertThat(r.out() + r.err()).doesNotContain(KEY);
        }
        assertThat(ws.resolve(".kiro/specs/password-reset/design.md")).doesNotExist();
    }
}
