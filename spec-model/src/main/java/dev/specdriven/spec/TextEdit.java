package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.Objects;

/**
 * Replaces the text of one span by another text; applied with {@link
 * SourceText#apply(java.util.List)}.
 *
 * <pre>{@code
 * TextEdit tick = new TextEdit(task.stateSpan(), "x");
 * SourceText edited = doc.source().apply(List.of(tick));
 * }</pre>
 *
 * @param span the span to replace (empty for an insertion)
 * @param replacement the new text
 */
public record TextEdit(SourceSpan span, String replacement) {
    /** Validates. */
    public TextEdit {
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(replacement, "replacement must not be null");
    }
}
