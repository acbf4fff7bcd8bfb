package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.parse;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveNoDiagnostics.shouldHaveNoDiagnostics;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.ParseResult;
import org.junit.jupiter.api.Test;

class ParseResultAssert_hasNoDiagnostics_Test {

    @Test
    void passes_for_a_clean_sentence() {
        // GIVEN
        ParseResult<EarsRequirement> result =
                parse("When an order is paid, the Order_Service shall send a receipt.");
        // WHEN/THEN
        assertThat(result).hasNoDiagnostics();
    }

    @Test
    void fails_on_a_warning() {
        // GIVEN a weak modal: a warning
        ParseResult<EarsRequirement> result =
                parse("When an order is paid, the Order_Service should send a receipt.");
        then(result.errors()).isEmpty();
        then(result.diagnostics()).isNotEmpty();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(result).hasNoDiagnostics());
        // THEN
        then(error)
                .hasMessage(shouldHaveNoDiagnostics("parse result", result.diagnostics()).create());
    }
}
