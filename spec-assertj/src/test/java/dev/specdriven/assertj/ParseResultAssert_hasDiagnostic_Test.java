package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.parse;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveDiagnostic.shouldHaveDiagnostic;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsCode;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.ParseResult;
import org.junit.jupiter.api.Test;

class ParseResultAssert_hasDiagnostic_Test {

    @Test
    void passes_when_a_diagnostic_has_the_code() {
        // GIVEN
        ParseResult<EarsRequirement> result =
                parse("When an order is paid, the Order_Service should send a receipt.");
        // WHEN/THEN
        assertThat(result).hasDiagnostic(EarsCode.WEAK_MODAL).hasDiagnostic("EARS002");
    }

    @Test
    void fails_listing_the_diagnostics_there_are() {
        // GIVEN
        ParseResult<EarsRequirement> result =
                parse("When an order is paid, the Order_Service should send a receipt.");
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(result).hasDiagnostic("EARS010"));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveDiagnostic("parse result", "EARS010", result.diagnostics())
                                .create());
    }
}
