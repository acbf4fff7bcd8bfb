package dev.specdriven.ears;

import dev.specdriven.source.SourceSpan;
import java.util.Objects;

/**
 * One clause of an EARS sentence: its kind, its text without the keyword, and where it is.
 *
 * @param kind what the clause is
 * @param text the clause text without its keyword and trailing comma
 * @param span where the clause (keyword included) is
 */
public record Clause(ClauseKind kind, String text, SourceSpan span) {
    /** Validates. */
    public Clause {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(span, "span must not be null");
    }
}
