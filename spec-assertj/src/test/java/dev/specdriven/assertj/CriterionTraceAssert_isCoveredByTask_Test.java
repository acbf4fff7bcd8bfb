package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.tracedSpec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldBeCoveredByTask.shouldBeCoveredByTask;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.trace.TraceGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriterionTraceAssert_isCoveredByTask_Test {

    private static final TraceGraph GRAPH = TraceGraph.of(tracedSpec(TASKS));

    @Test
    void passes_for_the_task_citing_the_criterion() {
        // GIVEN/WHEN/THEN
        assertThat(GRAPH).criterion("orders", "2.1").isCoveredByTask("2");
    }

    @Test
    void fails_listing_the_tasks_that_do_cite_it() {
        // WHEN
        AssertionError error =
                expectAssertionError(
                        () -> assertThat(GRAPH).criterion("orders", "2.1").isCoveredByTask("1"));
        // THEN
        then(error)
                .hasMessage(
                        shouldBeCoveredByTask("criterion:orders/2.1", "1", List.of("2")).create())
                .hasMessageEndingWith(
                        "to be implemented by task 1 but its tasks are:%n  2".formatted());
    }
}
