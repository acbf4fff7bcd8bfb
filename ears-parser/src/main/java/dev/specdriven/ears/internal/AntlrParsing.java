package dev.specdriven.ears.internal;

import dev.specdriven.ears.internal.antlr.EarsSentenceParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Runs lexer, keyword tagger, parser and model builder over one sentence: SLL prediction first,
 * full LL only when SLL fails; errors are collected, never printed.
 */
public final class AntlrParsing {
    private AntlrParsing() {}

    /**
     * Parses one sentence.
     *
     * @param text the sentence
     * @param keywords keyword table of the active dialects
     * @param mapper position mapper for the sentence
     * @return what was found
     */
    public static ParsedSentence parse(String text, PhraseTable keywords, PositionMapper mapper) {
        ErrorCollector errors = new ErrorCollector();
        Tokens raw = Tokens.lex(text, errors);
        Tokens tagged = SentenceTagger.tag(keywords, text, raw);
        List<Token> tokens = new ArrayList<>(tagged.size + 1);
        for (int i = 0; i < tagged.size; i++) {
            CommonToken t = new CommonToken(tagged.type[i]);
            t.setStartIndex(tagged.start[i]);
            t.setStopIndex(tagged.end[i] - 1);
            t.setText(""); // text is read from the sentence by offsets
            t.setTokenIndex(i);
            tokens.add(t);
        }
        CommonToken eof = new CommonToken(Token.EOF);
        eof.setStartIndex(text.length());
        eof.setStopIndex(text.length() - 1);
        eof.setText("<EOF>");
        tokens.add(eof);
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(tokens));
        EarsSentenceParser parser = new EarsSentenceParser(stream);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        EarsSentenceParser.RequirementContext tree;
        try {
            tree = parser.requirement();
        } catch (ParseCancellationException sllFailed) {
            stream.seek(0);
            parser.reset();
            parser.addErrorListener(errors);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            tree = parser.requirement();
        }
        ParsedSentence out = new ParsedSentence();
        out.words = raw;
        out.syntaxErrors.addAll(errors.errors);
        if (errors.errors.isEmpty()) {
            new EarsModelBuilder(text, mapper, out).visit(tree);
        }
        return out;
    }
}
