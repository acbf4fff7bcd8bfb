package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.tracedSpec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveNoFindings.shouldHaveNoFindings;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.trace.TraceCode;
import dev.specdriven.trace.TraceGraph;
import org.junit.jupiter.api.Test;

class TraceGraphAssert_hasNoFinding_Test {

    private static final TraceGraph GRAPH = TraceGraph.of(tracedSpec(TASKS));

    @Test
    void passes_when_no_finding_has_the_code() {
        // GIVEN/WHEN/THEN: every criterion has a task
        assertThat(GRAPH).hasNoFinding(TraceCode.NOT_TASKED);
    }

    @Test
    void fails_listing_the_findings_with_the_code() {
        // GIVEN 2.1 is not validated by the design
        then(GRAPH.findings(TraceCode.NOT_DESIGNED)).hasSize(1);
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(GRAPH).hasNoFinding(TraceCode.NOT_DESIGNED));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveNoFindings(
                                        "TRACE001 findings", GRAPH.findings(TraceCode.NOT_DESIGNED))
                                .create());
    }
}
