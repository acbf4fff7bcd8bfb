package dev.specdriven.ears.internal;

import static dev.specdriven.ears.internal.antlr.EarsLexer.COMMA;
import static dev.specdriven.ears.internal.antlr.EarsLexer.IF;
import static dev.specdriven.ears.internal.antlr.EarsLexer.LEAD;
import static dev.specdriven.ears.internal.antlr.EarsLexer.SEP;
import static dev.specdriven.ears.internal.antlr.EarsLexer.SHALL;
import static dev.specdriven.ears.internal.antlr.EarsLexer.SYS;
import static dev.specdriven.ears.internal.antlr.EarsLexer.THEN;
import static dev.specdriven.ears.internal.antlr.EarsLexer.WEAK;
import static dev.specdriven.ears.internal.antlr.EarsLexer.WHEN;
import static dev.specdriven.ears.internal.antlr.EarsLexer.WHERE;
import static dev.specdriven.ears.internal.antlr.EarsLexer.WHILE;
import static dev.specdriven.ears.internal.antlr.EarsLexer.WORD;

import dev.specdriven.ears.EarsKeyword;

/**
 * The keyword pre-pass: maps the generic words and commas of a sentence to the token types of the
 * parser grammar, using the keyword table of the active dialects.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>The modal is the first binding {@code shall} keyword; without one, the first weak modal
 *       whose segment (since the last comma or {@code then}) is non-empty and does not start with a
 *       clause keyword. Without a modal the sentence is prose: no word is structural.
 *   <li>A clause keyword (Where/While/When/If) is structural at the start of the sentence, right
 *       after a comma or after a word ending with a colon, before the modal. Text before the first
 *       one is a lead.
 *   <li>The last clause is separated from the system name by {@code then}, else by its last comma,
 *       else before its last article ({@code the}), else before its last word.
 *   <li>Further {@code shall}s after the modal are tagged so that lint can report them.
 * </ol>
 */
final class SentenceTagger {

    private static final int CLAUSE_MASK =
            bit(EarsKeyword.WHERE)
                    | bit(EarsKeyword.WHILE)
                    | bit(EarsKeyword.WHEN)
                    | bit(EarsKeyword.IF);

    /** Punctuation that may close a keyword ({@code shall.}, {@code THEN:}) without being part. */
    private static final String CLOSING = ".;:!?。；：！？";

    private final PhraseTable keywords;
    private final String text;
    private final Tokens in;

    /** {@link #in} with closing punctuation cut off the words, for keyword lookup. */
    private final Tokens kin;

    private final Tokens out;
    private final PhraseTable.Index index;
    private boolean systemTagged;

    /** The modal is the last word and the response comes before it (verb-final languages). */
    private boolean verbFinal;

    private int modalAt = -1;

    private SentenceTagger(PhraseTable keywords, String text, Tokens in) {
        this.keywords = keywords;
        this.text = text;
        this.in = in;
        this.kin = trimClosing(text, in);
        this.out = new Tokens(in.size + 2);
        this.index = keywords.index(text, kin);
    }

    private static Tokens trimClosing(String text, Tokens in) {
        int[] ends = null;
        for (int i = 0; i < in.size; i++) {
            int e = in.end[i];
            int s = in.start[i];
            while (e - 1 > s && CLOSING.indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e != in.end[i]) {
                if (ends == null) {
                    ends = in.end.clone();
                }
                ends[i] = e;
            }
        }
        if (ends == null) {
            return in;
        }
        Tokens t = new Tokens(0);
        t.size = in.size;
        t.type = in.type; // shared, never written
        t.start = in.start;
        t.end = ends;
        return t;
    }

    static int bit(EarsKeyword k) {
        return 1 << k.ordinal();
    }

