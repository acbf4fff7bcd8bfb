package dev.specdriven.ears.internal;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A {@link CharStream} over a {@link String} that counts UTF-16 code units, so that token indexes
 * are Java string offsets (ANTLR's own {@code CodePointCharStream} counts code points). Surrogate
 * halves are seen by the lexer as two characters, which the generic lexer treats as word
 * characters.
 */
final class Utf16CharStream implements CharStream {
    private final String text;
    private final char[] chars;
    private int index;

    Utf16CharStream(String text) {
        this.text = text;
        this.chars = text.toCharArray();
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(text.length() - 1, interval.b);
        return start > stop ? "" : text.substring(start, stop + 1);
    }

    @Override
    public void consume() {
        if (index >= text.length()) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index++;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int p = i < 0 ? index + i : index + i - 1;
        if (p < 0 || p >= chars.length) {
            return IntStream.EOF;
        }
        return chars[p];
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // nothing buffered
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int index) {
        this.index = Math.max(0, Math.min(index, text.length()));
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }
}
