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
import org.junit.jupiter.api.Test;

class SpecAssert_hasCriterion_Test {

    private static final Spec SPEC = spec("orders", REQUIREMENTS, TASKS);

    @Test
    void navigates_to_an_existing_criterion() {
        // GIVEN/WHEN/THEN
        assertThat(SPEC).hasCriterion("2.1").ears().isUnwantedBehavior();
    }

    @Test
    void fails_listing_the_criteria_there_are() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(SPEC).hasCriterion("3.1"));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveElement(
                                        "spec \"orders\"",
                                        "criterion 3.1",
                                        List.of("1.1", "1.2", "2.1"))
                                .create());
    }
}
