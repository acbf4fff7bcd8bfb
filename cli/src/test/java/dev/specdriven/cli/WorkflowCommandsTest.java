package dev.specdriven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specdriven.trace.drift.GitRevisions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * approve, gate, link, diff --mark/--unmark, status, generate gate, reconcile, verify, stale, --at.
 */
class WorkflowCommandsTest {

    static final String SPEC = "user-authentication";

    static final String REQUIREMENTS =
            "# Requirements: User Authentication\n\n## Functional Requirements\n\n"
                    + "- When a user submits valid credentials to POST /auth/login, the AuthService"
                    + " shall issue a signed session token.\n"
                    + "- When a user submits invalid credentials, the AuthService shall reject the"
                    + " login request with an error.\n"
                    + "- While a user account is locked, the AuthService shall refuse every login"
                    + " attempt for that account.\n\n"
                    + "## Non-Functional Requirements\n\n"
                    + "- The AuthService shall store user passwords as salted bcrypt hashes in the"
                    + " users table.\n\n"
                    + "## Out of Scope\n\n- Social login.\n";

    static final String TASKS =
            "# Implementation Plan\n\n"
                    + "- [x] 1. Create the users table with bcrypt password hashes\n"
                    + "- [x] 2. Reject invalid credentials with an error response\n"
                    + "- [ ] 3. Lock accounts and refuse login attempts while locked\n";

    static final String DESIGN =
            "# Design\n\n## Architecture\n\nAuthService.\n\n## Data Models\n\nThe users table.\n\n"
                    + "## API Contracts\n\nPOST /auth/login.\n\n## Error Handling\n\nErrors.\n\n"
                    + "## Security\n\nLocked accounts.\n";

    static Path folder(Path ws) {
        return ws.resolve(".kiro/specs/" + SPEC);
    }

