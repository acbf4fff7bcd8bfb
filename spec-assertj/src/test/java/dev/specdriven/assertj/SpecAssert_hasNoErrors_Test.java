package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.REQUIREMENTS;
import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.spec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveNoErrors.shouldHaveNoErrors;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecChecker;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecAssert_hasNoErrors_Test {

    @Test
    void passes_for_a_clean_spec() {
        // GIVEN
        Spec spec = spec("orders", REQUIREMENTS, TASKS);
        // WHEN/THEN
        assertThat(spec).hasNoErrors();
    }

    @Test
    void fails_listing_the_errors_the_checker_reports() {
        // GIVEN a criterion without a response (EARS error)
        Spec spec =
                spec(
                        "orders",
                        REQUIREMENTS.replace("SHALL keep every receipt for 10 years.", "SHALL"),
                        TASKS);
        List<Diagnostic> errors =
                SpecChecker.create().check(spec).stream()
                        .filter(d -> d.severity() == Severity.ERROR)
                        .toList();
        then(errors).isNotEmpty();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(spec).hasNoErrors());
        // THEN
        then(error).hasMessage(shouldHaveNoErrors("spec \"orders\"", errors).create());
        then(error.getMessage()).contains(".kiro/specs/orders/requirements.md:");
    }
}
