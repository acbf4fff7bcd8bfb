package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.REQUIREMENTS;
import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.spec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveSystem.shouldHaveSystem;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.CriterionId;
import org.junit.jupiter.api.Test;

class AcceptanceCriterionAssert_ears_Test {

    private static final AcceptanceCriterion C21 =
            spec("orders", REQUIREMENTS, TASKS).criterion(new CriterionId("2", 1)).orElseThrow();

    @Test
    void navigates_to_the_parsed_sentence() {
        // GIVEN/WHEN/THEN
        assertThat(C21)
                .ears()
                .isUnwantedBehavior()
                .hasSystem("Order_Service")
                .hasResponseContaining("reject the refund");
    }

    @Test
    void fails_with_the_sentence_assertion_message() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(C21).ears().hasSystem("Billing"));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveSystem(C21.ears().text(), "Billing", C21.ears().system())
                                .create());
    }
}
