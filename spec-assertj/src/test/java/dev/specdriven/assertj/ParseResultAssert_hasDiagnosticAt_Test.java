package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.parse;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveDiagnostic.shouldHaveDiagnosticAt;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.ParseResult;
import org.junit.jupiter.api.Test;

class ParseResultAssert_hasDiagnosticAt_Test {

    private static final ParseResult<EarsRequirement> WEAK =
            parse("When an order is paid, the Order_Service should send a receipt.");

    @Test
    void passes_when_the_code_is_at_the_line() {
        // GIVEN/WHEN/THEN: a single-line sentence starts at line 1
        assertThat(WEAK).hasDiagnosticAt("EARS002", 1);
    }

    @Test
    void fails_when_the_code_is_on_another_line() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(WEAK).hasDiagnosticAt("EARS002", 7));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveDiagnosticAt("parse result", "EARS002", 7, WEAK.diagnostics())
                                .create())
                .hasMessageContaining("EARS002 at line 7");
    }
}
