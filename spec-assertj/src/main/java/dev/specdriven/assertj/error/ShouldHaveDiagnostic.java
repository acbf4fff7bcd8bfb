package dev.specdriven.assertj.error;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure of {@code hasDiagnostic(code)} and {@code hasDiagnosticAt(code, line)}: no diagnostic
 * with that code (at that line).
 */
public final class ShouldHaveDiagnostic extends BasicErrorMessageFactory {

    /**
     * Creates the message factory for a code anywhere.
     *
     * @param subject what was checked
     * @param code the expected code
     * @param actual every diagnostic of the subject
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveDiagnostic(
            String subject, String code, List<Diagnostic> actual) {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        return new ShouldHaveDiagnostic(subject, code, "", actual);
    }

    /**
     * Creates the message factory for a code at a line.
     *
     * @param subject what was checked
     * @param code the expected code
     * @param line the expected 1-based line
     * @param actual every diagnostic of the subject
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveDiagnosticAt(
            String subject, String code, int line, List<Diagnostic> actual) {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        return new ShouldHaveDiagnostic(subject, code, " at line " + line, actual);
    }

    private ShouldHaveDiagnostic(
            String subject, String code, String where, List<Diagnostic> actual) {
        super(
                "%nExpecting %s to have diagnostic %s%s but it has:%n%s",
                unquotedString(subject),
                unquotedString(code),
                unquotedString(where),
                unquotedString(Lines.of(actual)));
    }
}
