package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.Objects;

/**
 * A piece of content kept as written: a nested bullet under a criterion, a note paragraph, a free
 * detail bullet under a task.
 *
 * @param text the raw text (Markdown included, list marker excluded)
 * @param span where it is
 */
public record TextBlock(String text, SourceSpan span) {
    /** Validates. */
    public TextBlock {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(span, "span must not be null");
    }
}
