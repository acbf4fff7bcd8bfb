package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.parse;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldNotHaveDiagnostic.shouldNotHaveDiagnostic;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.EarsCode;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseResultAssert_hasNoDiagnostic_Test {

    private static final ParseResult<EarsRequirement> WEAK =
            parse("When an order is paid, the Order_Service should send a receipt.");

    @Test
    void passes_when_only_other_codes_are_present() {
        // GIVEN/WHEN/THEN: the weak modal is EARS002, not a vague term
        assertThat(WEAK).hasNoDiagnostic(EarsCode.VAGUE_TERM).hasNoDiagnostic("EARS010");
    }

    @Test
    void fails_listing_the_diagnostics_with_the_code() {
        // GIVEN
        List<Diagnostic> weak =
                WEAK.diagnostics().stream()
                        .filter(d -> d.code().equals(EarsCode.WEAK_MODAL.code()))
                        .toList();
        then(weak).hasSize(1);
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(WEAK).hasNoDiagnostic(EarsCode.WEAK_MODAL));
        // THEN
        then(error).hasMessage(shouldNotHaveDiagnostic("parse result", "EARS002", weak).create());
    }
}
