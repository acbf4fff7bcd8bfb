package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inferred task → criterion / design-section links on a plain spec without references. */
class InferredLinksTest {

    static final String REQUIREMENTS =
            "# Requirements: User Authentication\n\n## Functional Requirements\n\n"
                    + "- When a user submits valid credentials to POST /auth/login, the AuthService"
                    + " shall issue a signed session token.\n"
                    + "- When a user submits invalid credentials, the AuthService shall reject the"
                    + " login request with an error.\n"
                    + "- While a user account is locked, the AuthService shall refuse every login"
                    + " attempt for that account.\n"
                    + "- If a session token has expired, then the AuthService shall reject the"
                    + " request to GET /auth/session.\n"
                    + "- Where two-factor authentication is enabled, the AuthService shall require a"
                    + " one-time code before issuing a session token.\n\n"
                    + "## Non-Functional Requirements\n\n"
                    + "- The AuthService shall store user passwords as salted bcrypt hashes in the"
                    + " users table.\n"
                    + "- The AuthService shall respond to POST /auth/login requests within 200 ms"
                    + " latency.\n";

    static final String TASKS =
            "# Implementation Plan\n\n"
                    + "- [ ] 1. Create the users table with bcrypt password hashes\n"
                    + "- [ ] 2. Implement AuthService.issueToken() to sign session tokens\n"
                    + "- [ ] 3. Add the POST /auth/login route that checks valid credentials\n"
                    + "- [ ] 4. Reject invalid credentials with an error response\n"
                    + "- [ ] 5. Lock accounts and refuse login attempts while locked\n"
                    + "- [ ] 6. Validate session token expiry in GET /auth/session\n"
                    + "- [ ] 7. Add two-factor one-time code verification\n"
                    + "- [ ] 8. Hash passwords with salted bcrypt on registration\n"
                    + "- [ ] 9. Add a latency benchmark for POST /auth/login\n"
                    + "- [ ] 10. Write integration tests for the login flow\n";

    static final String DESIGN =
            "# Design\n\n## Architecture\n\nAuthService behind the API gateway.\n\n"
                    + "## Data Models\n\nThe `users` table holds bcrypt password hashes.\n\n"
                    + "## API Contracts\n\n`POST /auth/login` returns a session token;"
                    + " `GET /auth/session` checks it.\n\n"
                    + "## Two-Factor Authentication\n\nOne-time code verification.\n";

    static Spec spec(Path dir, String tasks, boolean design) throws IOException {
        Path f = dir.resolve(".kiro/specs/user-authentication");
        Files.createDirectories(f);
        Files.writeString(f.resolve("requirements.md"), REQUIREMENTS, StandardCharsets.UTF_8);
        Files.writeString(f.resolve("tasks.md"), tasks, StandardCharsets.UTF_8);
        if (design) {
            Files.writeString(f.resolve("design.md"), DESIGN, StandardCharsets.UTF_8);
        }
        return SpecParser.create().read(dir).spec("user-authentication").orElseThrow();
    }

