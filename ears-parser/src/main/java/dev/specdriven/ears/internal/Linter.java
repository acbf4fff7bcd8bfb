package dev.specdriven.ears.internal;

import dev.specdriven.ears.ClauseKind;
import dev.specdriven.ears.EarsCode;
import dev.specdriven.ears.EarsKeyword;
import dev.specdriven.source.SourceSpan;
import java.util.Locale;
import java.util.Set;

/** Sentence-level lint over a {@link ParsedSentence}. Immutable and thread-safe. */
public final class Linter {

    /** Receives one finding. */
    @FunctionalInterface
    public interface Reporter {
        /**
         * Reports a finding.
         *
         * @param code the code
         * @param span where
         * @param message what is wrong
         */
        void report(EarsCode code, SourceSpan span, String message);
    }

    private static final Set<String> HUMAN_SUBJECTS =
            Set.of(
                    "i",
                    "we",
                    "you",
                    "they",
                    "he",
                    "she",
                    "it",
                    "user",
                    "users",
                    "customer",
                    "customers",
                    "admin",
                    "admins",
                    "administrator",
                    "administrators",
                    "operator",
                    "operators",
                    "person",
                    "people",
                    "someone",
                    "player",
                    "players",
                    "visitor",
                    "visitors");

    private static final Set<String> DETERMINERS =
            Set.of(
                    "the", "a", "an", "to", "them", "it", "its", "their", "all", "any", "each",
                    "this", "that", "these", "those", "his", "her", "our", "your", "my", "every");

    private static final Set<String> IRREGULAR_PARTICIPLES =
            Set.of(
                    "sent",
                    "built",
                    "set",
                    "kept",
                    "made",
                    "held",
                    "read",
                    "run",
                    "put",
                    "shut",
                    "cut",
                    "hit",
                    "left",
                    "lost",
                    "met",
                    "paid",
                    "sold",
                    "told",
                    "found",
                    "bound",
                    "brought",
                    "bought",
                    "caught",
                    "taught",
                    "thought",
                    "dealt",
                    "meant",
                    "spent",
                    "lent",
                    "upheld",
                    "withheld");

    private final PhraseTable keywords;
    private static final int VAGUE = 1;
    private static final int QUALITY = 2;

    private final PhraseTable terms;

    /**
     * Creates a linter.
     *
     * @param keywords keyword table of the active dialects (roles are {@link EarsKeyword} ordinals)
     * @param terms vague terms (role 0) and unmeasurable quality words (role 1)
     */
    public Linter(PhraseTable keywords, PhraseTable terms) {
        this.keywords = keywords;
        this.terms = terms;
    }

    /**
     * Lints one parsed sentence.
     *
     * @param text the sentence
     * @param p the parse
     * @param mapper positions
     * @param out receives findings
     */
    public void lint(String text, ParsedSentence p, PositionMapper mapper, Reporter out) {
        control(text, mapper, out);
        ParsedSentence.Range modal = p.modal;
        if (modal == null) {
            out.report(
                    EarsCode.MISSING_SHALL,
                    mapper.span(0, text.length()),
                    "the sentence has no 'shall'; it is not an EARS requirement");
        } else {
            String m = text.substring(modal.start(), modal.end());
            if (!p.binding) {
                out.report(
                        EarsCode.WEAK_MODAL,
                        span(mapper, modal),
                        "weak modal '" + m + "' instead of 'shall'; classified NOT_EARS");
            }
            if (p.system == null) {
                out.report(
                        EarsCode.MISSING_SYSTEM,
                        span(mapper, modal),
                        "no system name before '" + m + "'");
            }
            if (p.response == null && !announcesList(text, modal)) {
                out.report(
                        EarsCode.MISSING_RESPONSE,
                        span(mapper, modal),
                        p.responseWords.isEmpty()
                                ? "nothing after '" + m + "'"
                                : "only '"
                                        + normalizeTerm(
                                                text.substring(
                                                        p.responseWords.get(0).start(),
                                                        p.responseWords
                                                                .get(p.responseWords.size() - 1)
                                                                .end()))
                                        + "' after '"
                                        + m
                                        + "': say what the system shall (not) do");
            }
        }
        for (ParsedSentence.Range extra : p.extraShall) {
            out.report(
                    EarsCode.MULTIPLE_SHALL,
                    span(mapper, extra),
                    "another '"
                            + text.substring(extra.start(), extra.end())
                            + "' after the first one: more than one requirement in one sentence");
        }
        if (p.lead != null) {
            out.report(
                    EarsCode.NON_EARS_LEAD,
                    span(mapper, p.lead),
                    "'"
                            + abbreviate(text.substring(p.lead.start(), p.lead.end()))
                            + "' before the clauses is not an EARS keyword; read as ubiquitous");
        } else if (p.system != null && p.conditions.isEmpty()) {
            Tokens w = p.words;
            for (int i = 0; i < w.size; i++) {
                if (w.start[i] >= p.system.start()) {
                    int m =
                            keywords.match(
                                    text, w, i, w.size, 1 << EarsKeyword.QUANTIFIER.ordinal());
                    if (m != 0) {
                        int e = w.end[i + (m >>> 8) - 1];
                        out.report(
                                EarsCode.NON_EARS_LEAD,
                                mapper.span(w.start[i], e),
                                "quantifier '"
                                        + text.substring(w.start[i], e)
                                        + "' is not an EARS keyword; read as ubiquitous");
                    }
                    break;
                }
            }
        }
        conditions(text, p, mapper, out);
        if (p.system != null) {
            humanSubject(text, p, mapper, out);
        }
        if (p.response != null) {
            passive(text, p, mapper, out);
            multipleResponses(text, p, mapper, out);
        }
        terms(text, p.words, mapper, out);
    }

