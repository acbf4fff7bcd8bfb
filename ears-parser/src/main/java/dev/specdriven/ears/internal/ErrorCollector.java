package dev.specdriven.ears.internal;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/** Collects ANTLR syntax errors as (offset, message) pairs instead of printing them. */
public final class ErrorCollector extends BaseErrorListener {
    /** One error: offset into the sentence and ANTLR's message. */
    public record Error(int offset, String message) {}

    final List<Error> errors = new ArrayList<>(0);

    @Override
    public void syntaxError(
            Recognizer<?, ?> recognizer,
            Object offendingSymbol,
            int line,
            int charPositionInLine,
            String msg,
            RecognitionException e) {
        int offset = offendingSymbol instanceof Token t ? Math.max(0, t.getStartIndex()) : 0;
        errors.add(new Error(offset, msg));
    }
}
