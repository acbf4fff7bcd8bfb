package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.tasks;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveTaskState.shouldHaveTaskState;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import org.junit.jupiter.api.Test;

class TaskAssert_isDone_Test {

    private static final TasksDocument TASK_LIST = tasks(TASKS);

    @Test
    void passes_for_a_checked_task() {
        // GIVEN/WHEN/THEN
        assertThat(TASK_LIST.task("1").orElseThrow()).isDone();
    }

    @Test
    void fails_for_an_open_task() {
        // GIVEN
        Task open = TASK_LIST.task("2").orElseThrow();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(open).isDone());
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveTaskState(
                                        "2", open.title(), TaskState.DONE, TaskState.NOT_STARTED)
                                .create());
    }
}
