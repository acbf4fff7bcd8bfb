package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.ears;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHavePattern.shouldHavePattern;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsRequirement;
import org.junit.jupiter.api.Test;

class EarsRequirementAssert_isStateDriven_Test {

    @Test
    void passes_for_a_state_driven_sentence() {
        // GIVEN
        EarsRequirement requirement =
                ears("While the shop is closed, the Order_Service shall queue new orders.");
        // WHEN/THEN
        assertThat(requirement).isStateDriven();
    }

    @Test
    void fails_naming_the_actual_pattern() {
        // GIVEN
        EarsRequirement requirement = ears("The Order_Service shall log every call.");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(requirement).isStateDriven());
        // THEN
        then(error)
                .hasMessage(
                        shouldHavePattern(
                                        "EARS sentence",
                                        requirement.text(),
                                        "STATE_DRIVEN",
                                        requirement.pattern())
                                .create())
                .hasMessageEndingWith(
                        "to be classified as STATE_DRIVEN but was " + requirement.pattern().id());
    }
}
