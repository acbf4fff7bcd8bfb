package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.tracedSpec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveNoFindings.shouldHaveNoFindings;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.trace.Finding;
import dev.specdriven.trace.TraceGraph;
import org.junit.jupiter.api.Test;

class TraceGraphAssert_hasNoOrphans_Test {

    @Test
    void passes_when_every_task_traces_to_a_requirement() {
        // GIVEN/WHEN/THEN
        assertThat(TraceGraph.of(tracedSpec(TASKS))).hasNoOrphans();
    }

    @Test
    void fails_listing_the_orphan_task() {
        // GIVEN task 3 cites nothing
        TraceGraph graph = TraceGraph.of(tracedSpec(TASKS + "- [ ] 3. Polish the receipts page\n"));
        then(graph.orphanTasks()).extracting(Finding::code).containsExactly("TRACE005");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(graph).hasNoOrphans());
        // THEN
        then(error)
                .hasMessage(shouldHaveNoFindings("orphans", graph.orphanTasks()).create())
                .hasMessageContaining("TRACE005");
    }
}
