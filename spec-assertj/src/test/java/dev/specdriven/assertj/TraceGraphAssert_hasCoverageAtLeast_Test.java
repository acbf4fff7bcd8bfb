package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.tracedSpec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveCoverageAtLeast.shouldHaveCoverageAtLeast;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.specdriven.trace.TraceGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceGraphAssert_hasCoverageAtLeast_Test {

    // 3 criteria; 1.1 and 1.2 are validated by Property 1 and tasked by task 1; 2.1 is tasked by
    // task 2 but no design element validates it: 2 of 3 covered
    private static final TraceGraph GRAPH = TraceGraph.of(tracedSpec(TASKS));

    @Test
    void passes_at_or_below_the_covered_share() {
        // GIVEN/WHEN/THEN
        assertThat(GRAPH)
                .hasCoverageAtLeast(0.66)
                .hasCoverageAtLeast(2.0 / 3)
                .hasCoverageAtLeast(0);
    }

    @Test
    void fails_above_the_covered_share_listing_the_uncovered_criteria() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(GRAPH).hasCoverageAtLeast(0.95));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveCoverageAtLeast(0.95, 2, 3, List.of("criterion:orders/2.1"))
                                .create())
                .hasMessageContaining(
                        "at least 95.0% of its criteria but it covers 66.7% (2 of 3)");
    }

    @Test
    void rejects_a_share_outside_zero_to_one() {
        thenThrownBy(() -> assertThat(GRAPH).hasCoverageAtLeast(95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimum must be in [0, 1], was 95.0");
    }
}
