package dev.specdriven.generate;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import java.util.Objects;

/**
 * A problem of a generated document as it is sent back to a backend for repair: {@code {severity,
 * code, message, target, fix}}.
 *
 * <pre>{@code
 * GenerationDiagnostic d = GenerationDiagnostic.of(diagnostic);
 * d.target(); // "design.md:12:1" or "criterion 2.3"
 * }</pre>
 *
 * @param severity how serious it is
 * @param code the stable code ({@code GEN003}, {@code SPEC016}, {@code EARS010}…)
 * @param message what is wrong
 * @param target what it concerns: {@code file:line:column}, {@code criterion 2.3}, {@code task
 *     4.1}…
 * @param fix how to fix it
 */
public record GenerationDiagnostic(
        Severity severity, String code, String message, String target, String fix) {
    /** Validates. */
    public GenerationDiagnostic {
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(fix, "fix must not be null");
    }

    /**
     * The repair form of a diagnostic; the target is {@code file:line:column}.
     *
     * @param d the diagnostic
     * @return the structured diagnostic
     */
    public static GenerationDiagnostic of(Diagnostic d) {
        Objects.requireNonNull(d, "d must not be null");
        return new GenerationDiagnostic(
                d.severity(),
                d.code(),
                d.message(),
                d.file().map(f -> f + ":").orElse("") + d.line() + ":" + d.column(),
                d.fix());
    }

    /**
     * One line: {@code error GEN003 criterion 2.3: message (fix)}.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT)
                + " "
                + code
                + " "
                + target
                + ": "
                + message
                + (fix.isEmpty() ? "" : " (fix: " + fix + ")");
    }
}
