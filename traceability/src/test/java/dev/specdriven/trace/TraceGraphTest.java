package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceGraphTest {
    @TempDir Path dir;

    private static final String S = "checkout";

    private static NodeId c(String id) {
        return NodeId.criterion(S, id);
    }

    @Test
    void buildsTypedNodes() {
        TraceGraph g = Fixtures.checkout(dir);
        assertThat(g.specs()).containsExactly(S);
        assertThat(g.nodes(NodeKind.REQUIREMENT))
                .extracting(n -> n.id().local())
                .containsExactly("1", "2");
        assertThat(g.nodes(NodeKind.CRITERION))
                .extracting(n -> n.id().local())
                .containsExactly("1.1", "1.2", "1.3", "2.1", "2.2");
        assertThat(g.nodes(NodeKind.PROPERTY))
                .extracting(n -> n.id().local())
                .containsExactly("1", "2");
        assertThat(g.nodes(NodeKind.TASK))
                .extracting(n -> n.id().local())
                .containsExactly("1", "1.1", "1.2", "2", "3");
        assertThat(g.nodes(NodeKind.GLOSSARY_TERM))
                .extracting(n -> n.id().local())
                .containsExactly("checkout service");
        assertThat(g.node(NodeId.section(S, "checkout-service"))).isPresent();
        TraceNode crit = g.node(c("1.2")).orElseThrow();
        assertThat(crit.file()).contains(".kiro/specs/checkout/requirements.md");
        assertThat(crit.line()).contains(20);
        assertThat(crit.label()).startsWith("WHEN the cart is empty");
    }

    @Test
    void linksCarryKindSpanAndOrigin() {
        TraceGraph g = Fixtures.checkout(dir);
        List<TraceLink> toCrit = g.incoming(c("1.1"));
        assertThat(toCrit)
                .extracting(l -> l.kind() + " " + l.source())
                .containsExactlyInAnyOrder(
                        "VALIDATES section:checkout/checkout-service",
                        "VALIDATES property:checkout/1",
                        "IMPLEMENTS task:checkout/1.1");
        TraceLink fromTask =
                g.outgoing(NodeId.task(S, "1.1")).stream()
                        .filter(l -> l.kind() == LinkKind.IMPLEMENTS)
                        .findFirst()
                        .orElseThrow();
        assertThat(fromTask.origin()).isEqualTo(LinkOrigin.EXPLICIT);
        assertThat(fromTask.score()).isEqualTo(1.0);
        assertThat(fromTask.text()).isEqualTo("1.1");
        assertThat(fromTask.file()).contains(".kiro/specs/checkout/tasks.md");
        assertThat(fromTask.span().orElseThrow().start().line()).isEqualTo(5);
        // a whole-requirement reference links to the requirement node
        assertThat(g.outgoing(NodeId.task(S, "2")))
                .extracting(l -> l.kind() + " " + l.target())
                .contains(
                        "IMPLEMENTS requirement:checkout/2",
                        "IMPLEMENTS_PROPERTY property:checkout/1",
                        "PART_OF spec:checkout");
        assertThat(g.outgoing(NodeId.task(S, "1.2")))
                .extracting(l -> l.kind() + " " + l.target())
                .contains("SUBTASK_OF task:checkout/1");
        assertThat(g.outgoing(c("1.1")))
                .extracting(l -> l.kind() + " " + l.target())
                .containsExactlyInAnyOrder(
                        "PART_OF requirement:checkout/1",
                        "MENTIONS term:checkout/checkout service");
    }

    @Test
    void coveragePerCriterion() {
        TraceGraph g = Fixtures.checkout(dir);
        CriterionCoverage c11 = g.coverage(c("1.1")).orElseThrow();
        assertThat(c11.designed()).isTrue();
        assertThat(c11.tasked()).isTrue();
        assertThat(c11.done()).isTrue();
        assertThat(c11.verified()).isFalse();
        CriterionCoverage c12 = g.coverage(c("1.2")).orElseThrow();
        assertThat(c12.covered()).isTrue();
        assertThat(c12.done()).isFalse();
        CriterionCoverage c22 = g.coverage(c("2.2")).orElseThrow();
        assertThat(c22.designed()).isFalse();
        assertThat(c22.tasks()).containsExactly(NodeId.task(S, "2"));
        assertThat(g.uncoveredCriteria())
                .extracting(x -> x.criterion().local())
                .containsExactly("1.3", "2.2");
        CoverageSummary total = g.coverage().total();
        assertThat(total.criteria()).isEqualTo(5);
        assertThat(total.designed()).isEqualTo(3);
        assertThat(total.tasked()).isEqualTo(4);
        assertThat(total.covered()).isEqualTo(3);
        assertThat(total.done()).isEqualTo(1);
        assertThat(total.coveredPercent()).hasValue(60.0);
        assertThat(g.coverage().specs())
                .singleElement()
                .isEqualTo(new CoverageSummary(S, 5, 3, 4, 3, 1, 0));
        assertThat(g.coverage(NodeId.task(S, "1"))).isEmpty();
    }

    @Test
    void findings() {
        TraceGraph g = Fixtures.checkout(dir);
        assertThat(g.findings(TraceCode.NOT_DESIGNED))
                .flatExtracting(Finding::nodes)
                .containsExactly(c("1.3"), c("2.2"));
        assertThat(g.findings(TraceCode.NOT_TASKED))
                .flatExtracting(Finding::nodes)
                .containsExactly(c("1.3"));
        assertThat(g.danglingReferences())
                .extracting(
                        f ->
                                f.diagnostic().file().orElseThrow()
                                        + ":"
                                        + f.diagnostic().line()
                                        + " "
                                        + f.nodes())
                .containsExactly(
                        ".kiro/specs/checkout/design.md:19 [section:checkout/payment-client]",
                        ".kiro/specs/checkout/tasks.md:7 [task:checkout/1.2]");
        assertThat(g.orphanDesign())
                .flatExtracting(Finding::nodes)
                .containsExactlyInAnyOrder(
                        NodeId.section(S, "payment-client"), NodeId.property(S, "2"));
        assertThat(g.orphanTasks())
                .flatExtracting(Finding::nodes)
                .containsExactly(NodeId.task(S, "3"));
        assertThat(g.duplicateIds()).isEmpty();
        assertThat(g.taskCycles()).isEmpty();
        // a dangling reference has the spec model's code (SpecChecker reports it there too)
        assertThat(g.findings())
                .allSatisfy(f -> assertThat(f.code()).matches("TRACE\\d{3}|SPEC016"));
        // evidence-based findings need evidence
        assertThat(g.findings(TraceCode.NOT_VERIFIED)).isEmpty();
        assertThat(g.findings(TraceCode.DONE_WITHOUT_EVIDENCE)).isEmpty();
    }

    @Test
    void duplicateIdsGetDistinctNodes() {
        Fixtures.spec(
                dir,
                "dup",
                Fixtures.REQUIREMENTS,
                null,
                """
                # Tasks

                - [ ] 1. First
                  - _Requirements: 1.1_
                - [ ] 1. Again
                  - _Requirements: 1.2_
                """);
        TraceGraph g = TraceGraph.of(Fixtures.read(dir));
        assertThat(g.nodes(NodeKind.TASK))
                .extracting(n -> n.id().local())
                .containsExactly("1", "1~2");
        assertThat(g.duplicateIds())
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.code()).isEqualTo("SPEC012");
                            assertThat(f.diagnostic().line()).isEqualTo(5);
                            assertThat(f.nodes()).containsExactly(NodeId.task("dup", "1~2"));
                        });
        assertThat(g.coverage(NodeId.criterion("dup", "1.2")).orElseThrow().tasks())
                .containsExactly(NodeId.task("dup", "1~2"));
    }

    @Test
    void asGraphIsAnUnmodifiableView() {
        TraceGraph g = Fixtures.checkout(dir);
        Graph<NodeId, TraceLink> view = g.asGraph();
        assertThat(view.vertexSet()).hasSize(g.nodes().size());
        assertThat(view.edgeSet()).hasSize(g.links().size());
        assertThat(view.getType().isAllowingMultipleEdges()).isTrue();
        assertThat(g.asGraph()).isSameAs(view);
        assertThatThrownBy(() -> view.addVertex(NodeId.spec("x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.removeEdge(g.links().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void linksHaveIdentityEquality() {
        NodeId a = NodeId.task(S, "1");
        NodeId b = c("1.1");
        TraceLink x = TraceLink.structural(a, b, LinkKind.IMPLEMENTS, "1.1");
        TraceLink y = TraceLink.structural(a, b, LinkKind.IMPLEMENTS, "1.1");
        assertThat(x).isNotEqualTo(y).isEqualTo(x);
        assertThatThrownBy(() -> TraceLink.inferred(a, b, LinkKind.IMPLEMENTS, 0, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TraceLink.inferred(a, b, LinkKind.IMPLEMENTS, 1.5, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inferredLinksAreKeptApartFromExplicitOnes() {
        Fixtures.checkout(dir);
        TraceGraph g =
                TraceGraph.builder()
                        .workspace(Fixtures.read(dir))
                        .link(
                                TraceLink.inferred(
                                        NodeId.task(S, "3"),
                                        c("1.3"),
                                        LinkKind.IMPLEMENTS,
                                        0.6,
                                        "order log"))
                        .build();
        assertThat(g.coverage(c("1.3")).orElseThrow().tasked()).isFalse();
        assertThat(g.incoming(c("1.3")))
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.origin()).isEqualTo(LinkOrigin.INFERRED);
                            assertThat(l.score()).isEqualTo(0.6);
                        });
        assertThat(g.impact(List.of(c("1.3"))).affected()).isEmpty();
        assertThat(g.impact(List.of(c("1.3")), true).affected(NodeKind.TASK))
                .containsExactly(NodeId.task(S, "3"));
        assertThatThrownBy(
                        () ->
                                TraceGraph.builder()
                                        .workspace(Fixtures.read(dir))
                                        .link(
                                                TraceLink.inferred(
                                                        NodeId.task(S, "99"),
                                                        c("1.3"),
                                                        LinkKind.IMPLEMENTS,
                                                        0.5,
                                                        "x"))
                                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nodeIdStringFormRoundTrips() {
        for (NodeId id :
                List.of(
                        c("2.3"),
                        NodeId.spec(S),
                        NodeId.task(S, "4.1"),
                        NodeId.section(S, "data-models"),
                        NodeId.test("com.x.FooTest#bar"),
                        new NodeId(NodeKind.CODE, "", "src/a.java:3"))) {
            assertThat(NodeId.parse(id.toString())).isEqualTo(id);
        }
        assertThatThrownBy(() -> NodeId.parse("nothing"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NodeId.parse("bogus:x/y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void singleSpecGraph() {
        Fixtures.checkout(dir);
        TraceGraph g = TraceGraph.of(Fixtures.read(dir).spec(S).orElseThrow());
        assertThat(g.specs()).containsExactly(S);
        assertThat(g.coverage().total().criteria()).isEqualTo(5);
        assertThat(g.criteriaOf(NodeId.task(S, "2"))).containsExactly(c("2.1"), c("2.2"));
    }
}
