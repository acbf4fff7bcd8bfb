package dev.specdriven.source;

import java.util.Objects;

/**
 * A range of text from {@code start} (inclusive) to {@code end} (exclusive).
 *
 * <pre>{@code
 * SourceSpan clause = SourceSpan.of(1, 1, 0, 1, 21, 20); // first 20 characters of line 1
 * }</pre>
 *
 * @param start first character of the range
 * @param end position just after the last character of the range
 */
public record SourceSpan(SourcePosition start, SourcePosition end) {

    /** Validates that {@code end} does not come before {@code start}. */
    public SourceSpan {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        if (end.offset() < start.offset()) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /**
     * Creates a span from its six coordinates.
     *
     * @param startLine 1-based line of the start
     * @param startColumn 1-based column of the start
     * @param startOffset 0-based offset of the start
     * @param endLine 1-based line of the end
     * @param endColumn 1-based column of the end (exclusive)
     * @param endOffset 0-based offset of the end (exclusive)
     * @return the span
     */
    public static SourceSpan of(
            int startLine,
            int startColumn,
            int startOffset,
            int endLine,
            int endColumn,
            int endOffset) {
        return new SourceSpan(
                new SourcePosition(startLine, startColumn, startOffset),
                new SourcePosition(endLine, endColumn, endOffset));
    }

    /**
     * An empty span at one position.
     *
     * @param position where the span is
     * @return a span that starts and ends at {@code position}
     */
    public static SourceSpan at(SourcePosition position) {
        return new SourceSpan(position, position);
    }

    /**
     * Maps this span, relative to a fragment, onto the host document; see {@link
     * SourcePosition#rebase(SourcePosition)}.
     *
     * @param origin where the fragment starts in the host document
     * @return the span in host coordinates
     */
    public SourceSpan rebase(SourcePosition origin) {
        return new SourceSpan(start.rebase(origin), end.rebase(origin));
    }

    /**
     * The number of UTF-16 code units covered.
     *
     * @return {@code end.offset() - start.offset()}
     */
    public int length() {
        return end.offset() - start.offset();
    }

    /**
     * Whether {@code other} lies inside this span (bounds included).
     *
     * @param other another span of the same text
     * @return true when this span covers {@code other}
     */
    public boolean contains(SourceSpan other) {
        return other.start.offset() >= start.offset() && other.end.offset() <= end.offset();
    }

    /** Returns {@code startLine:startColumn-endLine:endColumn}. */
    @Override
    public String toString() {
        return start + "-" + end;
    }
}