    /**
     * Tags a lexed sentence.
     *
     * @param keywords keyword table (roles are {@link EarsKeyword} ordinals)
     * @param text the sentence
     * @param in its words and commas
     * @return the tagged tokens (multi-word keywords merged into one token)
     */
    static Tokens tag(PhraseTable keywords, String text, Tokens in) {
        SentenceTagger t = new SentenceTagger(keywords, text, in);
        t.run();
        return t.out;
    }

    private int match(int i, int limit, int mask) {
        return keywords.match(index, text, kin, i, limit, mask);
    }

    private void run() {
        int n = in.size;
        int modal = -1;
        int modalLen = 0;
        boolean binding = false;
        for (int i = 0; i < n; i++) {
            int m = match(i, n, bit(EarsKeyword.SHALL));
            if (m != 0) {
                modal = i;
                modalLen = m >>> 8;
                binding = true;
                break;
            }
        }
        if (modal < 0) {
            int segStart = 0;
            boolean segKeyword = false;
            for (int i = 0; i < n; i++) {
                if (in.type[i] == COMMA) {
                    segStart = i + 1;
                    continue;
                }
                if (i == segStart) {
                    segKeyword = structural(i) && match(i, n, CLAUSE_MASK) != 0;
                }
                int then = match(i, n, bit(EarsKeyword.THEN));
                if (then != 0) {
                    i += (then >>> 8) - 1;
                    segStart = i + 1;
                    segKeyword = false;
                    continue;
                }
                int weak = match(i, n, bit(EarsKeyword.WEAK_MODAL));
                if (weak != 0 && i > segStart && !segKeyword) {
                    modal = i;
                    modalLen = weak >>> 8;
                    break;
                }
                if (sentenceEnds(i)) {
                    break; // a weak modal in a later sentence is a note, not the requirement
                }
            }
        }
        if (modal < 0) {
            for (int i = 0; i < n; i++) {
                copy(i);
            }
            return;
        }
        modalAt = modal;
        verbFinal = modal + modalLen == n && modal > 0 && unspacedScript(0, modal);
        // structural clause keywords before the modal
        int[] kwPos = new int[4];
        int[] kwLen = new int[4];
        int[] kwType = new int[4];
        int k = 0;
        for (int p = 0; p < modal; p++) {
            if (structural(p) || (k > 0 && chained(p, kwPos[k - 1]))) {
                int m = match(p, modal, CLAUSE_MASK);
                if (m != 0) {
                    if (k == kwPos.length) {
                        kwPos = java.util.Arrays.copyOf(kwPos, k * 2);
                        kwLen = java.util.Arrays.copyOf(kwLen, k * 2);
                        kwType = java.util.Arrays.copyOf(kwType, k * 2);
                    }
                    kwPos[k] = p;
                    kwLen[k] = m >>> 8;
                    kwType[k] = tokenType(m & 0xFF);
                    p += kwLen[k] - 1;
                    k++;
                }
            }
        }
        if (k == 0) {
            int c = verbFinal ? -1 : lastCommaWithWordAfter(0, modal);
            if (c >= 0) {
                emitAll(0, c, LEAD);
                emit(SEP, c, c + 1);
                emitSystem(c + 1, modal);
            } else {
                emitSystem(0, modal);
            }
        } else {
            if (kwPos[0] > 0) {
                if (in.type[kwPos[0] - 1] == COMMA) {
                    emitAll(0, kwPos[0] - 1, LEAD);
                    emit(SEP, kwPos[0] - 1, kwPos[0]);
                } else {
                    emitAll(0, kwPos[0], LEAD); // "Note: WHEN …"
                }
            }
            for (int c = 0; c < k; c++) {
                emitKeyword(kwType[c], kwPos[c], kwPos[c] + kwLen[c]);
                int a = kwPos[c] + kwLen[c];
                boolean last = c == k - 1;
                boolean sep = !last && in.type[kwPos[c + 1] - 1] == COMMA;
                int b = last ? modal : sep ? kwPos[c + 1] - 1 : kwPos[c + 1];
                body(a, b, last);
                if (sep) {
                    emit(SEP, b, b + 1);
                }
            }
        }
        emitKeyword(binding ? SHALL : WEAK, modal, modal + modalLen);
        int r0 = modal + modalLen;
        if (!systemTagged
                && r0 + 2 < n
                && in.type[r0] == WORD
                && in.type[r0 + 1] == WORD
                && keywords.matchesWord(text, in.start[r0], in.end[r0], bit(EarsKeyword.ARTICLE))) {
            // verb-second order (German): DANN muss das System speichern
            emitAll(r0, r0 + 2, SYS);
            r0 += 2;
        }
        for (int r = r0; r < n; r++) {
            int m = match(r, n, bit(EarsKeyword.SHALL));
            if (m != 0) {
                emitKeyword(SHALL, r, r + (m >>> 8));
                r += (m >>> 8) - 1;
            } else {
                copy(r);
            }
        }
    }

