package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.REQUIREMENTS;
import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.ears;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.parse;
import static dev.specdriven.assertj.Fixtures.spec;
import static dev.specdriven.assertj.Fixtures.tasks;
import static dev.specdriven.assertj.Fixtures.tracedSpec;
import static dev.specdriven.assertj.SpecAssertions.then;
import static dev.specdriven.assertj.error.ShouldHavePattern.shouldHavePattern;
import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.TaskState;
import dev.specdriven.trace.TraceGraph;
import org.junit.jupiter.api.Test;

class SpecAssertions_then_Test {

    @Test
    void bdd_entry_points_return_the_same_assertions() {
        Spec spec = spec("orders", REQUIREMENTS, TASKS);
        then(parse("The Order_Service shall log every call.")).hasNoErrors();
        then(ears("The Order_Service shall log every call.")).isUbiquitous();
        then(spec.criterion(new CriterionId("1", 1)).orElseThrow()).ears().isEventDriven();
        then(spec).hasNoErrors();
        then(tasks(TASKS)).hasTask("1").isDone();
        then(tasks(TASKS).task("2").orElseThrow()).withState(TaskState.NOT_STARTED);
        then(TraceGraph.of(tracedSpec(TASKS))).hasNoDanglingReferences();
        assertThat(then(spec)).isInstanceOf(SpecAssert.class);
    }

    @Test
    void bdd_entry_points_fail_like_assert_that() {
        EarsRequirement r = ears("The Order_Service shall log every call.");
        AssertionError error = expectAssertionError(() -> then(r).isEventDriven());
        assertThat(error)
                .hasMessage(
                        shouldHavePattern(
                                        "EARS sentence",
                                        r.text(),
                                        "EVENT_DRIVEN",
                                        EarsPatterns.UBIQUITOUS)
                                .create());
    }

    @Test
    void a_description_prefixes_the_message() {
        EarsRequirement r = ears("The Order_Service shall log every call.");
        AssertionError error =
                expectAssertionError(() -> then(r).as("criterion 4.2").isEventDriven());
        assertThat(error).hasMessageStartingWith("[criterion 4.2] ");
    }
}
