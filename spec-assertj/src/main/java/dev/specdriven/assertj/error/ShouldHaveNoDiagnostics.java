package dev.specdriven.assertj.error;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code hasNoDiagnostics()}: the subject has diagnostics of any severity. */
public final class ShouldHaveNoDiagnostics extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param subject what was checked
     * @param diagnostics the diagnostics found
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveNoDiagnostics(
            String subject, List<Diagnostic> diagnostics) {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(diagnostics, "diagnostics must not be null");
        return new ShouldHaveNoDiagnostics(subject, diagnostics);
    }

    private ShouldHaveNoDiagnostics(String subject, List<Diagnostic> diagnostics) {
        super(
                "%nExpecting %s to have no diagnostics but found %s:%n%s",
                unquotedString(subject), diagnostics.size(), unquotedString(Lines.of(diagnostics)));
    }
}
