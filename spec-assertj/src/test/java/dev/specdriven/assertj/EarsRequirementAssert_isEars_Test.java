package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.ears;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldBeEars.shouldBeEars;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsRequirement;
import org.junit.jupiter.api.Test;

class EarsRequirementAssert_isEars_Test {

    @Test
    void passes_for_any_ears_pattern() {
        // GIVEN
        EarsRequirement requirement =
                ears("If the payment fails, then the Order_Service shall cancel the order.");
        // WHEN/THEN
        assertThat(requirement).isEars();
    }

    @Test
    void fails_for_a_sentence_with_a_weak_modal() {
        // GIVEN
        EarsRequirement requirement = ears("The Order_Service should send a receipt.");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(requirement).isEars());
        // THEN
        then(error)
                .hasMessage(shouldBeEars("EARS sentence", requirement.text()).create())
                .hasMessageContaining("\"The Order_Service should send a receipt.\"");
    }
}
