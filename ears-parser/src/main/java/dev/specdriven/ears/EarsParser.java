package dev.specdriven.ears;

import dev.specdriven.source.ParseResult;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import java.util.List;
import java.util.Objects;

/**
 * Parses one EARS requirement sentence. (Skeleton: the ANTLR implementation follows.)
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EarsParser {

    private EarsParser() {}

    /**
     * A parser with the default configuration.
     *
     * @return the parser
     */
    public static EarsParser create() {
        return new EarsParser();
    }

    /**
     * Parses a sentence that starts at line 1, column 1.
     *
     * @param sentence the sentence
     * @return the requirement and its diagnostics
     */
    public ParseResult<EarsRequirement> parse(String sentence) {
        return parse(sentence, SourcePosition.START);
    }

    /**
     * Parses a sentence that starts at {@code origin} of a host document; every span and diagnostic
     * is reported in host coordinates.
     *
     * @param sentence the sentence
     * @param origin where the sentence starts in its document
     * @return the requirement and its diagnostics
     */
    public ParseResult<EarsRequirement> parse(String sentence, SourcePosition origin) {
        Objects.requireNonNull(sentence, "sentence must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        SourceSpan span =
                new SourceSpan(
                                SourcePosition.START,
                                new SourcePosition(1, sentence.length() + 1, sentence.length()))
                        .rebase(origin);
        return new ParseResult<>(
                new EarsRequirement(sentence, EarsPatterns.NOT_EARS, List.of(), span), List.of());
    }
}
