package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.REQUIREMENTS;
import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.spec;
import static dev.specdriven.assertj.Fixtures.tracedSpec;
import static dev.specdriven.assertj.InstanceOfSpecAssertFactories.ACCEPTANCE_CRITERION;
import static dev.specdriven.assertj.InstanceOfSpecAssertFactories.EARS_REQUIREMENT;
import static dev.specdriven.assertj.InstanceOfSpecAssertFactories.SPEC;
import static dev.specdriven.assertj.InstanceOfSpecAssertFactories.TASK;
import static dev.specdriven.assertj.InstanceOfSpecAssertFactories.TASKS_DOCUMENT;
import static dev.specdriven.assertj.InstanceOfSpecAssertFactories.TRACE_GRAPH;
import static dev.specdriven.assertj.error.ShouldHaveTask.shouldHaveTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.Spec;
import dev.specdriven.trace.TraceGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceOfSpecAssertFactoriesTest {

    private static final Spec SPEC_VALUE = spec("orders", REQUIREMENTS, TASKS);

    @Test
    void continues_chains_with_specdriven_assertions() {
        assertThat(List.of(SPEC_VALUE)).first(SPEC).hasNoErrors().hasCriterion("1.1");
        assertThat(SPEC_VALUE.criteria()).first(ACCEPTANCE_CRITERION).ears().isEventDriven();
        assertThat(SPEC_VALUE.criteria())
                .first()
                .extracting(AcceptanceCriterion::ears, EARS_REQUIREMENT)
                .hasSystem("Order_Service");
        assertThat((Object) SPEC_VALUE.tasks().orElseThrow())
                .asInstanceOf(TASKS_DOCUMENT)
                .hasTask("1");
        assertThat(SPEC_VALUE.tasks().orElseThrow().tasks()).last(TASK).referencesCriterion("2.1");
        assertThat((Object) TraceGraph.of(tracedSpec(TASKS)))
                .asInstanceOf(TRACE_GRAPH)
                .hasCoverageAtLeast(0.5);
    }

    @Test
    void failures_carry_the_specdriven_message() {
        AssertionError error =
                expectAssertionError(
                        () ->
                                assertThat((Object) SPEC_VALUE.tasks().orElseThrow())
                                        .asInstanceOf(TASKS_DOCUMENT)
                                        .hasTask("9"));
        assertThat(error)
                .hasMessage(
                        shouldHaveTask(".kiro/specs/orders/tasks.md", "9", List.of("1", "2"))
                                .create());
    }
}
