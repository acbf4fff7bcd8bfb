package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.trace.evidence.Evidence;
import dev.specdriven.trace.evidence.EvidenceItem;
import dev.specdriven.trace.evidence.EvidenceKind;
import dev.specdriven.trace.evidence.EvidenceTarget;
import dev.specdriven.trace.evidence.TestStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImpactTest {
    @TempDir Path dir;
    private static final String S = "checkout";

    private TraceGraph graph() {
        Fixtures.checkout(dir);
        Evidence ev =
                new Evidence(
                        List.of(
                                new EvidenceItem(
                                        EvidenceKind.TEST,
                                        "com.x.OrderTest#creates",
                                        List.of(new EvidenceTarget(S, "1.1")),
                                        TestStatus.PASSED,
                                        Optional.empty(),
                                        Optional.empty(),
                                        "evidence-json")),
                        List.of(),
                        List.of("inline"));
        return TraceGraph.builder().workspace(Fixtures.read(dir)).evidence(ev).build();
    }

    @Test
    void criterionChangeReachesDesignPropertiesTasksTestsAndPropertyTasks() {
        TraceGraph g = graph();
        Impact i = g.impact(List.of(NodeId.criterion(S, "1.1")));
        assertThat(i.changed()).containsExactly(NodeId.criterion(S, "1.1"));
        assertThat(i.affected(NodeKind.DESIGN_SECTION))
                .containsExactly(NodeId.section(S, "checkout-service"));
        assertThat(i.affected(NodeKind.PROPERTY)).containsExactly(NodeId.property(S, "1"));
        // task 1.1 implements it; task 2 cites property 1
        assertThat(i.affected(NodeKind.TASK))
                .containsExactlyInAnyOrder(NodeId.task(S, "1.1"), NodeId.task(S, "2"));
        assertThat(i.affected(NodeKind.TEST))
                .containsExactly(NodeId.test("com.x.OrderTest#creates"));
        ImpactedNode viaProperty =
                i.affected().stream()
                        .filter(n -> n.node().equals(NodeId.task(S, "2")))
                        .findFirst()
                        .orElseThrow();
        assertThat(viaProperty.distance()).isEqualTo(2);
        assertThat(viaProperty.via().kind()).isEqualTo(LinkKind.IMPLEMENTS_PROPERTY);
    }

    @Test
    void requirementChangeReachesItsCriteriaAndWholeRequirementReferences() {
        TraceGraph g = graph();
        Impact i = g.impact(List.of(NodeId.requirement(S, "2")));
        assertThat(i.affected(NodeKind.CRITERION))
                .containsExactlyInAnyOrder(NodeId.criterion(S, "2.1"), NodeId.criterion(S, "2.2"));
        assertThat(i.affected(NodeKind.TASK)).containsExactly(NodeId.task(S, "2"));
        assertThat(i.affected(NodeKind.PROPERTY)).containsExactly(NodeId.property(S, "1"));
    }

    @Test
    void parentTaskChangeReachesSubTasks() {
        Impact i = graph().impact(List.of(NodeId.task(S, "1")));
        assertThat(i.affected(NodeKind.TASK))
                .containsExactly(NodeId.task(S, "1.1"), NodeId.task(S, "1.2"));
    }

    @Test
    void unknownNodesAreReportedNotThrown() {
        Impact i =
                graph().impact(
                                List.of(
                                        NodeId.criterion(S, "9.9"),
                                        NodeId.criterion("nope", "1.1")));
        assertThat(i.changed()).isEmpty();
        assertThat(i.unknown()).hasSize(2);
        assertThat(i.affected()).isEmpty();
    }

    @Test
    void uncitedCriterionHasNoImpact() {
        assertThat(graph().impact(List.of(NodeId.criterion(S, "1.3"))).affected()).isEmpty();
    }
}