    static Path workspace(Path ws, boolean design, boolean tasks) throws IOException {
        Files.createDirectories(folder(ws));
        Files.writeString(folder(ws).resolve("requirements.md"), REQUIREMENTS);
        if (design) {
            Files.writeString(folder(ws).resolve("design.md"), DESIGN);
        }
        if (tasks) {
            Files.writeString(folder(ws).resolve("tasks.md"), TASKS);
        }
        return ws;
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void approveRecordsAndStatusShowsDesignApproved(@TempDir Path ws) throws IOException {
        workspace(ws, true, false);
        CliRun run = CliRun.of("approve", ws.toString(), SPEC, "design", "--by", "bob");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("approved user-authentication design (sha256 ");
        assertThat(read(folder(ws).resolve(".config.kiro"))).contains("\"by\" : \"bob\"");
        CliRun status = CliRun.of("status", ws.toString(), "--format", "json");
        assertThat(status.exitCode()).as(status.err()).isZero();
        JsonNode spec = Json.MAPPER.readTree(status.out()).path("specs").get(0);
        assertThat(spec.path("label").asText()).isEqualTo("DESIGN_APPROVED");
        JsonNode wf = spec.path("workflow");
        assertThat(wf.path("lifecycle").asText()).isEqualTo("DESIGN_APPROVED");
        assertThat(wf.path("approved").path("design").asText()).isNotEmpty();
        assertThat(wf.path("approved").path("requirements").isNull()).isTrue();
        assertThat(wf.path("generation").path("runs").asInt()).isZero();
        assertThat(wf.has("links") && wf.has("coveragePercent") && wf.has("lastVerified")).isTrue();
    }

    @Test
    void approveRejectsBadArguments(@TempDir Path ws) throws IOException {
        workspace(ws, false, false);
        assertThat(CliRun.of("approve", ws.toString(), SPEC, "plan").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("approve", ws.toString(), "nope", "design").exitCode()).isEqualTo(2);
        CliRun missing = CliRun.of("approve", ws.toString(), SPEC, "design");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("has no design document");
    }

    @Test
    void generateTasksIsRefusedUntilTheDesignIsApproved(@TempDir Path ws) throws IOException {
        workspace(ws, true, false);
        CliRun refused = CliRun.of("generate", "tasks", ws.toString(), SPEC);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("FLOW004", "not approved");
        assertThat(Files.exists(folder(ws).resolve("tasks.md"))).isFalse();
        assertThat(CliRun.of("approve", ws.toString(), SPEC, "design").exitCode()).isZero();
        CliRun ok = CliRun.of("generate", "tasks", ws.toString(), SPEC);
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        String config = read(folder(ws).resolve(".config.kiro"));
        assertThat(config).contains("\"generations\"", "\"artifact\" : \"tasks\"", "\"baseline\"");
        // a later design edit blocks again; --force overrides
        Files.writeString(folder(ws).resolve("design.md"), DESIGN + "\n## Caching\n\nNone.\n");
        assertThat(CliRun.of("generate", "tasks", ws.toString(), SPEC, "--dry-run").exitCode())
                .isEqualTo(2);
        assertThat(
                        CliRun.of("generate", "tasks", ws.toString(), SPEC, "--dry-run", "--force")
                                .exitCode())
                .isZero();
        // the drift gate names the new section
        CliRun gate = CliRun.of("gate", ws.toString());
        assertThat(gate.out()).contains("FLOW030", "'Caching' added");
        CliRun reconcile = CliRun.of("reconcile", ws.toString(), SPEC);
        assertThat(reconcile.exitCode()).as(reconcile.err()).isZero();
        assertThat(CliRun.of("gate", ws.toString()).out()).doesNotContain("FLOW030");
        CliRun status = CliRun.of("status", ws.toString(), "--format", "json");
        JsonNode g =
                Json.MAPPER
                        .readTree(status.out())
                        .path("specs")
                        .get(0)
                        .path("workflow")
                        .path("generation");
        assertThat(g.path("runs").asInt()).isEqualTo(1);
        assertThat(g.path("lastRepairRounds").isInt()).isTrue();
        assertThat(g.path("lastLatencyMillis").isNumber()).isTrue();
    }

    @Test
    void gateReportsAndFailsOnErrorsOrFailOn(@TempDir Path ws) throws IOException {
        workspace(ws, true, true);
        CliRun text = CliRun.of("gate", ws.toString());
        assertThat(text.exitCode()).as(text.out()).isZero();
        assertThat(text.out()).contains("FLOW022", "FLOW001", "FLOW002", "summary:");
        CliRun warn = CliRun.of("gate", ws.toString(), "--fail-on", "warning");
        assertThat(warn.exitCode()).isEqualTo(1);
        CliRun json = CliRun.of("gate", ws.toString(), "--format", "json", "--max-tasks", "2");
        JsonNode doc = Json.MAPPER.readTree(json.out());
        List<String> codes = new ArrayList<>();
        doc.path("diagnostics").forEach(d -> codes.add(d.path("code").asText()));
        assertThat(codes).contains("FLOW024", "FLOW022");
        Files.writeString(ws.resolve(".specdriven.json"), "{\"maxTasks\": \"many\"}");
        CliRun bad = CliRun.of("gate", ws.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err() + bad.out()).contains("FLOW050");
    }

    @Test
    void linkListsInferredLinksAndAcceptsThem(@TempDir Path ws) throws IOException {
        workspace(ws, false, true);
        CliRun list = CliRun.of("link", ws.toString(), "--format", "json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode links = Json.MAPPER.readTree(list.out()).path("links");
        assertThat(links.size()).isPositive();
        links.forEach(l -> assertThat(l.path("origin").asText()).isEqualTo("INFERRED"));
        String before = read(folder(ws).resolve("tasks.md"));
        CliRun accept = CliRun.of("link", ws.toString(), "--accept-inferred");
        assertThat(accept.exitCode()).as(accept.err()).isZero();
        assertThat(accept.out()).contains("accepted 3 inferred link(s)");
        String after = read(folder(ws).resolve("tasks.md"));
        assertThat(after)
                .isEqualTo(
                        "# Implementation Plan\n\n"
                                + "- [x] 1. Create the users table with bcrypt password hashes\n"
                                + "  - _Requirements: NFR-1_\n"
                                + "- [x] 2. Reject invalid credentials with an error response\n"
                                + "  - _Requirements: FR-2_\n"
                                + "- [ ] 3. Lock accounts and refuse login attempts while locked\n"
                                + "  - _Requirements: FR-3_\n");
        assertThat(after.replaceAll("(?m)^  - _Requirements: .*\\n", "")).isEqualTo(before);
        assertThat(CliRun.of("gate", ws.toString()).out()).doesNotContain("FLOW022");
    }

    @Test
    void diffMarksExactlyTheAffectedCompletedTasksAndUnmarks(@TempDir Path ws) throws IOException {
        workspace(ws, false, true);
        assertThat(CliRun.of("approve", ws.toString(), SPEC, "requirements").exitCode()).isZero();
        Files.writeString(
                folder(ws).resolve("requirements.md"),
                REQUIREMENTS.replace("with an error.", "with a generic error message."));
        String before = read(folder(ws).resolve("tasks.md"));
        CliRun list = CliRun.of("diff", ws.toString(), "--approved");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out())
                .contains(
                        "changed criteria FR-2.1", "needs revision: task 2", "1 completed task(s)");
        assertThat(read(folder(ws).resolve("tasks.md"))).isEqualTo(before);
        CliRun mark = CliRun.of("diff", ws.toString(), "--approved", "--mark");
        assertThat(mark.exitCode()).as(mark.err()).isZero();
        String marked = read(folder(ws).resolve("tasks.md"));
        assertThat(marked)
                .isEqualTo(
                        before.replace(
                                "error response\n",
                                "error response <!-- needs-revision: FR-2.1 changed -->\n"));
        assertThat(CliRun.of("gate", ws.toString()).out()).contains("FLOW032");
        CliRun unmark = CliRun.of("diff", ws.toString(), "--unmark");
        assertThat(unmark.exitCode()).as(unmark.err()).isZero();
        assertThat(read(folder(ws).resolve("tasks.md"))).isEqualTo(before);
        assertThat(CliRun.of("diff", ws.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void verifySpecRecordsTheDate(@TempDir Path ws) throws IOException {
        workspace(ws, false, false);
        CliRun run = CliRun.of("verify-spec", ws.toString(), SPEC, "--by", "carol");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(read(folder(ws).resolve(".config.kiro"))).contains("\"verified\"", "carol");
        assertThat(CliRun.of("gate", ws.toString()).out()).doesNotContain("FLOW043");
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Process p =
                new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    private static void repo(Path ws) throws IOException, InterruptedException {
        git(ws, "init", "-q");
        git(ws, "config", "user.name", "Test User");
        git(ws, "config", "user.email", "t@example.com");
        git(ws, "config", "commit.gpgsign", "false");
    }

    @Test
    void staleAndAtWorkOnAGitRepository(@TempDir Path ws) throws Exception {
        Assumptions.assumeTrue(GitRevisions.gitAvailable(), "git is absent, skipping");
        workspace(ws, true, true);
        Files.createDirectories(ws.resolve("src"));
        Files.writeString(ws.resolve("src/AuthService.java"), "class AuthService {}\n");
        repo(ws);
        git(ws, "add", "-A");
        git(ws, "commit", "-q", "-m", "v1");
        git(ws, "tag", "v1");
        Files.writeString(ws.resolve("src/AuthService.java"), "class AuthService { int x; }\n");
        CliRun stale =
                CliRun.of(
                        "stale",
                        ws.toString(),
                        "--since",
                        "v1",
                        "--code",
                        "src",
                        "--format",
                        "json");
        assertThat(stale.exitCode()).as(stale.err()).isEqualTo(1);
        JsonNode doc = Json.MAPPER.readTree(stale.out());
        assertThat(doc.path("staleFiles").get(0).path("file").asText())
                .isEqualTo("src/AuthService.java");
        assertThat(CliRun.of("stale", ws.toString(), "--since", "nope").exitCode()).isEqualTo(2);

        // --at: the design as committed, not as edited now
        Files.writeString(folder(ws).resolve("design.md"), "# Design\n\n## Architecture\n\nx\n");
        CliRun now = CliRun.of("gate", ws.toString(), "--spec", SPEC);
        assertThat(now.out()).contains("'data models'");
        CliRun then = CliRun.of("gate", ws.toString(), "--spec", SPEC, "--at", "v1");
        assertThat(then.exitCode()).as(then.err()).isZero();
        assertThat(then.out()).doesNotContain("'data models'");
        CliRun check = CliRun.of("check", ws.toString(), "--at", "v1");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(CliRun.of("check", ws.toString(), "--at", "nope").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("link", ws.toString(), "--at", "v1", "--accept-inferred").exitCode())
                .isEqualTo(2);
    }
}
