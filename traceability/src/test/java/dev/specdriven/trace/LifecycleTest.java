package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.spec.SourceText;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LifecycleTest {
    @TempDir Path dir;

    private Lifecycle lifecycle(String req, String design, String tasks) {
        Fixtures.spec(dir, "s", req, design, tasks);
        return TraceGraph.of(Fixtures.read(dir)).lifecycle("s");
    }

    @Test
    void empty() {
        assertThat(lifecycle("# Requirements\n", null, null).state())
                .isEqualTo(LifecycleState.EMPTY);
    }

    @Test
    void requirements() {
        assertThat(lifecycle(Fixtures.REQUIREMENTS, null, null).state())
                .isEqualTo(LifecycleState.REQUIREMENTS);
    }

    @Test
    void design() {
        assertThat(lifecycle(Fixtures.REQUIREMENTS, Fixtures.DESIGN, null).state())
                .isEqualTo(LifecycleState.DESIGN);
    }

    @Test
    void tasks() {
        Lifecycle l =
                lifecycle(
                        Fixtures.REQUIREMENTS,
                        Fixtures.DESIGN,
                        "# Tasks\n\n- [ ] 1. A\n- [ ]* 2. B\n");
        assertThat(l.state()).isEqualTo(LifecycleState.TASKS);
        assertThat(l.tasks()).isEqualTo(2);
        assertThat(l.requiredTasks()).isEqualTo(1);
    }

    @Test
    void executing() {
        Lifecycle l =
                lifecycle(
                        Fixtures.REQUIREMENTS,
                        Fixtures.DESIGN,
                        "# Tasks\n\n- [x] 1. A\n- [ ] 2. B\n");
        assertThat(l.state()).isEqualTo(LifecycleState.EXECUTING);
        assertThat(l.completionPercent()).isEqualTo(50.0);
    }

    @Test
    void completeWhenEveryRequiredTaskIsDone() {
        Lifecycle l =
                lifecycle(
                        Fixtures.REQUIREMENTS,
                        Fixtures.DESIGN,
                        "# Tasks\n\n- [x] 1. A\n- [ ]* 2. B\n");
        assertThat(l.state()).isEqualTo(LifecycleState.COMPLETE);
        assertThat(l.doneRequiredTasks()).isEqualTo(1);
    }

    @Test
    void approvalsAreReadFromConfigAndCheckedAgainstTheContentHash() {
        Fixtures.spec(dir, "s", Fixtures.REQUIREMENTS, Fixtures.DESIGN, null);
        String sha = SourceText.of(Fixtures.DESIGN).sha256();
        Fixtures.write(
                dir,
                ".kiro/specs/s/.config.kiro",
                "{\"specId\": \"x\", \"approvals\": {\"design\": {\"sha256\": \""
                        + sha
                        + "\", \"by\": \"alice\", \"at\": \"2026-11-26T06:00:00Z\"},"
                        + " \"requirements\": {\"sha256\": \"00\", \"by\": \"bob\", \"at\": \"\"}}}");
        TraceGraph g = TraceGraph.of(Fixtures.read(dir));
        Lifecycle l = g.lifecycle("s");
        assertThat(l.state()).isEqualTo(LifecycleState.DESIGN);
        assertThat(l.approved(SpecPhase.DESIGN)).isTrue();
        assertThat(l.approval(SpecPhase.DESIGN).orElseThrow().by()).isEqualTo("alice");
        assertThat(l.approved(SpecPhase.REQUIREMENTS)).isFalse();
        assertThat(l.label()).isEqualTo("DESIGN_APPROVED");
        assertThat(g.findings(TraceCode.STALE_APPROVAL))
                .singleElement()
                .satisfies(f -> assertThat(f.diagnostic().message()).contains("requirements"));
    }

    @Test
    void unapprovedLabelIsTheState() {
        assertThat(lifecycle(Fixtures.REQUIREMENTS, null, null).label()).isEqualTo("REQUIREMENTS");
    }
}
