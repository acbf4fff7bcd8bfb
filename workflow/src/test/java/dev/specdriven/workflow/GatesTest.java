package dev.specdriven.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.Spec;
import dev.specdriven.trace.SpecPhase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per gate and check. */
class GatesTest {

    private static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::code).toList();
    }

    @Test
    void completeDesignPassesTheCompletenessGate(@TempDir Path root) {
        Fixtures.write(root, Fixtures.REQUIREMENTS, Fixtures.DESIGN, null);
        assertThat(SpecWorkflow.create().designCompleteness().check(Fixtures.spec(root))).isEmpty();
    }

    @Test
    void missingTopicsAreReportedAndSynonymsAccepted(@TempDir Path root) {
        String design =
                "# Design\n\n## 1. Components\n\nx\n\n## 2. Database Schema\n\ny\n\n"
                        + "## REST Endpoints\n\nz\n";
        Fixtures.write(root, Fixtures.REQUIREMENTS, design, null);
        List<Diagnostic> ds = SpecWorkflow.create().designCompleteness().check(Fixtures.spec(root));
        assertThat(codes(ds)).containsExactly("FLOW010", "FLOW010");
        assertThat(ds.get(0).message()).contains("'error handling'");
        assertThat(ds.get(1).message()).contains("'security'");
        assertThat(ds.get(0).file()).contains(".kiro/specs/user-authentication/design.md");
    }

    @Test
    void completenessTopicsAreConfigurable(@TempDir Path root) {
        Fixtures.write(root, Fixtures.REQUIREMENTS, "# Design\n\n## Rollout Plan\n\nx\n", null);
        List<Diagnostic> problems = new ArrayList<>();
        WorkflowConfig c =
                WorkflowConfig.parse(
                        "{\"designSections\": {\"rollout\": [\"rollout plan\", \"deployment\"]},"
                                + " \"requireScope\": false}",
                        problems);
        assertThat(problems).isEmpty();
        SpecWorkflow flow = SpecWorkflow.builder().config(c).build();
        assertThat(flow.designCompleteness().check(Fixtures.spec(root))).isEmpty();
        WorkflowConfig c2 = WorkflowConfig.parse("{\"designSections\": [\"security\"]}", problems);
        assertThat(
                        SpecWorkflow.builder()
                                .config(c2)
                                .build()
                                .designCompleteness()
                                .check(Fixtures.spec(root)))
                .extracting(Diagnostic::code)
                .containsExactly("FLOW010");
    }

    @Test
    void scopeSectionIsRequiredUnlessConfiguredOff(@TempDir Path root) {
        String noScope = Fixtures.REQUIREMENTS.replace("## Out of Scope\n\n- Social login.\n", "");
        Fixtures.write(root, noScope, Fixtures.DESIGN, null);
        assertThat(codes(SpecWorkflow.create().designCompleteness().check(Fixtures.spec(root))))
                .containsExactly("FLOW011");
        WorkflowConfig off = WorkflowConfig.parse("{\"requireScope\": false}", new ArrayList<>());
        assertThat(
                        SpecWorkflow.builder()
                                .config(off)
                                .build()
                                .designCompleteness()
                                .check(Fixtures.spec(root)))
                .isEmpty();
    }

    @Test
    void taskQualityReportsNumberingOrderMappingAndSize(@TempDir Path root) {
        String tasks =
                "# Plan\n\n"
                        + "- [ ] 1. Create the users table with bcrypt password hashes\n"
                        + "  - _Requirements: NFR-1_\n"
                        + "  - _Design: Data Models_\n"
                        + "- [ ] 3. Add the POST /auth/login route\n"
                        + "  - _Requirements: FR-1_\n"
                        + "  - Depends on: 4\n"
                        + "- [ ] 2. Reject invalid credentials with an error response\n"
                        + "  - _Requirements: FR-2_\n"
                        + "- [ ] 4. Polish the dashboard colours\n"
                        + "- [ ] Write the release notes\n";
        Fixtures.write(root, Fixtures.REQUIREMENTS, Fixtures.DESIGN, tasks);
        Spec spec = Fixtures.spec(root);
        List<Diagnostic> ds =
                SpecWorkflow.builder()
                        .config(WorkflowConfig.defaults().withMaxTasks(4))
                        .build()
                        .taskQuality()
                        .check(spec);
        List<String> codes = codes(ds);
        assertThat(codes).contains("FLOW024", "FLOW020", "FLOW021", "FLOW022", "FLOW023");
        assertThat(ds)
                .filteredOn(d -> d.code().equals("FLOW021"))
                .extracting(Diagnostic::message)
                .containsExactlyInAnyOrder(
                        "task 2 comes after task 3", "task 3 depends on task 4, which comes later");
        assertThat(ds)
                .filteredOn(d -> d.code().equals("FLOW022"))
                .extracting(d -> d.span().start().line())
                .containsExactly(11, 12);
        // task 1 maps to a requirement and, by its _Design:_ line, to a section
        assertThat(ds).noneMatch(d -> d.span().start().line() == 3);
    }

    @Test
    void inferredLinksCountOnlyWhenConfigured(@TempDir Path root) {
        Fixtures.write(root, Fixtures.REQUIREMENTS, Fixtures.DESIGN, Fixtures.TASKS);
        Spec spec = Fixtures.spec(root);
        List<Diagnostic> strict = SpecWorkflow.create().taskQuality().check(spec);
        assertThat(codes(strict)).contains("FLOW022").doesNotContain("FLOW025");
        WorkflowConfig lenient =
                WorkflowConfig.parse("{\"inferredCountsAsMapped\": true}", new ArrayList<>());
        List<Diagnostic> ds =
                SpecWorkflow.builder().config(lenient).build().taskQuality().check(spec);
        assertThat(codes(ds)).contains("FLOW025");
        Map<String, TaskMapping> m =
                TaskMapping.of(spec, WorkflowConfig.defaults().inferredMinScore());
        assertThat(m.get("6").inferredCriteria()).contains("FR-4.1");
        assertThat(m.get("6").explicitCriteria()).isEmpty();
        assertThat(m.get("1").inferredSections()).contains("data-models");
    }

    @Test
    void approvalsAndTheTasksGenerationGate(@TempDir Path root) throws Exception {
        Fixtures.write(root, Fixtures.REQUIREMENTS, Fixtures.DESIGN, null);
        SpecWorkflow flow = SpecWorkflow.create();
        Spec spec = Fixtures.spec(root);
        assertThat(codes(flow.approvals().check(spec))).containsExactly("FLOW001", "FLOW002");
        assertThat(flow.approvals().tasksGenerationGate(spec).orElseThrow().message())
                .contains("not approved");
        flow.approvals().approve(spec, SpecPhase.DESIGN, "bob");
        spec = Fixtures.spec(root);
        assertThat(flow.approvals().tasksGenerationGate(spec)).isEmpty();
        assertThat(codes(flow.approvals().check(spec))).containsExactly("FLOW001");
        Fixtures.replace(
                Fixtures.folder(root).resolve("design.md"),
                "sits behind the API gateway",
                "sits behind the edge proxy");
        spec = Fixtures.spec(root);
        Diagnostic blocked = flow.approvals().tasksGenerationGate(spec).orElseThrow();
        assertThat(blocked.code()).isEqualTo("FLOW004");
        assertThat(blocked.message()).contains("changed since it was approved", "Architecture");
        assertThat(codes(flow.approvals().check(spec))).containsExactly("FLOW001", "FLOW003");
    }

    @Test
    void approvalKeepsKiroKeysByteForByte(@TempDir Path root) throws Exception {
        Fixtures.write(root, Fixtures.REQUIREMENTS, Fixtures.DESIGN, null);
        String kiro =
                "{\"specId\": \"7f1c\",   \"workflowType\": \"requirements-first\",\n"
                        + "  \"custom\": {\"x\": [1, 2]}}\n";
        java.nio.file.Files.writeString(Fixtures.folder(root).resolve(".config.kiro"), kiro);
        SpecWorkflow flow =
                SpecWorkflow.builder()
                        .clock(Clock.fixed(Instant.parse("2026-11-26T06:00:00Z"), ZoneOffset.UTC))
                        .build();
        flow.approvals().approve(Fixtures.spec(root), SpecPhase.DESIGN, "bob");
        String after = Fixtures.read(Fixtures.folder(root).resolve(".config.kiro"));
        assertThat(after).startsWith(kiro.substring(0, kiro.lastIndexOf('}')));
        assertThat(after).contains("\"approvals\"", "\"by\" : \"bob\"", "2026-11-26T06:00:00Z");
        // a second approval rewrites only the approvals value
        flow.approvals().approve(Fixtures.spec(root), SpecPhase.REQUIREMENTS, "alice");
        String again = Fixtures.read(Fixtures.folder(root).resolve(".config.kiro"));
        assertThat(again).startsWith(kiro.substring(0, kiro.lastIndexOf('}')));
        SpecRecords r = flow.records(Fixtures.spec(root));
        assertThat(r.approval(SpecPhase.REQUIREMENTS).orElseThrow().items()).containsKey("NFR-2.1");
        assertThat(r.approval(SpecPhase.DESIGN).orElseThrow().items()).containsKey("security");
        assertThat(Fixtures.spec(root).config().orElseThrow().specId()).contains("7f1c");
    }

    @Test
    void designDriftNamesChangedSectionsAndCitingTasks(@TempDir Path root) throws Exception {
        String tasks =
                Fixtures.TASKS.replace(
                        "- [ ] 1. Create the users table with bcrypt password hashes\n",
                        "- [ ] 1. Create the users table with bcrypt password hashes\n"
                                + "  - _Design: Data Models_\n");
        Fixtures.write(root, Fixtures.REQUIREMENTS, Fixtures.DESIGN, tasks);
        SpecWorkflow flow = SpecWorkflow.create();
        assertThat(codes(flow.designDrift().check(Fixtures.spec(root)))).containsExactly("FLOW031");
        flow.designDrift().reconcile(Fixtures.spec(root), "reconcile");
        assertThat(flow.designDrift().check(Fixtures.spec(root))).isEmpty();
        Fixtures.replace(
                Fixtures.folder(root).resolve("design.md"),
                "holds salted bcrypt password hashes.",
                "holds argon2 password hashes and a created_at column.");
        List<Diagnostic> ds = flow.designDrift().check(Fixtures.spec(root));
        assertThat(codes(ds)).containsExactly("FLOW030");
        assertThat(ds.get(0).message()).contains("'Data Models' changed", "tasks citing it: 1");
        assertThat(ds.get(0).span().start().line()).isEqualTo(7);
        // whitespace-only edits are not drift
        flow.designDrift().reconcile(Fixtures.spec(root), "reconcile");
        Fixtures.replace(
                Fixtures.folder(root).resolve("design.md"), "argon2 password", "argon2   password");
        List<Diagnostic> ws = flow.designDrift().check(Fixtures.spec(root));
        assertThat(ws)
                .extracting(Diagnostic::message)
                .allMatch(m -> m.contains("no section changed"));
    }

    @Test
    void verificationAgeUsesTheClockAndConfig(@TempDir Path root) throws Exception {
        Fixtures.write(root, Fixtures.REQUIREMENTS, null, null);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        SpecWorkflow at0 = SpecWorkflow.builder().clock(Clock.fixed(t0, ZoneOffset.UTC)).build();
        assertThat(at0.verification().check(Fixtures.spec(root)))
                .extracting(Diagnostic::code)
                .containsExactly("FLOW043");
        at0.verification().verify(Fixtures.spec(root), "carol");
        assertThat(at0.verification().check(Fixtures.spec(root))).isEmpty();
        SpecWorkflow later =
                SpecWorkflow.builder()
                        .clock(Clock.fixed(t0.plus(Duration.ofDays(31)), ZoneOffset.UTC))
                        .build();
        Diagnostic d = later.verification().check(Fixtures.spec(root)).get(0);
        assertThat(d.code()).isEqualTo("FLOW042");
        assertThat(d.message()).contains("31 days ago");
        SpecWorkflow lenient =
                SpecWorkflow.builder()
                        .clock(Clock.fixed(t0.plus(Duration.ofDays(31)), ZoneOffset.UTC))
                        .config(WorkflowConfig.defaults().withVerifyMaxAge(Duration.ofDays(60)))
                        .build();
        assertThat(lenient.verification().check(Fixtures.spec(root))).isEmpty();
    }

    @Test
    void invalidConfigIsReportedAndDefaultsKept() {
        List<Diagnostic> problems = new ArrayList<>();
        WorkflowConfig c =
                WorkflowConfig.parse(
                        "{\"maxTasks\": -3, \"requireScope\": \"yes\", \"inferredMinScore\": 7}",
                        problems);
        assertThat(problems).extracting(Diagnostic::code).containsOnly("FLOW050").hasSize(3);
        assertThat(c).isEqualTo(WorkflowConfig.defaults());
        problems.clear();
        WorkflowConfig.parse("[1, 2]", problems);
        assertThat(problems).extracting(Diagnostic::code).containsExactly("FLOW050");
        problems.clear();
        WorkflowConfig.parse("\u0000{{", problems);
        assertThat(problems).hasSize(1);
    }

    @Test
    void markerRoundTripOnAHandWrittenListUsesInferredLinks(@TempDir Path root) throws Exception {
        String tasks =
                Fixtures.TASKS
                        .replace("- [ ] 4. Reject", "- [x] 4. Reject")
                        .replace("- [ ] 6. Validate", "- [x] 6. Validate");
        Fixtures.write(root, Fixtures.REQUIREMENTS, null, tasks);
        SpecWorkflow flow = SpecWorkflow.create();
        Spec spec = Fixtures.spec(root);
        List<RevisionMark> marks =
                flow.revisionMarks().needsRevision(spec, java.util.Set.of("FR-2.1"));
        assertThat(marks).extracting(RevisionMark::taskId).containsExactly("4");
        assertThat(marks.get(0).inferred()).isTrue();
        assertThat(marks.get(0).marker()).isEqualTo("<!-- needs-revision: FR-2.1 changed -->");
        flow.revisionMarks().mark(spec, marks);
        assertThat(Fixtures.read(Fixtures.folder(root).resolve("tasks.md")))
                .contains(
                        "- [x] 4. Reject invalid credentials with an error response"
                                + " <!-- needs-revision: FR-2.1 changed -->\n");
        assertThat(flow.revisionMarks().unmark(Fixtures.spec(root), java.util.Set.of()))
                .isEqualTo(1);
        assertThat(Fixtures.read(Fixtures.folder(root).resolve("tasks.md"))).isEqualTo(tasks);
    }

    @Test
    void unreadableRecordsAreReportedNotThrown(@TempDir Path root) throws Exception {
        Fixtures.write(root, Fixtures.REQUIREMENTS, null, null);
        java.nio.file.Files.writeString(Fixtures.folder(root).resolve(".config.kiro"), "{oops");
        SpecWorkflow flow = SpecWorkflow.create();
        assertThat(codes(flow.approvals().check(Fixtures.spec(root))))
                .containsExactly("FLOW051", "FLOW001");
        assertThat(flow.records(Fixtures.spec(root))).isEqualTo(SpecRecords.EMPTY);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () ->
                                flow.approvals()
                                        .approve(Fixtures.spec(root), SpecPhase.REQUIREMENTS, "x"))
                .isInstanceOf(java.io.IOException.class);
        assertThat(Fixtures.read(Fixtures.folder(root).resolve(".config.kiro"))).isEqualTo("{oops");
    }

    @Test
    void everyCodeIsDocumentedInWorkflowMd() throws Exception {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !java.nio.file.Files.isRegularFile(dir.resolve("docs/workflow.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docs/workflow.md above " + System.getProperty("user.dir")).isNotNull();
        String doc = Fixtures.read(dir.resolve("docs/workflow.md"));
        for (FlowCode c : FlowCode.values()) {
            assertThat(doc)
                    .as(c.code())
                    .contains(
                            "| "
                                    + c.code()
                                    + " | "
                                    + c.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT)
                                    + " |");
            assertThat(FlowCode.of(c.code())).contains(c);
        }
        assertThat(FlowCode.of("FLOW999")).isEmpty();
    }
}
