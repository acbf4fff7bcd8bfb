package dev.specdriven.ears.internal;

import dev.specdriven.ears.EarsKeyword;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keywords of scripts written without spaces between words (Chinese {@code 当 … 时，系统应 …}): before
 * tagging, a word that starts with a clause keyword or holds the modal is split so that the keyword
 * becomes a word of its own. Immutable and thread-safe.
 */
public final class UnspacedKeywords {

    /** No unspaced keyword: {@link #split} returns its input. */
    public static final UnspacedKeywords NONE = new UnspacedKeywords(List.of(), List.of());

    /** Characters before a modal character that make it part of a word (响应 "response"). */
    private static final String MODAL_BLOCKED_BEFORE = "响相对反适供回效答感呼理";

    /** Characters after a modal character that make it part of a word (应用 "application"). */
    private static final String MODAL_BLOCKED_AFTER = "用答对急";

    private final List<String> clauseKeywords;
    private final List<String> modals;

    private UnspacedKeywords(List<String> clauseKeywords, List<String> modals) {
        this.clauseKeywords = clauseKeywords;
        this.modals = modals;
    }

    /**
     * Collects the unspaced keywords of a role list.
     *
     * @param clause clause keywords (Where/While/When/If/Then) of the active dialects
     * @param shall binding and weak modals of the active dialects
     * @return the keywords, longest first
     */
    public static UnspacedKeywords of(List<String> clause, List<String> shall) {
        List<String> c = new ArrayList<>(clause.stream().filter(Linter::unspaced).toList());
        List<String> m = new ArrayList<>(shall.stream().filter(Linter::unspaced).toList());
        if (c.isEmpty() && m.isEmpty()) {
            return NONE;
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        c.sort(longestFirst);
        m.sort(longestFirst);
        return new UnspacedKeywords(List.copyOf(c), List.copyOf(m));
    }

    /**
     * The roles whose unspaced keywords {@link #of} takes.
     *
     * @param k a role
     * @return true for the clause keywords and THEN
     */
    public static boolean clauseRole(EarsKeyword k) {
        return k == EarsKeyword.WHERE
                || k == EarsKeyword.WHILE
                || k == EarsKeyword.WHEN
                || k == EarsKeyword.IF
                || k == EarsKeyword.THEN;
    }

    /**
     * Splits the words that start with a clause keyword (at the start of the sentence or after a
     * comma) and the first word after a comma that holds a modal after at least one character.
     *
     * @param text the sentence
     * @param in its words and commas
     * @param hasModal whether a modal was already found among the whole words
     * @return the split tokens, or {@code in} when nothing was split
     */
    Tokens split(String text, Tokens in, boolean hasModal) {
        if (this == NONE) {
            return in;
        }
        Tokens out = null;
        boolean modalFound = hasModal;
        for (int i = 0; i < in.size; i++) {
            int s = in.start[i];
            int e = in.end[i];
            boolean structural = i == 0 || in.type[i - 1] == Tokens.COMMA;
            int kw = structural && in.type[i] == Tokens.WORD ? prefix(text, s, e) : 0;
            int modalAt = -1;
            int modalLen = 0;
            if (!modalFound && in.type[i] == Tokens.WORD) {
                // a modal right after a comma: the system is missing ("…时，应使用…")
                int first = s + kw + (structural && kw == 0 && i > 0 ? 0 : 1);
                for (int c = first; c < e && modalAt < 0; c++) {
                    for (String m : modals) {
                        if (text.startsWith(m, c)
                                && c + m.length() < e
                                && (c == s || MODAL_BLOCKED_BEFORE.indexOf(text.charAt(c - 1)) < 0)
                                && MODAL_BLOCKED_AFTER.indexOf(text.charAt(c + m.length())) < 0) {
                            modalAt = c;
                            modalLen = m.length();
                            break;
                        }
                    }
                }
            }
            if (kw == 0 && modalAt < 0) {
                if (out != null) {
                    out.add(in.type[i], s, e);
                }
                continue;
            }
            if (out == null) {
                out = new Tokens(in.size + 6);
                for (int j = 0; j < i; j++) {
                    out.add(in.type[j], in.start[j], in.end[j]);
                }
            }
            int from = s;
            if (kw > 0) {
                out.add(Tokens.WORD, s, s + kw);
                from = s + kw;
            }
            if (modalAt >= 0) {
                modalFound = true;
                if (modalAt > from) {
                    out.add(Tokens.WORD, from, modalAt);
                }
                out.add(Tokens.WORD, modalAt, modalAt + modalLen);
                from = modalAt + modalLen;
            }
            if (from < e) {
                out.add(Tokens.WORD, from, e);
            }
        }
        return out == null ? in : out;
    }

    private int prefix(String text, int s, int e) {
        for (String k : clauseKeywords) {
            if (e - s > k.length() && text.startsWith(k, s)) {
                return k.length();
            }
        }
        return 0;
    }
}
