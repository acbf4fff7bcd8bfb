package dev.specdriven.assertj.error;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code hasNoDiagnostic(code)}: the subject has diagnostics with that code. */
public final class ShouldNotHaveDiagnostic extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param subject what was checked
     * @param code the unwanted code, such as {@code SPEC016}
     * @param found the diagnostics with that code
     * @return the factory
     */
    public static ErrorMessageFactory shouldNotHaveDiagnostic(
            String subject, String code, List<Diagnostic> found) {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(found, "found must not be null");
        return new ShouldNotHaveDiagnostic(subject, code, found);
    }

    private ShouldNotHaveDiagnostic(String subject, String code, List<Diagnostic> found) {
        super(
                "%nExpecting %s not to have diagnostic %s but found %s:%n%s",
                unquotedString(subject),
                unquotedString(code),
                found.size(),
                unquotedString(Lines.of(found)));
    }
}
