package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.ears;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHavePattern.shouldHavePattern;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsRequirement;
import org.junit.jupiter.api.Test;

class EarsRequirementAssert_isNotEars_Test {

    @Test
    void passes_for_a_not_ears_sentence() {
        // GIVEN
        EarsRequirement requirement = ears("The Order_Service should send a receipt.");
        // WHEN/THEN
        assertThat(requirement).isNotEars();
    }

    @Test
    void fails_naming_the_actual_pattern() {
        // GIVEN
        EarsRequirement requirement = ears("The Order_Service shall log every call.");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(requirement).isNotEars());
        // THEN
        then(error)
                .hasMessage(
                        shouldHavePattern(
                                        "EARS sentence",
                                        requirement.text(),
                                        "NOT_EARS",
                                        requirement.pattern())
                                .create())
                .hasMessageEndingWith(
                        "to be classified as NOT_EARS but was " + requirement.pattern().id());
    }
}
