package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.tasks;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveTaskState.shouldHaveTaskState;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import org.junit.jupiter.api.Test;

class TaskAssert_withState_Test {

    private static final Task TWO = tasks(TASKS).task("2").orElseThrow();

    @Test
    void passes_for_the_state_of_the_checkbox() {
        // GIVEN/WHEN/THEN
        assertThat(TWO).withState(TaskState.NOT_STARTED);
    }

    @Test
    void fails_naming_both_states() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(TWO).withState(TaskState.DONE));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveTaskState("2", TWO.title(), TaskState.DONE, TaskState.NOT_STARTED)
                                .create())
                .hasMessageEndingWith("to be done but was not-started");
    }
}
