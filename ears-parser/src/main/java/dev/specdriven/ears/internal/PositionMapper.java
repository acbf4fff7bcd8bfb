package dev.specdriven.ears.internal;

import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import java.util.Arrays;

/**
 * Converts 0-based UTF-16 offsets of a sentence into 1-based line/column positions, re-based onto
 * the host document at {@code origin}. The one place where positions are computed.
 */
public final class PositionMapper {
    private final SourcePosition origin;
    private final int[] lineStarts;

    /**
     * Creates a mapper.
     *
     * @param text the sentence
     * @param origin where the sentence starts in its host document
     */
    public PositionMapper(String text, SourcePosition origin) {
        this.origin = origin;
        int[] starts = null;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (starts == null) {
                    starts = new int[8];
                } else if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        if (starts == null) {
            lineStarts = new int[] {0};
        } else {
            lineStarts = Arrays.copyOf(starts, count);
        }
    }

    /**
     * The position of an offset.
     *
     * @param offset 0-based offset into the sentence
     * @return the re-based position
     */
    public SourcePosition position(int offset) {
        int line = 0;
        if (lineStarts.length > 1) {
            int idx = Arrays.binarySearch(lineStarts, offset);
            line = idx >= 0 ? idx : -idx - 2;
        }
        int column = offset - lineStarts[line] + 1;
        if (line == 0) {
            return new SourcePosition(
                    origin.line(), origin.column() + column - 1, origin.offset() + offset);
        }
        return new SourcePosition(origin.line() + line, column, origin.offset() + offset);
    }

    /**
     * The span of {@code [from, to)}.
     *
     * @param from start offset
     * @param to end offset (exclusive)
     * @return the re-based span
     */
    public SourceSpan span(int from, int to) {
        return new SourceSpan(position(from), position(Math.max(from, to)));
    }
}
