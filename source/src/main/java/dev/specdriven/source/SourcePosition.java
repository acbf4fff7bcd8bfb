package dev.specdriven.source;

/**
 * A position in a text: 1-based line and column plus the 0-based character offset.
 *
 * <p>Columns and offsets count UTF-16 code units (Java {@code char}s), so a character outside the
 * Basic Multilingual Plane (an emoji, say) counts as two. Line breaks are {@code \n}, {@code \r\n}
 * or a lone {@code \r}.
 *
 * <pre>{@code
 * SourcePosition inSentence = new SourcePosition(1, 6, 5);
 * SourcePosition inFile = inSentence.rebase(new SourcePosition(40, 4, 1200));
 * // inFile = 40:9 (offset 1205)
 * }</pre>
 *
 * @param line 1-based line number
 * @param column 1-based column, in UTF-16 code units
 * @param offset 0-based offset from the start of the text, in UTF-16 code units
 */
public record SourcePosition(int line, int column, int offset)
        implements Comparable<SourcePosition> {

    /** The first character of a text: line 1, column 1, offset 0. */
    public static final SourcePosition START = new SourcePosition(1, 1, 0);

    /** Validates the components. */
    public SourcePosition {
        check(line, column, offset);
    }

    /** Throws when a coordinate is out of range. */
    static void check(int line, int column, int offset) {
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
        if (column < 1) {
            throw new IllegalArgumentException("column must be >= 1, was " + column);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        }
    }

    /**
     * Maps this position, taken relative to a fragment, onto the document that holds the fragment.
     *
     * <p>A fragment that starts at {@code origin} of its host: positions on the fragment's first
     * line are shifted by the origin's column, later lines keep their column.
     *
     * @param origin where the fragment starts in the host document
     * @return the same position in host coordinates
     */
    public SourcePosition rebase(SourcePosition origin) {
        java.util.Objects.requireNonNull(origin, "origin must not be null");
        if (line == 1) {
            return new SourcePosition(
                    origin.line, origin.column + column - 1, origin.offset + offset);
        }
        return new SourcePosition(origin.line + line - 1, column, origin.offset + offset);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return Integer.compare(offset, other.offset);
    }

    /** Returns {@code line:column}. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
