package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.tracedSpec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveNoFindings.shouldHaveNoFindings;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.trace.TraceGraph;
import org.junit.jupiter.api.Test;

class TraceGraphAssert_hasNoDanglingReferences_Test {

    @Test
    void passes_when_every_reference_resolves() {
        // GIVEN/WHEN/THEN
        assertThat(TraceGraph.of(tracedSpec(TASKS))).hasNoDanglingReferences();
    }

    @Test
    void fails_listing_the_dangling_references() {
        // GIVEN task 2 cites criterion 2.9, which does not exist
        TraceGraph graph =
                TraceGraph.of(
                        tracedSpec(
                                TASKS.replace("_Requirements: 2.1_", "_Requirements: 2.1, 2.9_")));
        then(graph.danglingReferences()).hasSize(1);
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(graph).hasNoDanglingReferences());
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveNoFindings("dangling references", graph.danglingReferences())
                                .create())
                .hasMessageContaining("SPEC016")
                .hasMessageContaining("2.9");
    }
}
