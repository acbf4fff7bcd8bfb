package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHavePattern.shouldHavePattern;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.ears.EarsPattern;
import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.ears.PatternRegistry;
import org.junit.jupiter.api.Test;

class EarsRequirementAssert_hasPattern_Test {

    private static final EarsPattern TIMED =
            new EarsPattern("TIMED_RESPONSE", "… shall … within <duration>");

    private static final EarsParser PARSER =
            EarsParser.builder()
                    .patterns(
                            PatternRegistry.defaults()
                                    .with(
                                            TIMED,
                                            PatternRegistry.PRIORITY_CUSTOM,
                                            s -> s.response().orElse("").contains("within")))
                    .build();

    @Test
    void passes_for_a_custom_pattern_by_value_and_by_id() {
        // GIVEN
        EarsRequirement requirement = PARSER.parse("The API shall respond within 200 ms.").value();
        // WHEN/THEN
        assertThat(requirement).hasPattern(TIMED).hasPattern("TIMED_RESPONSE");
    }

    @Test
    void fails_naming_expected_and_actual_pattern() {
        // GIVEN
        EarsRequirement requirement = PARSER.parse("The API shall log every call.").value();
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(requirement).hasPattern(TIMED));
        // THEN
        then(error)
                .hasMessage(
                        shouldHavePattern(
                                        "EARS sentence",
                                        requirement.text(),
                                        "TIMED_RESPONSE",
                                        EarsPatterns.UBIQUITOUS)
                                .create());
    }
}
