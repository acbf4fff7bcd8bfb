package dev.specdriven.ears;

import dev.specdriven.source.SourceSpan;
import java.util.Objects;

/**
 * One clause of an EARS sentence: its kind, its text without the keyword, and where it is.
 *
 * <pre>{@code
 * Clause when = parser.parse("When the door opens, the Alarm shall sound.").value()
 *         .clauses().get(0);
 * when.kind();  // WHEN
 * when.text();  // "the door opens"
 * when.span();  // 1:1-1:20, "When the door opens"
 * }</pre>
 *
 * @param kind what the clause is
 * @param text the clause text without its keyword, separating comma, {@code then}, the sentence's
 *     closing period and Markdown emphasis markers around words; otherwise as written
 * @param span where the clause is: for a condition from its keyword to the end of its text (or of
 *     its {@code then}); for the system the name; for the response from the modal ({@code shall})
 *     to the end of the response text
 */
public record Clause(ClauseKind kind, String text, SourceSpan span) {
    /** Validates. */
    public Clause {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(span, "span must not be null");
    }
}