    @Test
    void everyTaskGetsARequirementLinkAndTheTopOneIsTheReadersChoice(@TempDir Path dir)
            throws IOException {
        InferredLinks inferred = InferredLinks.infer(spec(dir, TASKS, false));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("1", "NFR-1.1");
        expected.put("2", "FR-1.1");
        expected.put("3", "FR-1.1");
        expected.put("4", "FR-2.1");
        expected.put("5", "FR-3.1");
        expected.put("6", "FR-4.1");
        expected.put("7", "FR-5.1");
        expected.put("8", "NFR-1.1");
        expected.put("9", "NFR-2.1");
        int agree = 0;
        StringBuilder report = new StringBuilder();
        for (int t = 1; t <= 10; t++) {
            String id = String.valueOf(t);
            InferredLink best = inferred.best(id, NodeKind.CRITERION).orElseThrow();
            assertThat(best.score()).isBetween(0.0, 1.0);
            assertThat(best.kind()).isEqualTo(LinkKind.IMPLEMENTS);
            assertThat(best.toTraceLink().origin()).isEqualTo(LinkOrigin.INFERRED);
            report.append(id).append("→").append(best.target().local()).append(' ');
            if (best.target().local().equals(expected.get(id))) {
                agree++;
            }
        }
        assertThat(agree).as(report.toString()).isGreaterThanOrEqualTo(8);
        // the nine tasks a reader maps unambiguously, asserted one by one
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(inferred.best(e.getKey(), NodeKind.CRITERION).orElseThrow().target().local())
                    .as("task " + e.getKey())
                    .isEqualTo(e.getValue());
        }
    }

    @Test
    void sharedIdentifiersAreReportedAndRoutesAreTokens(@TempDir Path dir) throws IOException {
        InferredLinks inferred = InferredLinks.infer(spec(dir, TASKS, false));
        assertThat(inferred.best("3", NodeKind.CRITERION).orElseThrow().sharedTokens())
                .contains("POST /auth/login");
        assertThat(inferred.best("6", NodeKind.CRITERION).orElseThrow().sharedTokens())
                .contains("GET /auth/session");
    }

    @Test
    void tasksLinkToDesignSections(@TempDir Path dir) throws IOException {
        InferredLinks inferred = InferredLinks.infer(spec(dir, TASKS, true));
        assertThat(inferred.best("7", NodeKind.DESIGN_SECTION).orElseThrow().target().local())
                .isEqualTo("two-factor-authentication");
        assertThat(inferred.best("1", NodeKind.DESIGN_SECTION).orElseThrow().target().local())
                .isEqualTo("data-models");
        assertThat(inferred.best("1", NodeKind.DESIGN_SECTION).orElseThrow().kind())
                .isEqualTo(LinkKind.CITES);
    }

    @Test
    void explicitLinksAreNeverDuplicatedAsInferredAndGraphKeepsThemApart(@TempDir Path dir)
            throws IOException {
        String tasks =
                TASKS.replace(
                        "- [ ] 4. Reject invalid credentials with an error response\n",
                        "- [ ] 4. Reject invalid credentials with an error response\n"
                                + "  - _Requirements: FR-2_\n");
        Spec spec = spec(dir, tasks, false);
        InferredLinks inferred = InferredLinks.infer(spec);
        assertThat(inferred.forTask("4")).noneMatch(l -> l.target().local().equals("FR-2.1"));
        TraceGraph.Builder b = TraceGraph.builder().spec(spec);
        inferred.traceLinks().forEach(b::link);
        TraceGraph g = b.build();
        NodeId t4 = NodeId.task("user-authentication", "4");
        assertThat(g.outgoing(t4))
                .anyMatch(
                        l ->
                                l.isExplicit()
                                        && l.target().local().equals("FR-2")
                                        && l.kind() == LinkKind.IMPLEMENTS);
        assertThat(g.outgoing(t4)).anyMatch(l -> l.origin() == LinkOrigin.INFERRED);
        assertThat(g.links().stream().filter(l -> !l.isExplicit()).count())
                .isEqualTo(inferred.links().size());
    }

    @Test
    void noTasksNoLinksAndBadArguments(@TempDir Path dir) throws IOException {
        Spec spec = spec(dir, "", false);
        assertThat(InferredLinks.infer(spec).links()).isEmpty();
        assertThatThrownBy(() -> InferredLinks.infer("x", spec, 2.0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InferredLinks.infer("x", spec, 0.1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptingAddsOnlyReferenceLinesAndTheyBecomeExplicit(@TempDir Path dir)
            throws IOException {
        Spec spec = spec(dir, TASKS, false);
        InferredLinks inferred = InferredLinks.infer(spec);
        String before = spec.tasks().orElseThrow().source().text();
        String after = inferred.accepted(spec, 0.0).text();
        // removing the inserted lines gives back the original bytes
        assertThat(after.replaceAll("(?m)^  - _Requirements: [^\n]*_\n", "")).isEqualTo(before);
        assertThat(after)
                .contains(
                        "- [ ] 3. Add the POST /auth/login route that checks valid"
                                + " credentials\n  - _Requirements: FR-1_\n");
        Files.writeString(
                dir.resolve(".kiro/specs/user-authentication/tasks.md"),
                after,
                StandardCharsets.UTF_8);
        Spec reread =
                dev.specdriven.spec.SpecParser.create()
                        .read(dir)
                        .spec("user-authentication")
                        .orElseThrow();
        assertThat(reread.tasks().orElseThrow().tasks())
                .allMatch(t -> !t.requirementReferences().isEmpty());
        assertThat(InferredLinks.infer(reread).acceptEdits(reread, 0.0)).isEmpty();
        TraceGraph g = TraceGraph.of(reread);
        assertThat(g.coverage().total().tasked()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void acceptingHandlesCrlfAndALastLineWithoutBreak(@TempDir Path dir) throws IOException {
        String crlf = "# Plan\r\n\r\n- [ ] 1. Create the users table with bcrypt password hashes";
        Spec spec = spec(dir, crlf, false);
        String after = InferredLinks.infer(spec).accepted(spec, 0.0).text();
        assertThat(after).isEqualTo(crlf + "\r\n  - _Requirements: NFR-1_");
    }

    @Test
    void builderOptionAddsTheInferredLinks(@TempDir Path dir) throws IOException {
        Spec spec = spec(dir, TASKS, true);
        TraceGraph plain = TraceGraph.builder().spec(spec).build();
        TraceGraph with = TraceGraph.builder().spec(spec).inferLinks(true).build();
        assertThat(plain.links()).allMatch(TraceLink::isExplicit);
        long inferred = with.links().stream().filter(l -> !l.isExplicit()).count();
        assertThat(inferred).isEqualTo(InferredLinks.infer(spec).links().size()).isPositive();
        assertThat(with.links().size() - inferred).isEqualTo(plain.links().size());
    }
}
