package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.ears;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHavePattern.shouldHavePattern;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsRequirement;
import org.junit.jupiter.api.Test;

class EarsRequirementAssert_isUnwantedBehavior_Test {

    @Test
    void passes_for_a_unwanted_behavior_sentence() {
        // GIVEN
        EarsRequirement requirement =
                ears("If the payment fails, then the Order_Service shall cancel the order.");
        // WHEN/THEN
        assertThat(requirement).isUnwantedBehavior();
    }

    @Test
    void fails_naming_the_actual_pattern() {
        // GIVEN
        EarsRequirement requirement =
                ears("When an order is paid, the Order_Service shall send a receipt.");
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(requirement).isUnwantedBehavior());
        // THEN
        then(error)
                .hasMessage(
                        shouldHavePattern(
                                        "EARS sentence",
                                        requirement.text(),
                                        "UNWANTED_BEHAVIOR",
                                        requirement.pattern())
                                .create())
                .hasMessageEndingWith(
                        "to be classified as UNWANTED_BEHAVIOR but was "
                                + requirement.pattern().id());
    }
}
