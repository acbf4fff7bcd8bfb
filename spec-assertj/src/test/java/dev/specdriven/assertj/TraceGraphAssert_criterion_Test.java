package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.tracedSpec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveElement.shouldHaveElement;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.trace.TraceGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceGraphAssert_criterion_Test {

    private static final TraceGraph GRAPH = TraceGraph.of(tracedSpec(TASKS));

    @Test
    void navigates_to_an_existing_criterion() {
        // GIVEN/WHEN/THEN
        assertThat(GRAPH).criterion("orders", "1.2").isCovered().isCoveredByTask("1");
    }

    @Test
    void fails_listing_the_criteria_of_the_spec() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(GRAPH).criterion("orders", "4.1"));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveElement(
                                        "trace graph",
                                        "criterion:orders/4.1",
                                        List.of("1.1", "1.2", "2.1"))
                                .create());
    }
}
