package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.tasks;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldReferenceCriterion.shouldReferenceCriterion;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.spec.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskAssert_referencesCriterion_Test {

    private static final Task ONE = tasks(TASKS).task("1").orElseThrow();

    @Test
    void passes_for_a_token_of_the_requirements_line() {
        // GIVEN/WHEN/THEN
        assertThat(ONE).referencesCriterion("1.1").referencesCriterion("1.2");
    }

    @Test
    void fails_listing_the_tokens() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(ONE).referencesCriterion("2.1"));
        // THEN
        then(error)
                .hasMessage(shouldReferenceCriterion("1", "2.1", List.of("1.1", "1.2")).create())
                .hasMessageEndingWith("1.1, 1.2");
    }
}
