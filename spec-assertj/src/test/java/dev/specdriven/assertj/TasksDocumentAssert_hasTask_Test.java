package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.tasks;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveTask.shouldHaveTask;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.spec.TasksDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class TasksDocumentAssert_hasTask_Test {

    private static final TasksDocument TASK_LIST = tasks(TASKS);

    @Test
    void navigates_to_an_existing_task() {
        // GIVEN/WHEN/THEN
        assertThat(TASK_LIST).hasTask("2").referencesCriterion("2.1");
    }

    @Test
    void fails_listing_the_task_ids() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(TASK_LIST).hasTask("2.1"));
        // THEN
        then(error)
                .hasMessage(shouldHaveTask("tasks.md", "2.1", List.of("1", "2")).create())
                .hasMessageEndingWith(
                        "to have task \"2.1\" but its tasks are:%n  1, 2".formatted());
    }
}
