package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.REQUIREMENTS;
import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.workspace;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveNoErrors.shouldHaveNoErrors;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceAssert_hasNoErrors_Test {

    @Test
    void passes_for_a_clean_workspace(@TempDir Path dir) throws IOException {
        // GIVEN
        Workspace ws = workspace(dir, "orders", REQUIREMENTS, TASKS);
        // WHEN/THEN
        assertThat(ws).hasNoErrors();
    }

    @Test
    void fails_for_a_directory_without_specs(@TempDir Path dir) throws IOException {
        // GIVEN an empty directory: SPEC002 is an error
        Workspace ws = SpecParser.create().read(dir);
        List<Diagnostic> errors =
                SpecChecker.create().check(ws).stream()
                        .filter(d -> d.severity() == Severity.ERROR)
                        .toList();
        then(errors).extracting(Diagnostic::code).contains("SPEC002");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(ws).hasNoErrors());
        // THEN
        then(error).hasMessage(shouldHaveNoErrors("workspace " + dir, errors).create());
    }
}
