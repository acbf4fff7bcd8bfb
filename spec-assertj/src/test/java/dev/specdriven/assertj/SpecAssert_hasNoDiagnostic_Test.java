package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.REQUIREMENTS;
import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.spec;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldNotHaveDiagnostic.shouldNotHaveDiagnostic;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.SpecCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecAssert_hasNoDiagnostic_Test {

    @Test
    void passes_when_every_reference_resolves() {
        // GIVEN
        Spec spec = spec("orders", REQUIREMENTS, TASKS);
        // WHEN/THEN
        assertThat(spec).hasNoDiagnostic("SPEC016").hasNoDiagnostic(SpecCode.DANGLING_REFERENCE);
    }

    @Test
    void fails_on_a_dangling_task_reference() {
        // GIVEN task 2 cites criterion 2.9, which does not exist
        Spec spec =
                spec(
                        "orders",
                        REQUIREMENTS,
                        TASKS.replace("_Requirements: 2.1_", "_Requirements: 2.9_"));
        List<Diagnostic> dangling =
                SpecChecker.create().check(spec).stream()
                        .filter(d -> d.code().equals("SPEC016"))
                        .toList();
        then(dangling).hasSize(1);
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(spec).hasNoDiagnostic("SPEC016"));
        // THEN
        then(error)
                .hasMessage(
                        shouldNotHaveDiagnostic("spec \"orders\"", "SPEC016", dangling).create())
                .hasMessageContaining("tasks.md:6:20: error SPEC016");
    }
}
