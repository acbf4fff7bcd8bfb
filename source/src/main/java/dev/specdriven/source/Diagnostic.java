package dev.specdriven.source;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem found in an input, reported as data rather than thrown.
 *
 * <p>The {@code code} is stable across releases (for example {@code EARS001}); tools and tests
 * should match on it, never on the message text. Every code is listed in {@code
 * docs/diagnostics.md}.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.of("EARS010", Severity.WARNING,
 *         "weak modal 'should' instead of 'shall'", "Replace 'should' with 'shall'.", span);
 * System.out.println(d.withFile("requirements.md")); // requirements.md:3:14: warning EARS010 ...
 * }</pre>
 *
 * @param code stable identifier of the kind of problem
 * @param severity how serious it is
 * @param message what is wrong, in one sentence
 * @param fix how to fix it, in one sentence (may be empty when there is nothing to suggest)
 * @param span where it is, in the coordinates of {@code file} (or of the parsed text)
 * @param file the file, relative to the workspace, when the diagnostic belongs to a file
 */
public record Diagnostic(
        String code,
        Severity severity,
        String message,
        String fix,
        SourceSpan span,
        Optional<String> file) {

    /** Validates that no component is null. */
    public Diagnostic {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(fix, "fix must not be null");
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(file, "file must not be null");
    }

    /**
     * Creates a diagnostic that belongs to no file yet.
     *
     * @param code stable code
     * @param severity severity
     * @param message what is wrong
     * @param fix how to fix it
     * @param span where
     * @return the diagnostic
     */
    public static Diagnostic of(
            String code, Severity severity, String message, String fix, SourceSpan span) {
        return new Diagnostic(code, severity, message, fix, span, Optional.empty());
    }

    /**
     * Returns a copy attached to {@code file}.
     *
     * @param file path of the file, relative to the workspace, with {@code /} separators
     * @return the copy
     */
    public Diagnostic withFile(String file) {
        Objects.requireNonNull(file, "file must not be null");
        return new Diagnostic(code, severity, message, fix, span, Optional.of(file));
    }

    /**
     * Returns a copy whose span is mapped onto a host document; see {@link
     * SourceSpan#rebase(SourcePosition)}.
     *
     * @param origin where the parsed fragment starts in the host document
     * @return the copy
     */
    public Diagnostic rebase(SourcePosition origin) {
        return new Diagnostic(code, severity, message, fix, span.rebase(origin), file);
    }

    /** The 1-based line of the start of the span. @return the line */
    public int line() {
        return span.start().line();
    }

    /** The 1-based column of the start of the span. @return the column */
    public int column() {
        return span.start().column();
    }

    /**
     * Returns {@code file:line:column: severity CODE message}, the form compilers print.
     *
     * @return the formatted diagnostic
     */
    @Override
    public String toString() {
        return file.map(f -> f + ":").orElse("")
                + line()
                + ":"
                + column()
                + ": "
                + severity.name().toLowerCase(java.util.Locale.ROOT)
                + " "
                + code
                + " "
                + message
                + (fix.isEmpty() ? "" : " (" + fix + ")");
    }
}
