package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.REQUIREMENTS;
import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.spec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHavePattern.shouldHavePattern;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.CriterionId;
import org.junit.jupiter.api.Test;

class AcceptanceCriterionAssert_hasPattern_Test {

    private static final AcceptanceCriterion C12 =
            spec("orders", REQUIREMENTS, TASKS).criterion(new CriterionId("1", 2)).orElseThrow();

    @Test
    void passes_for_the_pattern_of_the_sentence() {
        // GIVEN/WHEN/THEN
        assertThat(C12).hasPattern(EarsPatterns.UBIQUITOUS);
    }

    @Test
    void fails_naming_the_criterion() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(C12).hasPattern(EarsPatterns.EVENT_DRIVEN));
        // THEN
        then(error)
                .hasMessage(
                        shouldHavePattern(
                                        "criterion 1.2",
                                        C12.ears().text(),
                                        "EVENT_DRIVEN",
                                        EarsPatterns.UBIQUITOUS)
                                .create())
                .hasMessageStartingWith(String.format("%nExpecting criterion 1.2:"));
    }
}
