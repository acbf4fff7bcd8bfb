package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.Objects;

/**
 * A heading and the part of the document it opens (up to the next heading of the same or a higher
 * level).
 *
 * @param level heading level, 1 to 6
 * @param title the heading text as written, without the {@code #} marks, trimmed
 * @param anchor the GitHub-style anchor ({@code ## Data Models} → {@code data-models}; repeated
 *     titles get {@code -1}, {@code -2}...)
 * @param headingSpan where the heading line is
 * @param span from the heading to the end of its section
 * @param parentAnchor the anchor of the enclosing section, empty string for top-level sections
 */
public record Section(
        int level,
        String title,
        String anchor,
        SourceSpan headingSpan,
        SourceSpan span,
        String parentAnchor) {
    /** Validates. */
    public Section {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("level must be 1..6, was " + level);
        }
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(anchor, "anchor must not be null");
        Objects.requireNonNull(headingSpan, "headingSpan must not be null");
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(parentAnchor, "parentAnchor must not be null");
    }
}
