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
        return parse(text, keywords, UnspacedKeywords.NONE, mapper);
    }

    /**
     * Parses one sentence, splitting words at keywords of scripts written without spaces.
     *
     * @param text the sentence
     * @param keywords keyword table of the active dialects
     * @param unspaced the unspaced keywords of the active dialects
     * @param mapper position mapper for the sentence
     * @return what was found
     */
    public static ParsedSentence parse(
            String text, PhraseTable keywords, UnspacedKeywords unspaced, PositionMapper mapper) {
        ErrorCollector errors = new ErrorCollector();
        Tokens raw = Tokens.lex(text, errors);
        if (text.indexOf('`') >= 0) {
            codeSpanCommas(text, raw);
        }
        if (unspaced != UnspacedKeywords.NONE && hasHan(text)) {
            raw = unspaced.split(text, raw, hasModal(keywords, text, raw));
        }
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

    /**
     * A comma inside a Markdown code span ({@code `user_exists(db, name)`}) is part of the code,
     * not a clause separator.
     */
    private static void codeSpanCommas(String text, Tokens raw) {
        int open = -1;
        int t = 0;
        for (int i = 0; i < text.length() && t < raw.size; i++) {
            if (text.charAt(i) != '`') {
                continue;
            }
            if (open < 0) {
                open = i;
                continue;
            }
            while (t < raw.size && raw.start[t] < open) {
                t++;
            }
            for (; t < raw.size && raw.end[t] <= i; t++) {
                if (raw.type[t] == Tokens.COMMA) {
                    raw.type[t] = Tokens.WORD;
                }
            }
            open = -1;
        }
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasModal(PhraseTable keywords, String text, Tokens raw) {
        int mask =
                (1 << dev.specdriven.ears.EarsKeyword.SHALL.ordinal())
                        | (1 << dev.specdriven.ears.EarsKeyword.WEAK_MODAL.ordinal());
        for (int i = 0; i < raw.size; i++) {
            if (keywords.match(text, raw, i, raw.size, mask) != 0) {
                return true;
            }
        }
        return false;
    }
}
