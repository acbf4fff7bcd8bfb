package dev.specdriven.assertj;

import static dev.specdriven.assertj.error.ShouldHaveDiagnostic.shouldHaveDiagnostic;
import static dev.specdriven.assertj.error.ShouldHaveDiagnostic.shouldHaveDiagnosticAt;
import static dev.specdriven.assertj.error.ShouldHaveNoDiagnostics.shouldHaveNoDiagnostics;
import static dev.specdriven.assertj.error.ShouldHaveNoErrors.shouldHaveNoErrors;
import static dev.specdriven.assertj.error.ShouldNotHaveDiagnostic.shouldNotHaveDiagnostic;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.DiagnosticCode;
import dev.specdriven.source.Severity;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions shared by everything that has {@link Diagnostic}s: parse results, specs, workspaces.
 * Diagnostics are matched by their stable code ({@code SPEC016}, {@code EARS010}), never by
 * message.
 *
 * @param <SELF> the concrete assertion type
 * @param <ACTUAL> the type of the object under test
 */
public abstract class AbstractDiagnosticsAssert<
                SELF extends AbstractDiagnosticsAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    /**
     * Creates the assertion.
     *
     * @param actual the object under test
     * @param selfType the concrete assertion class
     */
    protected AbstractDiagnosticsAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * The diagnostics of the object under test (called after {@link #isNotNull()}).
     *
     * @return the diagnostics
     */
    protected abstract List<Diagnostic> diagnostics();

    /**
     * How the object under test is named in failure messages ({@code spec "checkout"}).
     *
     * @return the subject
     */
    protected abstract String subject();

    /**
     * Verifies that there is no diagnostic of severity {@link Severity#ERROR}.
     *
     * <pre>{@code
     * assertThat(EarsParser.create().parse("The API shall log every call.")).hasNoErrors();
     * }</pre>
     *
     * @return {@code this}
     */
    public SELF hasNoErrors() {
        isNotNull();
        List<Diagnostic> errors =
                diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throwAssertionError(shouldHaveNoErrors(subject(), errors));
        }
        return myself;
    }

    /**
     * Verifies that there is no diagnostic at all, whatever its severity.
     *
     * @return {@code this}
     */
    public SELF hasNoDiagnostics() {
        isNotNull();
        List<Diagnostic> all = diagnostics();
        if (!all.isEmpty()) {
            throwAssertionError(shouldHaveNoDiagnostics(subject(), all));
        }
        return myself;
    }

    /**
     * Verifies that there is no diagnostic with a code.
     *
     * @param code the code, such as {@code SPEC016}
     * @return {@code this}
     */
    public SELF hasNoDiagnostic(String code) {
        Objects.requireNonNull(code, "code must not be null");
        isNotNull();
        List<Diagnostic> found = withCode(code);
        if (!found.isEmpty()) {
            throwAssertionError(shouldNotHaveDiagnostic(subject(), code, found));
        }
        return myself;
    }

    /**
     * Verifies that there is no diagnostic with a code.
     *
     * @param code the code, such as {@code SpecCode.DANGLING_REFERENCE}
     * @return {@code this}
     */
    public SELF hasNoDiagnostic(DiagnosticCode code) {
        Objects.requireNonNull(code, "code must not be null");
        return hasNoDiagnostic(code.code());
    }

    /**
     * Verifies that there is at least one diagnostic with a code.
     *
     * @param code the code, such as {@code EARS010}
     * @return {@code this}
     */
    public SELF hasDiagnostic(String code) {
        Objects.requireNonNull(code, "code must not be null");
        isNotNull();
        if (withCode(code).isEmpty()) {
            throwAssertionError(shouldHaveDiagnostic(subject(), code, diagnostics()));
        }
        return myself;
    }

    /**
     * Verifies that there is at least one diagnostic with a code.
     *
     * @param code the code, such as {@code EarsCode.WEAK_MODAL}
     * @return {@code this}
     */
    public SELF hasDiagnostic(DiagnosticCode code) {
        Objects.requireNonNull(code, "code must not be null");
        return hasDiagnostic(code.code());
    }

    /**
     * Verifies that there is a diagnostic with a code that starts at a line.
     *
     * @param code the code
     * @param line the 1-based line
     * @return {@code this}
     */
    public SELF hasDiagnosticAt(String code, int line) {
        Objects.requireNonNull(code, "code must not be null");
        isNotNull();
        if (withCode(code).stream().noneMatch(d -> d.line() == line)) {
            throwAssertionError(shouldHaveDiagnosticAt(subject(), code, line, diagnostics()));
        }
        return myself;
    }

    private List<Diagnostic> withCode(String code) {
        return diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }
}