    private void body(int a, int b, boolean last) {
        int then = -1;
        int thenLen = 0;
        for (int i = a; i < b; i++) {
            int m = match(i, b, bit(EarsKeyword.THEN));
            if (m != 0) {
                then = i;
                thenLen = m >>> 8;
                i += thenLen - 1;
            }
        }
        int comma = last ? lastCommaWithWordAfter(a, b) : -1;
        boolean useThen = then >= 0 && (comma < then || comma == then + thenLen);
        if (useThen && !last) {
            // in a non-final clause, 'then' only counts when it ends the clause
            int r = then + thenLen;
            useThen = r == b;
        }
        if (useThen) {
            int textEnd = then;
            boolean sepBefore = textEnd > a && in.type[textEnd - 1] == COMMA;
            if (sepBefore) {
                textEnd--;
            }
            emitText(a, textEnd);
            if (sepBefore) {
                emit(SEP, textEnd, textEnd + 1);
            }
            emitKeyword(THEN, then, then + thenLen);
            int r = then + thenLen;
            if (r < b && in.type[r] == COMMA) {
                emit(SEP, r, r + 1);
                r++;
            }
            emitSystem(r, b);
            return;
        }
        if (!last) {
            emitText(a, b);
            return;
        }
        if (b - 1 > a && in.type[b - 1] == COMMA) {
            emitText(a, b - 1);
            emit(SEP, b - 1, b);
            return;
        }
        if (comma >= 0) {
            emitText(a, comma);
            emit(SEP, comma, comma + 1);
            emitSystem(comma + 1, b);
            return;
        }
        int article = -1;
        for (int j = b - 1; j > a; j--) {
            if (in.type[j] == WORD && match(j, j + 1, bit(EarsKeyword.ARTICLE)) != 0) {
                article = j;
                break;
            }
        }
        if (article > a) {
            emitText(a, article);
            emitSystem(article, b);
        } else if (b - a >= 2) {
            emitText(a, b - 1);
            emitAll(b - 1, b, SYS);
        } else {
            emitText(a, b);
        }
    }

    /**
     * A clause keyword counts at the start of the sentence, after a comma, and after a word that
     * ends with a colon ({@code Note: WHEN …}).
     */
    private boolean structural(int p) {
        if (p == 0 || in.type[p - 1] == COMMA) {
            return true;
        }
        char last = text.charAt(in.end[p - 1] - 1);
        return last == ':' || last == '：';
    }

    /**
     * Kiro chains conditions without commas ({@code WHILE on battery WHEN the upload starts THEN
     * …}): a clause keyword in the middle of a clause is structural when it and the keyword of the
     * clause it is in are both written in capitals and it is not the first word of that clause.
     */
    private boolean chained(int p, int previousKeyword) {
        return p > previousKeyword + 1 && upper(p) && upper(previousKeyword);
    }

    private boolean upper(int i) {
        boolean letter = false;
        for (int c = kin.start[i]; c < kin.end[i]; c++) {
            char ch = text.charAt(c);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letter |= Character.isUpperCase(ch);
        }
        return letter;
    }

