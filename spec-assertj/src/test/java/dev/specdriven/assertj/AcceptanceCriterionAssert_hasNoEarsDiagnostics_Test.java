package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.REQUIREMENTS;
import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.spec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveNoDiagnostics.shouldHaveNoDiagnostics;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.CriterionId;
import org.junit.jupiter.api.Test;

class AcceptanceCriterionAssert_hasNoEarsDiagnostics_Test {

    @Test
    void passes_for_a_clean_criterion() {
        // GIVEN
        AcceptanceCriterion c =
                spec("orders", REQUIREMENTS, TASKS)
                        .criterion(new CriterionId("1", 1))
                        .orElseThrow();
        // WHEN/THEN
        assertThat(c).hasNoEarsDiagnostics();
    }

    @Test
    void fails_listing_the_ears_diagnostics() {
        // GIVEN a weak modal in criterion 1.1
        AcceptanceCriterion c =
                spec("orders", REQUIREMENTS.replace("SHALL send", "SHOULD send"), TASKS)
                        .criterion(new CriterionId("1", 1))
                        .orElseThrow();
        then(c.earsDiagnostics()).isNotEmpty();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(c).hasNoEarsDiagnostics());
        // THEN
        then(error)
                .hasMessage(shouldHaveNoDiagnostics("criterion 1.1", c.earsDiagnostics()).create())
                .hasMessageContaining("EARS002");
    }
}
