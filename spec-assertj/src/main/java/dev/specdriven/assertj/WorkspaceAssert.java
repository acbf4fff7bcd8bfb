package dev.specdriven.assertj;

import static dev.specdriven.assertj.error.ShouldHaveElement.shouldHaveElement;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.Workspace;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Assertions for a {@link Workspace}. Diagnostic assertions use everything {@link SpecChecker}
 * reports for the workspace.
 *
 * <pre>{@code
 * Workspace ws = SpecParser.create().read(Path.of("."));
 * assertThat(ws).hasNoErrors();
 * assertThat(ws).hasSpec("checkout").hasNoDiagnostic("SPEC016");
 * }</pre>
 */
public final class WorkspaceAssert extends AbstractDiagnosticsAssert<WorkspaceAssert, Workspace> {

    private @Nullable List<Diagnostic> checked;

    /**
     * Creates the assertion; use {@link SpecAssertions#assertThat(Workspace)}.
     *
     * @param actual the workspace under test
     */
    public WorkspaceAssert(Workspace actual) {
        super(actual, WorkspaceAssert.class);
    }

    @Override
    protected List<Diagnostic> diagnostics() {
        List<Diagnostic> c = checked;
        if (c == null) {
            c = SpecChecker.create().check(actual);
            checked = c;
        }
        return c;
    }

    @Override
    protected String subject() {
        return "workspace " + actual.root();
    }

    /**
     * Verifies that the workspace has a spec and navigates to it.
     *
     * @param name the spec folder name or path
     * @return an assertion on the spec
     */
    public SpecAssert hasSpec(String name) {
        Objects.requireNonNull(name, "name must not be null");
        isNotNull();
        Optional<Spec> spec = actual.spec(name);
        if (spec.isEmpty()) {
            throwAssertionError(
                    shouldHaveElement(
                            subject(),
                            "spec " + name,
                            actual.specs().stream().map(Spec::name).toList()));
        }
        return new SpecAssert(spec.orElseThrow());
    }
}
