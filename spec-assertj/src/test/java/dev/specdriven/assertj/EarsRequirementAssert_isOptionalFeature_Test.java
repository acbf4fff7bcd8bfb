package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.ears;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHavePattern.shouldHavePattern;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsRequirement;
import org.junit.jupiter.api.Test;

class EarsRequirementAssert_isOptionalFeature_Test {

    @Test
    void passes_for_a_optional_feature_sentence() {
        // GIVEN
        EarsRequirement requirement =
                ears("Where gift wrapping is offered, the Order_Service shall add a wrapping fee.");
        // WHEN/THEN
        assertThat(requirement).isOptionalFeature();
    }

    @Test
    void fails_naming_the_actual_pattern() {
        // GIVEN
        EarsRequirement requirement =
                ears("While the shop is closed, the Order_Service shall queue new orders.");
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(requirement).isOptionalFeature());
        // THEN
        then(error)
                .hasMessage(
                        shouldHavePattern(
                                        "EARS sentence",
                                        requirement.text(),
                                        "OPTIONAL_FEATURE",
                                        requirement.pattern())
                                .create())
                .hasMessageEndingWith(
                        "to be classified as OPTIONAL_FEATURE but was "
                                + requirement.pattern().id());
    }
}
