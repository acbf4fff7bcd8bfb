package dev.specdriven.ears.internal;

import dev.specdriven.ears.internal.antlr.EarsLexer;
import org.antlr.v4.runtime.Token;

/** The words and commas of a sentence (emphasis markers and white space dropped), as arrays. */
public final class Tokens {
    /** Token type of a word. */
    public static final int WORD = EarsLexer.WORD;

    /** Token type of a comma. */
    public static final int COMMA = EarsLexer.COMMA;

    int size;
    int[] type;
    int[] start;
    int[] end;

    Tokens(int capacity) {
        type = new int[capacity];
        start = new int[capacity];
        end = new int[capacity];
    }

    /**
     * Runs the generic ANTLR lexer over a sentence.
     *
     * @param text the sentence
     * @param errors collects lexer errors
     * @return the tokens
     */
    static Tokens lex(String text, ErrorCollector errors) {
        EarsLexer lexer = new EarsLexer(new Utf16CharStream(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        Tokens t = new Tokens(Math.max(8, Math.min(text.length() / 4 + 8, 1 << 16)));
        for (Token tok = lexer.nextToken(); tok.getType() != Token.EOF; tok = lexer.nextToken()) {
            int ty = tok.getType();
            if (ty == EarsLexer.WORD || ty == EarsLexer.COMMA) {
                t.add(ty, tok.getStartIndex(), tok.getStopIndex() + 1);
            }
        }
        return t;
    }

    void add(int ty, int s, int e) {
        if (size == type.length) {
            int cap = size * 2;
            type = java.util.Arrays.copyOf(type, cap);
            start = java.util.Arrays.copyOf(start, cap);
            end = java.util.Arrays.copyOf(end, cap);
        }
        type[size] = ty;
        start[size] = s;
        end[size] = e;
        size++;
    }

    /**
     * The number of tokens.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * The type of token {@code i}.
     *
     * @param i index
     * @return {@link #WORD} or {@link #COMMA} (or a keyword type after tagging)
     */
    public int type(int i) {
        return type[i];
    }

    /**
     * The start offset of token {@code i}.
     *
     * @param i index
     * @return offset
     */
    public int start(int i) {
        return start[i];
    }

    /**
     * The end offset (exclusive) of token {@code i}.
     *
     * @param i index
     * @return offset
     */
    public int end(int i) {
        return end[i];
    }
}
