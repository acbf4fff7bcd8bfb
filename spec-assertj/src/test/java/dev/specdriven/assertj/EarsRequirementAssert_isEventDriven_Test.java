package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.ears;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHavePattern.shouldHavePattern;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsRequirement;
import org.junit.jupiter.api.Test;

class EarsRequirementAssert_isEventDriven_Test {

    @Test
    void passes_for_a_event_driven_sentence() {
        // GIVEN
        EarsRequirement requirement =
                ears("When an order is paid, the Order_Service shall send a receipt.");
        // WHEN/THEN
        assertThat(requirement).isEventDriven();
    }

    @Test
    void fails_naming_the_actual_pattern() {
        // GIVEN
        EarsRequirement requirement = ears("The Order_Service shall log every call.");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(requirement).isEventDriven());
        // THEN
        then(error)
                .hasMessage(
                        shouldHavePattern(
                                        "EARS sentence",
                                        requirement.text(),
                                        "EVENT_DRIVEN",
                                        requirement.pattern())
                                .create())
                .hasMessageEndingWith(
                        "to be classified as EVENT_DRIVEN but was " + requirement.pattern().id());
    }
}
