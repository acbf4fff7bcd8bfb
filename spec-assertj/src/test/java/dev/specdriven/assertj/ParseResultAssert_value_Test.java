package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.parse;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.ParseResult;
import org.junit.jupiter.api.Test;

class ParseResultAssert_value_Test {

    @Test
    void navigates_to_the_parsed_value() {
        // GIVEN
        ParseResult<EarsRequirement> result =
                parse("When an order is paid, the Order_Service shall send a receipt.");
        // WHEN/THEN
        assertThat(result)
                .value()
                .extracting(EarsRequirement::pattern)
                .isEqualTo(EarsPatterns.EVENT_DRIVEN);
    }

    @Test
    void fails_with_the_value_assertion_message() {
        // GIVEN
        ParseResult<EarsRequirement> result = parse("The Order_Service shall log every call.");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(result).value().isNull());
        // THEN
        then(error).hasMessageContaining("expected: null");
    }
}
