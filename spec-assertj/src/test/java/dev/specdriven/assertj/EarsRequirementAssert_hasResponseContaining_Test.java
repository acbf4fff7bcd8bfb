package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.ears;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveResponseContaining.shouldHaveResponseContaining;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsRequirement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EarsRequirementAssert_hasResponseContaining_Test {

    @Test
    void passes_when_the_response_contains_the_text() {
        // GIVEN
        EarsRequirement requirement =
                ears("When an order is paid, the Order_Service shall send a receipt.");
        // WHEN/THEN
        assertThat(requirement).hasResponseContaining("receipt");
    }

    @Test
    void fails_showing_the_response() {
        // GIVEN
        EarsRequirement requirement =
                ears("When an order is paid, the Order_Service shall send a receipt.");
        // WHEN
        AssertionError error =
                expectAssertionError(
                        () -> assertThat(requirement).hasResponseContaining("invoice"));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveResponseContaining(
                                        requirement.text(), "invoice", requirement.response())
                                .create())
                .hasMessageContaining("send a receipt");
    }

    @Test
    void fails_when_there_is_no_response() {
        // GIVEN
        EarsRequirement requirement = ears("Orders are great.");
        then(requirement.response()).isEmpty();
        // WHEN
        AssertionError error =
                expectAssertionError(
                        () -> assertThat(requirement).hasResponseContaining("invoice"));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveResponseContaining(
                                        requirement.text(), "invoice", Optional.empty())
                                .create());
    }
}
