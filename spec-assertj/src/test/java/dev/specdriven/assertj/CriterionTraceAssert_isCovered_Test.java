package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.tracedSpec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldBeCovered.shouldBeCovered;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.TraceGraph;
import org.junit.jupiter.api.Test;

class CriterionTraceAssert_isCovered_Test {

    private static final TraceGraph GRAPH = TraceGraph.of(tracedSpec(TASKS));

    @Test
    void passes_for_a_designed_and_tasked_criterion() {
        // GIVEN/WHEN/THEN
        assertThat(GRAPH).criterion("orders", "1.1").isCovered();
    }

    @Test
    void fails_for_a_criterion_without_design() {
        // WHEN
        AssertionError error =
                expectAssertionError(
                        () -> assertThat(GRAPH).criterion("orders", "2.1").isCovered());
        // THEN
        then(error)
                .hasMessage(
                        shouldBeCovered(
                                        GRAPH.coverage(NodeId.criterion("orders", "2.1"))
                                                .orElseThrow())
                                .create())
                .hasMessageContaining("but it is not designed and tasked");
    }
}
