package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.ears;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveSystem.shouldHaveSystem;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsRequirement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EarsRequirementAssert_hasSystem_Test {

    @Test
    void passes_with_or_without_the_article() {
        // GIVEN
        EarsRequirement requirement =
                ears("When an order is paid, THE Order_Service SHALL send a receipt.");
        // WHEN/THEN
        assertThat(requirement).hasSystem("Order_Service").hasSystem("THE Order_Service");
    }

    @Test
    void fails_naming_the_actual_system() {
        // GIVEN
        EarsRequirement requirement =
                ears("When an order is paid, the Billing_Service shall send a receipt.");
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(requirement).hasSystem("Order_Service"));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveSystem(requirement.text(), "Order_Service", requirement.system())
                                .create())
                .hasMessageEndingWith(
                        "to have system \"Order_Service\" but was \"the Billing_Service\"");
    }

    @Test
    void fails_when_the_sentence_has_no_system() {
        // GIVEN
        EarsRequirement requirement = ears("Orders are great.");
        then(requirement.system()).isEmpty();
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(requirement).hasSystem("Order_Service"));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveSystem(requirement.text(), "Order_Service", Optional.empty())
                                .create())
                .hasMessageEndingWith("but it has no system");
    }
}
