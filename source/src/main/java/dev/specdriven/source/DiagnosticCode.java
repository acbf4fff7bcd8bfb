package dev.specdriven.source;

import java.util.Objects;
import java.util.Optional;

/**
 * A kind of diagnostic with a stable code, implemented by one enum per module (for example the EARS
 * lint codes). The table in {@code docs/diagnostics.md} is checked against these enums by a test.
 *
 * <p>An implementation only supplies its {@link #definition()}: code, default severity, title and
 * fix. The accessors and {@link #at(SourceSpan, String)} are derived from it, so a code enum is its
 * constants, one field and a constructor:
 *
 * <pre>{@code
 * public enum AcmeCode implements DiagnosticCode {
 *     GENERIC_SYSTEM("ACME001", Severity.WARNING, "generic system name", "Name the component.");
 *
 *     private final Definition definition;
 *
 *     AcmeCode(String code, Severity severity, String title, String fix) {
 *         this.definition = new Definition(code, severity, title, fix);
 *     }
 *
 *     public Definition definition() {
 *         return definition;
 *     }
 * }
 *
 * Diagnostic d = EarsCode.WEAK_MODAL.at(span, "weak modal 'should' instead of 'shall'");
 * }</pre>
 */
public interface DiagnosticCode {

    /**
     * What defines this kind: code, default severity, title and fix.
     *
     * @return the definition
     */
    Definition definition();

    /**
     * The stable code, such as {@code EARS010}.
     *
     * @return the code
     */
    default String code() {
        return definition().code();
    }

    /**
     * The severity diagnostics of this kind have unless configured otherwise.
     *
     * @return the severity
     */
    default Severity defaultSeverity() {
        return definition().defaultSeverity();
    }

    /**
     * What the code means, in one line.
     *
     * @return the title
     */
    default String title() {
        return definition().title();
    }

    /**
     * How to fix it, in one sentence.
     *
     * @return the fix hint
     */
    default String fix() {
        return definition().fix();
    }

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

    /**
     * The code with a given text among some codes, typically an enum's {@code values()}.
     *
     * <pre>{@code
     * Optional<FlowCode> c = DiagnosticCode.find(FlowCode.values(), "FLOW030");
     * }</pre>
     *
     * @param codes the codes to search
     * @param code the text, such as {@code FLOW030} (exact, case-sensitive)
     * @param <C> the code type
     * @return the first code with that text, empty when there is none
     */
    static <C extends DiagnosticCode> Optional<C> find(C[] codes, String code) {
        Objects.requireNonNull(codes, "codes must not be null");
        Objects.requireNonNull(code, "code must not be null");
        for (C c : codes) {
            if (c.code().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The fixed facts of a diagnostic kind, held by each code enum constant.
     *
     * @param code the stable code, such as {@code EARS010}
     * @param defaultSeverity the severity unless configured otherwise
     * @param title what the code means, in one line
     * @param fix how to fix it, in one sentence
     */
    record Definition(String code, Severity defaultSeverity, String title, String fix) {
        /** Validates. */
        public Definition {
            Objects.requireNonNull(code, "code must not be null");
            Objects.requireNonNull(defaultSeverity, "defaultSeverity must not be null");
            Objects.requireNonNull(title, "title must not be null");
            Objects.requireNonNull(fix, "fix must not be null");
        }
    }
}
