package dev.specdriven.source;

/**
 * A kind of diagnostic with a stable code, implemented by one enum per module (for example the EARS
 * lint codes). The table in {@code docs/diagnostics.md} is checked against these enums by a test.
 *
 * <pre>{@code
 * Diagnostic d = EarsCode.WEAK_MODAL.at(span, "weak modal 'should' instead of 'shall'");
 * }</pre>
 */
public interface DiagnosticCode {

    /**
     * The stable code, such as {@code EARS010}.
     *
     * @return the code
     */
    String code();

    /**
     * The severity diagnostics of this kind have unless configured otherwise.
     *
     * @return the severity
     */
    Severity defaultSeverity();

    /**
     * What the code means, in one line.
     *
     * @return the title
     */
    String title();

    /**
     * How to fix it, in one sentence.
     *
     * @return the fix hint
     */
    String fix();

    /**
     * Creates a diagnostic of this kind with the default severity and fix hint.
     *
     * @param span where
     * @param message the specific message
     * @return the diagnostic
     */
    default Diagnostic at(SourceSpan span, String message) {
        return Diagnostic.of(code(), defaultSeverity(), message, fix(), span);
    }
}