    /**
     * {@code … SHALL:} at the end of the sentence announces the response as the list below it,
     * which the sentence does not hold.
     */
    private static boolean announcesList(String text, ParsedSentence.Range modal) {
        int i = modal.end();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || (text.charAt(i) != ':' && text.charAt(i) != '：')) {
            return false;
        }
        i++;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == text.length();
    }

    private void conditions(String text, ParsedSentence p, PositionMapper mapper, Reporter out) {
        int maxRank = -1;
        boolean orderReported = false;
        int triggers = 0;
        for (ParsedSentence.ConditionInfo c : p.conditions) {
            String kw = text.substring(c.keyword().start(), c.keyword().end());
            if (c.text() == null) {
                out.report(
                        EarsCode.EMPTY_CLAUSE,
                        span(mapper, c.keyword()),
                        "'" + kw + "' is followed by no condition");
            }
            int rank = rank(c.kind());
            if (rank < maxRank && !orderReported) {
                orderReported = true;
                out.report(
                        EarsCode.CLAUSE_ORDER,
                        span(mapper, c.whole()),
                        "'"
                                + kw
                                + "' clause comes after a clause that EARS puts after it"
                                + " (order: Where, While, When/If)");
            }
            maxRank = Math.max(maxRank, rank);
            if (c.kind() == ClauseKind.WHEN || c.kind() == ClauseKind.IF) {
                triggers++;
                if (triggers == 2) {
                    out.report(
                            EarsCode.MULTIPLE_TRIGGERS,
                            span(mapper, c.whole()),
                            "second trigger clause '" + kw + "'; EARS allows one When or If");
                }
            }
            if (c.kind() == ClauseKind.IF && c.then() == null) {
                out.report(
                        EarsCode.IF_WITHOUT_THEN,
                        span(mapper, c.whole()),
                        "'" + kw + "' clause has no 'then' before the system name");
            }
            if (c.kind() == ClauseKind.WHEN && c.then() != null) {
                out.report(
                        EarsCode.THEN_AFTER_WHEN,
                        span(mapper, c.then()),
                        "'"
                                + text.substring(c.then().start(), c.then().end())
                                + "' after '"
                                + kw
                                + "' (Kiro form); read as event-driven");
            }
        }
    }

    private static int rank(ClauseKind k) {
        switch (k) {
            case WHERE:
                return 0;
            case WHILE:
                return 1;
            default:
                return 2;
        }
    }

    private void humanSubject(String text, ParsedSentence p, PositionMapper mapper, Reporter out) {
        ParsedSentence.Range sys = p.system;
        String s = text.substring(sys.start(), sys.end()).strip();
        int sp = s.indexOf(' ');
        if (sp > 0 && keywords.matchesWord(s, 0, sp, 1 << EarsKeyword.ARTICLE.ordinal())) {
            s = s.substring(sp + 1).strip();
        }
        String norm = s.toLowerCase(Locale.ROOT);
        if (HUMAN_SUBJECTS.contains(norm)) {
            out.report(
                    EarsCode.HUMAN_SUBJECT,
                    span(mapper, sys),
                    "'" + text.substring(sys.start(), sys.end()) + "' is not a system");
        }
    }

    private void passive(String text, ParsedSentence p, PositionMapper mapper, Reporter out) {
        var words = p.responseWords;
        int i = 0;
        if (i < words.size() && is(text, words.get(i), "not")) {
            i++;
        }
        if (i + 1 >= words.size() || !is(text, words.get(i), "be")) {
            return;
        }
        ParsedSentence.Range part = words.get(i + 1);
        String w = text.substring(part.start(), part.end()).toLowerCase(Locale.ROOT);
        boolean participle =
                w.length() > 3 && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn"))
                        || IRREGULAR_PARTICIPLES.contains(w);
        if (!participle) {
            return;
        }
        for (ParsedSentence.Range r : words) {
            if (is(text, r, "by")) {
                return;
            }
        }
        out.report(
                EarsCode.PASSIVE_WITHOUT_ACTOR,
                mapper.span(words.get(i).start(), part.end()),
                "passive 'be " + w + "' does not say who acts");
    }

    private void multipleResponses(
            String text, ParsedSentence p, PositionMapper mapper, Reporter out) {
        var words = p.responseWords;
        if (words.isEmpty()) {
            return;
        }
        int first = 0;
        if (is(text, words.get(0), "not") && words.size() > 1) {
            first = 1;
        }
        String verb = lower(text, words.get(first));
        for (int i = first + 1; i + 2 < words.size(); i++) {
            if (!is(text, words.get(i), "and")) {
                continue;
            }
            int v = i + 1;
            if (is(text, words.get(v), "then") && v + 2 < words.size()) {
                v++;
            }
            String candidate = lower(text, words.get(v));
            String next = lower(text, words.get(v + 1));
            if (!candidate.equals(verb)
                    && candidate.chars().allMatch(Character::isLowerCase)
                    && !DETERMINERS.contains(candidate)
                    && DETERMINERS.contains(next)) {
                out.report(
                        EarsCode.MULTIPLE_RESPONSES,
                        mapper.span(words.get(i).start(), words.get(v).end()),
                        "'" + verb + "' and '" + candidate + "' are two responses");
                return;
            }
        }
    }

    private void terms(String text, Tokens w, PositionMapper mapper, Reporter out) {
        boolean hasDigit = false;
        for (int i = 0; i < text.length() && !hasDigit; i++) {
            hasDigit = Character.isDigit(text.charAt(i));
        }
        Tokens trimmed = trim(text, w);
        PhraseTable.Index clean = terms.index(text, trimmed);
        int mask = hasDigit ? VAGUE : VAGUE | QUALITY;
        for (int i = 0; i < w.size; i++) {
            int m = terms.match(clean, text, trimmed, i, w.size, mask);
            Tokens used = trimmed;
            if (m == 0) {
                continue;
            }
            int e = used.end[i + (m >>> 8) - 1];
            String found = text.substring(used.start[i], e);
            if ((m & 0xFF) == 0) {
                out.report(
                        EarsCode.VAGUE_TERM,
                        mapper.span(used.start[i], e),
                        "vague term '" + found + "'");
            } else {
                out.report(
                        EarsCode.UNMEASURABLE_QUALITY,
                        mapper.span(used.start[i], e),
                        "'" + found + "' without a number cannot be tested");
            }
            i += (m >>> 8) - 1;
        }
    }

    /**
     * Strips the quotes, brackets and punctuation that {@link #lint} ignores around words, so that
     * configured terms are stored the way words are looked up ({@code etc.} becomes {@code etc}).
     *
     * @param term a vague or quality term
     * @return the term without surrounding punctuation
     */
    public static String normalizeTerm(String term) {
        int s = 0;
        int e = term.length();
        while (s < e && LEADING.indexOf(term.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && TRAILING.indexOf(term.charAt(e - 1)) >= 0) {
            e--;
        }
        return term.substring(s, e);
    }

    private static final String LEADING = "\"'“‘«([{`_";
    private static final String TRAILING = "\"'”’».,;:!?)]}`_。";

    private static Tokens trim(String text, Tokens w) {
        Tokens t = new Tokens(Math.max(1, w.size));
        for (int i = 0; i < w.size; i++) {
            int s = w.start[i];
            int e = w.end[i];
            while (s < e && LEADING.indexOf(text.charAt(s)) >= 0) {
                s++;
            }
            while (e > s && TRAILING.indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            t.add(w.type[i], s, e);
        }
        return t;
    }

    private static void control(String text, PositionMapper mapper, Reporter out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                out.report(
                        EarsCode.CONTROL_CHARACTER,
                        mapper.span(i, i + 1),
                        String.format(Locale.ROOT, "control character U+%04X", (int) c));
                return;
            }
        }
    }

    private static boolean is(String text, ParsedSentence.Range r, String word) {
        return r.end() - r.start() == word.length()
                && text.regionMatches(true, r.start(), word, 0, word.length());
    }

    private static String lower(String text, ParsedSentence.Range r) {
        return text.substring(r.start(), r.end()).toLowerCase(Locale.ROOT);
    }

    private static SourceSpan span(PositionMapper mapper, ParsedSentence.Range r) {
        return mapper.span(r.start(), r.end());
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }
}
