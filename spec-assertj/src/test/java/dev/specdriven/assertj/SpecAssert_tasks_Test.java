package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.REQUIREMENTS;
import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.spec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveElement.shouldHaveElement;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.spec.Spec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecAssert_tasks_Test {

    @Test
    void navigates_to_the_task_list() {
        // GIVEN
        Spec spec = spec("orders", REQUIREMENTS, TASKS);
        // WHEN/THEN
        assertThat(spec).tasks().hasTask("1").isDone();
    }

    @Test
    void fails_when_the_spec_has_no_task_list() {
        // GIVEN
        Spec full = spec("orders", REQUIREMENTS, TASKS);
        Spec spec =
                new Spec(
                        full.name(),
                        full.path(),
                        full.directory(),
                        full.config(),
                        full.requirements(),
                        full.bugfix(),
                        full.design(),
                        Optional.empty(),
                        List.of(),
                        List.of());
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(spec).tasks());
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveElement(
                                        "spec \"orders\"",
                                        "a tasks.md",
                                        List.of(".kiro/specs/orders/requirements.md"))
                                .create());
    }
}
