package dev.specdriven.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.Spec;
import dev.specdriven.trace.SpecPhase;
import dev.specdriven.trace.TraceGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: the parts it hands out, the gates it runs and the deprecated delegates. */
class SpecWorkflowTest {

    /** A spec that trips every built-in gate: unapproved, incomplete design, bad tasks, marked. */
    private static Spec everyGateFires(Path root) {
        String tasks =
                "# Plan\n\n"
                        + "- [x] 2. Reject invalid credentials with an error response"
                        + " <!-- needs-revision: FR-2.1 changed -->\n"
                        + "  - _Requirements: FR-2_\n"
                        + "- [ ] 1. Polish the dashboard colours\n"
                        + "- [ ] Write the release notes\n";
        Fixtures.write(root, Fixtures.REQUIREMENTS, "# Design\n\n## Architecture\n\nx\n", tasks);
        return Fixtures.spec(root);
    }

    @Test
    void checkRunsTheBuiltInGatesInOrder(@TempDir Path root) {
        Spec spec = everyGateFires(root);
        SpecWorkflow flow = SpecWorkflow.create();
        TraceGraph graph = TraceGraph.of(spec);
        List<Diagnostic> expected = new ArrayList<>();
        expected.addAll(flow.approvals().check(spec));
        expected.addAll(flow.designCompleteness().check(spec));
        expected.addAll(flow.taskQuality().check(spec, graph));
        expected.addAll(flow.designDrift().check(spec));
        expected.addAll(flow.revisionMarks().check(spec));
        expected.addAll(flow.verification().check(spec));
        assertThat(expected)
                .extracting(Diagnostic::code)
                .contains(
                        "FLOW001", "FLOW002", "FLOW010", "FLOW020", "FLOW021", "FLOW022", "FLOW031",
                        "FLOW032", "FLOW043");
        assertThat(flow.check(spec, graph)).isEqualTo(expected);
        assertThat(flow.check(spec)).isEqualTo(expected);
        assertThat(flow.gates())
                .containsExactly(
                        flow.approvals(),
                        flow.designCompleteness(),
                        flow.taskQuality(),
                        flow.designDrift(),
                        flow.revisionMarks(),
                        flow.verification());
    }

    @Test
    void everyBuiltInGateGivesTheSameAnswerWithOrWithoutAGraph(@TempDir Path root) {
        Spec spec = everyGateFires(root);
        SpecWorkflow flow = SpecWorkflow.create();
        TraceGraph graph = TraceGraph.of(spec);
        assertThat(flow.approvals().check(spec, graph)).isEqualTo(flow.approvals().check(spec));
        assertThat(flow.designCompleteness().check(spec, graph))
                .isEqualTo(flow.designCompleteness().check(spec));
        assertThat(flow.taskQuality().check(spec, graph)).isEqualTo(flow.taskQuality().check(spec));
        assertThat(flow.designDrift().check(spec, graph)).isEqualTo(flow.designDrift().check(spec));
        assertThat(flow.revisionMarks().check(spec, graph))
                .isEqualTo(flow.revisionMarks().check(spec));
        assertThat(flow.verification().check(spec, graph))
                .isEqualTo(flow.verification().check(spec));
    }

    @Test
    void addedGatesRunAfterTheBuiltInOnesWithTheGraph(@TempDir Path root) {
        Spec spec = everyGateFires(root);
        List<TraceGraph> seen = new ArrayList<>();
        WorkflowGate owner =
                (s, g) -> {
                    seen.add(g);
                    return List.of(
                            Diagnostic.of(
                                            "ACME001",
                                            Severity.WARNING,
                                            "spec " + s.name() + " names no owner",
                                            "Add an 'Owner:' line.",
                                            SourceSpan.at(SourcePosition.START))
                                    .withFile(s.requirements().orElseThrow().path()));
                };
        WorkflowGate second = (s, g) -> List.of();
        SpecWorkflow flow = SpecWorkflow.builder().addGate(owner).addGate(second).build();
        TraceGraph graph = TraceGraph.of(spec);
        List<Diagnostic> all = flow.check(spec, graph);
        assertThat(all.get(all.size() - 1).code()).isEqualTo("ACME001");
        assertThat(all.subList(0, all.size() - 1))
                .isEqualTo(SpecWorkflow.create().check(spec, graph));
        assertThat(seen).containsExactly(graph);
        assertThat(flow.gates()).hasSize(8).endsWith(owner, second);
        assertThatThrownBy(() -> SpecWorkflow.builder().addGate(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("gate must not be null");
    }

    @Test
    @SuppressWarnings("removal")
    void deprecatedDelegatesAnswerAsTheParts(@TempDir Path root) throws Exception {
        Spec spec = everyGateFires(root);
        SpecWorkflow flow = SpecWorkflow.create();
        TraceGraph graph = TraceGraph.of(spec);
        assertThat(flow.check(spec, Optional.of(graph))).isEqualTo(flow.check(spec, graph));
        assertThat(flow.check(spec, Optional.empty())).isEqualTo(flow.check(spec));
        assertThat(flow.tasksGenerationGate(spec))
                .isEqualTo(flow.approvals().tasksGenerationGate(spec));
        assertThat(flow.metrics(Fixtures.workspace(root), graph)).isEqualTo(flow.metrics(graph));

        flow.approve(spec, SpecPhase.REQUIREMENTS, "alice");
        assertThat(flow.records(Fixtures.spec(root)).approval(SpecPhase.REQUIREMENTS))
                .get()
                .extracting(SpecRecords.ApprovalRecord::by)
                .isEqualTo("alice");
        Fixtures.replace(
                Fixtures.folder(root).resolve("requirements.md"),
                "reject the login request with an error.",
                "reject the login request with an error and log it.");
        spec = Fixtures.spec(root);
        assertThat(flow.changedSinceApproval(spec))
                .isEqualTo(flow.approvals().changedCriteria(spec))
                .containsExactly("FR-2.1");
        assertThat(flow.needsRevision(spec, Set.of("FR-2.1")))
                .isEqualTo(flow.revisionMarks().needsRevision(spec, Set.of("FR-2.1")))
                .extracting(RevisionMark::taskId)
                .containsExactly("2");
        assertThat(flow.unmark(spec, Set.of())).isEqualTo(1);
        spec = Fixtures.spec(root);
        assertThat(flow.mark(spec, flow.needsRevision(spec, Set.of("FR-2.1")))).isEqualTo(1);
        assertThat(flow.revisionMarks().marked(Fixtures.spec(root))).containsOnlyKeys("2");

        assertThat(flow.reconcile(spec, "reconcile").baseline()).isPresent();
        assertThat(flow.designDrift().check(Fixtures.spec(root))).isEmpty();
        assertThat(flow.verify(spec, "carol").verified()).isPresent();
        assertThat(flow.verification().check(Fixtures.spec(root))).isEmpty();
    }
}
