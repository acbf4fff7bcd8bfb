package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.REQUIREMENTS;
import static dev.specdriven.assertj.Fixtures.TASKS;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.Fixtures.workspace;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveElement.shouldHaveElement;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceAssert_hasSpec_Test {

    @Test
    void navigates_to_a_spec_by_name(@TempDir Path dir) throws IOException {
        // GIVEN
        Workspace ws = workspace(dir, "orders", REQUIREMENTS, TASKS);
        // WHEN/THEN
        assertThat(ws).hasSpec("orders").hasCriterion("1.1").ears().isEventDriven();
    }

    @Test
    void fails_listing_the_specs(@TempDir Path dir) throws IOException {
        // GIVEN
        Workspace ws = workspace(dir, "orders", REQUIREMENTS, TASKS);
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(ws).hasSpec("billing"));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveElement("workspace " + dir, "spec billing", List.of("orders"))
                                .create());
    }
}
