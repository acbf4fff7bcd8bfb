package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.parse;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveNoErrors.shouldHaveNoErrors;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.util.FailureMessages.actualIsNull;

import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.ParseResult;
import org.junit.jupiter.api.Test;

class ParseResultAssert_hasNoErrors_Test {

    @Test
    void passes_for_a_well_formed_sentence() {
        // GIVEN
        ParseResult<EarsRequirement> result =
                parse("When an order is paid, the Order_Service shall send a receipt.");
        // WHEN/THEN
        assertThat(result).hasNoErrors();
    }

    @Test
    void passes_when_there_are_only_warnings() {
        // GIVEN a vague term: a warning, no error
        ParseResult<EarsRequirement> result =
                parse("The Order_Service shall show an appropriate receipt.");
        then(result.diagnostics()).isNotEmpty();
        // WHEN/THEN
        assertThat(result).hasNoErrors();
    }

    @Test
    void fails_listing_every_error() {
        // GIVEN a sentence without a response
        ParseResult<EarsRequirement> result =
                parse("When an order is paid, the Order_Service shall");
        then(result.errors()).isNotEmpty();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(result).hasNoErrors());
        // THEN
        then(error).hasMessage(shouldHaveNoErrors("parse result", result.errors()).create());
        then(error.getMessage()).contains(result.errors().get(0).code());
    }

    @Test
    void fails_when_actual_is_null() {
        // WHEN
        AssertionError error =
                expectAssertionError(
                        () -> assertThat((ParseResult<EarsRequirement>) null).hasNoErrors());
        // THEN
        then(error).hasMessage(actualIsNull());
    }
}
