package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.tracedSpec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldBeVerified.shouldBeVerified;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.trace.evidence.EvidenceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Also the round trip: evidence written by {@link VerifiesExtension}, read by specdriven. */
class CriterionTraceAssert_isVerified_Test {

    @org.junit.jupiter.api.condition.EnabledIf("dev.specdriven.assertj.TestKit#active")
    static class OrdersTest {
        @org.junit.jupiter.api.Test
        @Verifies("orders:1.1")
        void sends_receipts() {}

        @org.junit.jupiter.api.Test
        @Verifies({"orders:1.2", "orders:2.1"})
        void keeps_receipts() {
            throw new AssertionError("receipt lost");
        }
    }

    private static TraceGraph graphWithEvidence(Path dir) throws IOException {
        Path file = dir.resolve("specdriven-evidence.json");
        TestKit.jupiter()
                .selectors(selectClass(OrdersTest.class))
                .configurationParameter(VerifiesExtension.EVIDENCE_FILE_PARAMETER, file.toString())
                .execute();
        return TraceGraph.builder()
                .spec(tracedSpec(TASKS))
                .evidence(EvidenceReader.create().read(List.of(file)))
                .build();
    }

    @Test
    void passes_for_a_criterion_cited_by_a_passing_test(@TempDir Path dir) throws IOException {
        // GIVEN
        TraceGraph graph = graphWithEvidence(dir);
        // WHEN/THEN
        assertThat(graph).criterion("orders", "1.1").isVerified();
    }

    @Test
    void fails_for_a_criterion_cited_by_a_failing_test(@TempDir Path dir) throws IOException {
        // GIVEN
        TraceGraph graph = graphWithEvidence(dir);
        // WHEN
        AssertionError error =
                expectAssertionError(
                        () -> assertThat(graph).criterion("orders", "1.2").isVerified());
        // THEN
        then(error)
                .hasMessage(
                        shouldBeVerified(
                                        graph.coverage(NodeId.criterion("orders", "1.2"))
                                                .orElseThrow())
                                .create())
                .hasMessageContaining("a citing test fails")
                .hasMessageContaining(OrdersTest.class.getName() + "#keeps_receipts");
    }

    @Test
    void fails_without_evidence() {
        // GIVEN
        TraceGraph graph = TraceGraph.of(tracedSpec(TASKS));
        // WHEN
        AssertionError error =
                expectAssertionError(
                        () -> assertThat(graph).criterion("orders", "1.1").isVerified());
        // THEN
        then(error).hasMessageContaining("no passing test cites it").hasMessageEndingWith("(none)");
    }
}
