package dev.specdriven.source;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A range of text from {@code start} (inclusive) to {@code end} (exclusive).
 *
 * <pre>{@code
 * SourceSpan clause = SourceSpan.of(1, 1, 0, 1, 21, 20); // first 20 characters of line 1
 * clause.start().line(); // 1
 * }</pre>
 *
 * <p>A value class: immutable, thread-safe, equal when both ends are equal. It stores its six
 * coordinates as plain numbers (a spec model holds millions of spans), so {@link #start()} and
 * {@link #end()} create their {@link SourcePosition} on each call.
 */
public final class SourceSpan {

    private final int startLine;
    private final int startColumn;
    private final int startOffset;
    private final int endLine;
    private final int endColumn;
    private final int endOffset;

    /**
     * A span between two positions.
     *
     * @param start first character of the range
     * @param end position just after the last character of the range
     * @throws IllegalArgumentException when {@code end} comes before {@code start}
     */
    public SourceSpan(SourcePosition start, SourcePosition end) {
        this(
                Objects.requireNonNull(start, "start must not be null").line(),
                start.column(),
                start.offset(),
                Objects.requireNonNull(end, "end must not be null").line(),
                end.column(),
                end.offset());
        if (end.offset() < start.offset()) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    private SourceSpan(
            int startLine,
            int startColumn,
            int startOffset,
            int endLine,
            int endColumn,
            int endOffset) {
        this.startLine = startLine;
        this.startColumn = startColumn;
        this.startOffset = startOffset;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.endOffset = endOffset;
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
     * @throws IllegalArgumentException when a coordinate is out of range (line or column below 1,
     *     offset below 0) or the end comes before the start
     */
    public static SourceSpan of(
            int startLine,
            int startColumn,
            int startOffset,
            int endLine,
            int endColumn,
            int endOffset) {
        SourcePosition.check(startLine, startColumn, startOffset);
        SourcePosition.check(endLine, endColumn, endOffset);
        if (endOffset < startOffset) {
            throw new IllegalArgumentException(
                    "end "
                            + endLine
                            + ":"
                            + endColumn
                            + " is before start "
                            + startLine
                            + ":"
                            + startColumn);
        }
        return new SourceSpan(startLine, startColumn, startOffset, endLine, endColumn, endOffset);
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
     * First character of the range.
     *
     * @return the start position
     */
    public SourcePosition start() {
        return new SourcePosition(startLine, startColumn, startOffset);
    }

    /**
     * Position just after the last character of the range.
     *
     * @return the end position
     */
    public SourcePosition end() {
        return new SourcePosition(endLine, endColumn, endOffset);
    }

    /**
     * The 0-based offset of the start, without creating a position.
     *
     * @return {@code start().offset()}
     */
    public int startOffset() {
        return startOffset;
    }

    /**
     * The 0-based offset of the end (exclusive), without creating a position.
     *
     * @return {@code end().offset()}
     */
    public int endOffset() {
        return endOffset;
    }

    /**
     * The 1-based line of the start, without creating a position.
     *
     * @return {@code start().line()}
     */
    public int startLine() {
        return startLine;
    }

    /**
     * Maps this span, relative to a fragment, onto the host document; see {@link
     * SourcePosition#rebase(SourcePosition)}.
     *
     * @param origin where the fragment starts in the host document
     * @return the span in host coordinates
     */
    public SourceSpan rebase(SourcePosition origin) {
        return new SourceSpan(start().rebase(origin), end().rebase(origin));
    }

    /**
     * The number of UTF-16 code units covered.
     *
     * @return {@code end.offset() - start.offset()}
     */
    public int length() {
        return endOffset - startOffset;
    }

    /**
     * Whether {@code other} lies inside this span (bounds included).
     *
     * @param other another span of the same text
     * @return true when this span covers {@code other}
     */
    public boolean contains(SourceSpan other) {
        return other.startOffset >= startOffset && other.endOffset <= endOffset;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SourceSpan)) {
            return false;
        }
        SourceSpan s = (SourceSpan) o;
        return startLine == s.startLine
                && startColumn == s.startColumn
                && startOffset == s.startOffset
                && endLine == s.endLine
                && endColumn == s.endColumn
                && endOffset == s.endOffset;
    }

    @Override
    public int hashCode() {
        int h = startLine;
        h = 31 * h + startColumn;
        h = 31 * h + startOffset;
        h = 31 * h + endLine;
        h = 31 * h + endColumn;
        return 31 * h + endOffset;
    }

    /** Returns {@code startLine:startColumn-endLine:endColumn}. */
    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
