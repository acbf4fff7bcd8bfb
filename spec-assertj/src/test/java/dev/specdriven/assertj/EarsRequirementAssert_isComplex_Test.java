package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.ears;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHavePattern.shouldHavePattern;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsRequirement;
import org.junit.jupiter.api.Test;

class EarsRequirementAssert_isComplex_Test {

    @Test
    void passes_for_a_complex_sentence() {
        // GIVEN
        EarsRequirement requirement =
                ears(
                        "While the shop is open, when an order is paid, the Order_Service shall print a label.");
        // WHEN/THEN
        assertThat(requirement).isComplex();
    }

    @Test
    void fails_naming_the_actual_pattern() {
        // GIVEN
        EarsRequirement requirement =
                ears("When an order is paid, the Order_Service shall send a receipt.");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(requirement).isComplex());
        // THEN
        then(error)
                .hasMessage(
                        shouldHavePattern(
                                        "EARS sentence",
                                        requirement.text(),
                                        "COMPLEX",
                                        requirement.pattern())
                                .create())
                .hasMessageEndingWith(
                        "to be classified as COMPLEX but was " + requirement.pattern().id());
    }
}