    /**
     * Whether {@code [from, to)} holds a character of a script written without spaces between words
     * and with the verb last (Japanese, Korean; Chinese text in Kiro specs follows the same layout
     * when the modal closes the sentence).
     */
    private boolean unspacedScript(int from, int to) {
        for (int i = from; i < to; i++) {
            for (int c = in.start[i]; c < in.end[i]; c++) {
                Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(c));
                if (s == Character.UnicodeScript.HAN
                        || s == Character.UnicodeScript.HIRAGANA
                        || s == Character.UnicodeScript.KATAKANA
                        || s == Character.UnicodeScript.HANGUL) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Topic and subject particles that close the system name in Japanese and Korean. */
    private static final String PARTICLES = "はが은는";

    /**
     * Emits the system name between the last clause and the modal. In a verb-final sentence ({@code
     * THE 同期サービスは データを保存する SHALL}) the words before the modal are the system followed by the
     * response: the system ends at a word closed by a topic or subject particle (the particle
     * itself is left out), else after the article and one word, else after the first word.
     */
    private void emitSystem(int from, int to) {
        if (!verbFinal || to != modalAt || to - from < 2) {
            emitAll(from, to, SYS);
            return;
        }
        for (int i = from; i < to - 1; i++) {
            int e = kin.end[i];
            char last = text.charAt(e - 1);
            if (PARTICLES.indexOf(last) >= 0 && e - 1 > in.start[i]) {
                emitAll(from, i, SYS);
                out.add(SYS, in.start[i], e - 1);
                emitText(i + 1, to);
                return;
            }
            if (PARTICLES.indexOf(last) >= 0 && i > from) {
                emitAll(from, i, SYS); // a free-standing particle: "the Chat Agent は …"
                emitText(i + 1, to);
                return;
            }
        }
        int name = from + 1;
        if (to - from >= 3
                && keywords.matchesWord(
                        text, kin.start[from], kin.end[from], bit(EarsKeyword.ARTICLE))) {
            name = from + 2;
        }
        emitAll(from, name, SYS);
        emitText(name, to);
    }

    /** A word that closes a sentence: it ends with a full stop and a capital follows. */
    private boolean sentenceEnds(int i) {
        if (i + 1 >= in.size || text.charAt(in.end[i] - 1) != '.' || in.end[i] - in.start[i] < 3) {
            return false;
        }
        if (text.lastIndexOf('.', in.end[i] - 2) >= in.start[i]) {
            return false; // an abbreviation: e.g., i.e.
        }
        return Character.isUpperCase(text.charAt(in.start[i + 1]));
    }

    private int lastCommaWithWordAfter(int a, int b) {
        boolean word = false;
        for (int i = b - 1; i >= a; i--) {
            if (in.type[i] == WORD) {
                word = true;
            } else if (in.type[i] == COMMA && word) {
                return i;
            }
        }
        return -1;
    }

    private static int tokenType(int role) {
        EarsKeyword kw = EarsKeyword.values()[role];
        switch (kw) {
            case WHERE:
                return WHERE;
            case WHILE:
                return WHILE;
            case WHEN:
                return WHEN;
            case IF:
                return IF;
            default:
                throw new IllegalStateException("not a clause keyword: " + kw);
        }
    }

    private void copy(int i) {
        out.add(in.type[i], in.start[i], in.end[i]);
    }

    private void emitText(int from, int to) {
        for (int i = from; i < to; i++) {
            copy(i);
        }
    }

    private void emitAll(int from, int to, int type) {
        if (type == SYS && to > from) {
            systemTagged = true;
        }
        for (int i = from; i < to; i++) {
            out.add(type, in.start[i], in.end[i]);
        }
    }

    private void emit(int type, int from, int to) {
        out.add(type, in.start[from], in.end[to - 1]);
    }

    /** Emits a keyword without the closing punctuation after it ({@code shall.}). */
    private void emitKeyword(int type, int from, int to) {
        out.add(type, in.start[from], kin.end[to - 1]);
    }
}
