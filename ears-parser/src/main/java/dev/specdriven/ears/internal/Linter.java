package dev.specdriven.ears.internal;

import dev.specdriven.ears.ClauseKind;
import dev.specdriven.ears.EarsCode;
import dev.specdriven.ears.EarsKeyword;
import dev.specdriven.source.SourceSpan;
import java.util.List;
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
    private final List<String> unspacedVague;
    private final List<String> unspacedQuality;

    /**
     * Creates a linter.
     *
     * @param keywords keyword table of the active dialects (roles are {@link EarsKeyword} ordinals)
     * @param terms vague terms (role 0) and unmeasurable quality words (role 1)
     */
    public Linter(PhraseTable keywords, PhraseTable terms) {
        this(keywords, terms, List.of(), List.of());
    }

    /**
     * Creates a linter that also finds terms of scripts written without spaces.
     *
     * @param keywords keyword table of the active dialects (roles are {@link EarsKeyword} ordinals)
     * @param terms vague terms (role 0) and unmeasurable quality words (role 1)
     * @param unspacedVague vague terms in Han or Kana script, found inside words
     * @param unspacedQuality quality words in Han or Kana script, found inside words
     */
    public Linter(
            PhraseTable keywords,
            PhraseTable terms,
            List<String> unspacedVague,
            List<String> unspacedQuality) {
        this.keywords = keywords;
        this.terms = terms;
        this.unspacedVague = List.copyOf(unspacedVague);
        this.unspacedQuality = List.copyOf(unspacedQuality);
    }

    /**
     * Whether a term is written in a script without spaces between words (Han, Hiragana, Katakana),
     * so that it must be looked for inside words.
     *
     * @param term a term
     * @return true for such a term
     */
    public static boolean unspaced(String term) {
        for (int i = 0; i < term.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(term.charAt(i));
            if (s == Character.UnicodeScript.HAN
                    || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA) {
                return true;
            }
        }
        return false;
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
        terms(text, p, mapper, out);
        placeholders(text, p.words, mapper, out);
        wishes(text, p, mapper, out);
    }

    private static final Set<String> PLACEHOLDERS = Set.of("TBD", "TBC", "TODO", "FIXME");
    private static final String[] PLACEHOLDER_PHRASES = {
        "to be determined", "to be defined", "to be decided", "to be confirmed", "待定", "未定"
    };

    private static void placeholders(String text, Tokens w, PositionMapper mapper, Reporter out) {
        for (int i = 0; i < w.size; i++) {
            int s = w.start[i];
            char c = text.charAt(s);
            if (w.type[i] != Tokens.WORD || (c != 'T' && c != 'F' && LEADING.indexOf(c) < 0)) {
                continue; // cheap pre-check: every placeholder word starts with T or F
            }
            int e = w.end[i];
            while (s < e && LEADING.indexOf(text.charAt(s)) >= 0) {
                s++;
            }
            while (e > s && TRAILING.indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e - s >= 3 && e - s <= 5 && PLACEHOLDERS.contains(text.substring(s, e))) {
                out.report(
                        EarsCode.PLACEHOLDER,
                        mapper.span(s, e),
                        "placeholder '" + text.substring(s, e) + "'");
                return;
            }
        }
        for (String phrase : PLACEHOLDER_PHRASES) {
            int at = find(text, phrase);
            if (at >= 0) {
                out.report(
                        EarsCode.PLACEHOLDER,
                        mapper.span(at, at + phrase.length()),
                        "placeholder '" + text.substring(at, at + phrase.length()) + "'");
                return;
            }
        }
    }

    /** Case-insensitive {@code indexOf} without allocating. */
    private static int find(String text, String phrase) {
        char first = phrase.charAt(0);
        char upper = Character.toUpperCase(first);
        for (int i = 0; i + phrase.length() <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == first || c == upper)
                    && text.regionMatches(true, i, phrase, 0, phrase.length())) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> WISH_VERBS =
            Set.of("want", "wants", "wish", "wishes", "need", "needs");
    private static final Set<String> NEED_WORDS =
            Set.of("needed", "required", "necessary", "desired");

    /** {@code WHEN a user wants to …}, {@code WHEN chunking is required}: no observable event. */
    private static void wishes(String text, ParsedSentence p, PositionMapper mapper, Reporter out) {
        for (ParsedSentence.ConditionInfo c : p.conditions) {
            if (c.kind() != ClauseKind.WHEN || c.text() == null) {
                continue;
            }
            Tokens t = p.words;
            String prev2 = "";
            String prev = "";
            int from = c.text().start();
            int to = c.text().end();
            for (int i = 0; i < t.size; i++) {
                if (t.start[i] < from || t.end[i] > to || t.type[i] != Tokens.WORD) {
                    continue;
                }
                String word = normalizeTerm(text.substring(t.start[i], t.end[i]));
                String w = word.toLowerCase(Locale.ROOT);
                boolean wish =
                        w.equals("to")
                                && (WISH_VERBS.contains(prev)
                                        || (prev.equals("like") && prev2.equals("would")));
                boolean need =
                        NEED_WORDS.contains(w)
                                && (prev.equals("is") || prev.equals("are"))
                                && i + 1 < t.size
                                && t.start[i + 1] >= to;
                if (wish || need) {
                    out.report(
                            EarsCode.WISH_TRIGGER,
                            span(mapper, c.whole()),
                            "'"
                                    + abbreviate(text.substring(from, to))
                                    + "' is a wish or need, not an event the system observes");
                    break;
                }
                prev2 = prev;
                prev = w;
            }
        }
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
            if (c.kind() == ClauseKind.IF && c.then() == null && !unspaced(kw)) {
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

    /** Words that follow "and" without starting a second response. */
    private static final Set<String> NOT_VERBS =
            Set.of(
                    "when", "where", "how", "what", "which", "who", "whom", "whose", "why",
                    "whether", "if", "also", "not", "only", "so", "other", "others", "more", "less",
                    "both", "either", "neither", "then", "later", "vice", "versa");

    /** Relative pronouns: an "and" after one joins the verbs of the relative clause. */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whose", "whom");

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
        if (!p.extraShall.isEmpty()) {
            return; // "SHALL a and SHALL b" is EARS004 already
        }
        String verb = lower(text, words.get(first));
        if (englishResponses(text, p, verb, first, mapper, out)
                || (romanceInfinitive(verb)
                        && romanceResponses(text, p, verb, first, mapper, out))) {
            return;
        }
        chineseResponses(text, p, mapper, out);
    }

    private static boolean englishResponses(
            String text,
            ParsedSentence p,
            String verb,
            int first,
            PositionMapper mapper,
            Reporter out) {
        var words = p.responseWords;
        for (int i = first + 1; i + 2 < words.size(); i++) {
            String w = lower(text, words.get(i));
            if (RELATIVES.contains(w)) {
                return false; // "a function that deletes x and returns y": one response
            }
            if (!w.equals("and")) {
                continue;
            }
            if (i >= 2
                    && is(text, words.get(i - 2), "to")
                    && !(i >= 3 && is(text, words.get(i - 3), "continue"))) {
                continue; // "an interface to view and manage": one infinitive phrase
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
                    && !NOT_VERBS.contains(candidate)
                    && !pluralNoun(candidate)
                    && DETERMINERS.contains(next)) {
                out.report(
                        EarsCode.MULTIPLE_RESPONSES,
                        mapper.span(words.get(i).start(), words.get(v).end()),
                        "'" + verb + "' and '" + candidate + "' are two responses");
                return true;
            }
        }
        return false;
    }

    /** {@code characters}, {@code settings}: a plural noun, not a verb in its base form. */
    private static boolean pluralNoun(String w) {
        return w.length() > 3
                && w.endsWith("s")
                && !w.endsWith("ss")
                && !w.endsWith("us")
                && !w.endsWith("is");
    }

    /** A Spanish or Portuguese infinitive ({@code enviar}, {@code mover}, {@code abrir}). */
    private static boolean romanceInfinitive(String w) {
        return w.length() > 3
                && (w.endsWith("ar") || w.endsWith("er") || w.endsWith("ir"))
                && w.chars().allMatch(Character::isLetter);
    }

    /**
     * {@code SHALL enviar los datos y almacenar el token}: two infinitives joined by y/e; not after
     * "para" (purpose) or "que" (a clause of its own).
     */
    private static boolean romanceResponses(
            String text,
            ParsedSentence p,
            String verb,
            int first,
            PositionMapper mapper,
            Reporter out) {
        var words = p.responseWords;
        for (int i = first + 1; i + 1 < words.size(); i++) {
            String w = lower(text, words.get(i));
            if (w.equals("que") || w.equals("para") || w.equals("sin")) {
                return false;
            }
            if (!w.equals("y") && !w.equals("e")) {
                continue;
            }
            String candidate = lower(text, words.get(i + 1));
            if (!candidate.equals(verb) && romanceInfinitive(candidate)) {
                out.report(
                        EarsCode.MULTIPLE_RESPONSES,
                        mapper.span(words.get(i).start(), words.get(i + 1).end()),
                        "'" + verb + "' and '" + candidate + "' are two responses");
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 创建新用户记录并返回 Access Token}: the conjunction 并 ("and then") between two verb phrases of a
     * Chinese response, outside quotes; not in 一并 (together), 合并 (merge), 并发 (concurrent), 并行
     * (parallel), 并非 (is not).
     */
    private static void chineseResponses(
            String text, ParsedSentence p, PositionMapper mapper, Reporter out) {
        ParsedSentence.Range r = p.response;
        if (r == null) {
            return;
        }
        boolean quoted = false;
        for (int i = r.start(); i < r.end(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '「' || c == '」' || c == '《' || c == '》') {
                quoted = c == '"' ? !quoted : c == '“' || c == '「' || c == '《';
                continue;
            }
            if (c != '并' || quoted || i == r.start() || i + 1 >= r.end()) {
                continue;
            }
            char before = text.charAt(i - 1);
            char after = text.charAt(i + 1);
            if ("一合兼吞".indexOf(before) >= 0 || "发行非列存".indexOf(after) >= 0) {
                continue;
            }
            out.report(
                    EarsCode.MULTIPLE_RESPONSES, mapper.span(i, i + 1), "'并' joins two responses");
            return;
        }
    }

    private void terms(String text, ParsedSentence p, PositionMapper mapper, Reporter out) {
        Tokens w = p.words;
        boolean hasDigit = false;
        boolean unspaced = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hasDigit |= Character.isDigit(c);
            unspaced |= c >= 0x2E80;
        }
        Tokens trimmed = trim(text, w);
        PhraseTable.Index clean = terms.index(text, trimmed);
        int mask = hasDigit ? VAGUE : VAGUE | QUALITY;
        int responseStart = responseStart(p);
        TermContext ctx = new TermContext(text, trimmed, p);
        for (int i = 0; i < w.size; i++) {
            int m = terms.match(clean, text, trimmed, i, w.size, mask);
            if (m == 0) {
                continue;
            }
            int n = m >>> 8;
            boolean vague = (m & 0xFF) == 0;
            int e = trimmed.end[i + n - 1];
            String found = text.substring(trimmed.start[i], e);
            i += n - 1;
            if (!(vague
                    ? ctx.vague(i - n + 1, n)
                    : trimmed.start[i - n + 1] >= responseStart && ctx.quality(i - n + 1, n))) {
                continue;
            }
            if (vague) {
                out.report(
                        EarsCode.VAGUE_TERM,
                        mapper.span(trimmed.start[i - n + 1], e),
                        "vague term '" + found + "'");
            } else {
                out.report(
                        EarsCode.UNMEASURABLE_QUALITY,
                        mapper.span(trimmed.start[i - n + 1], e),
                        "'" + found + "' without a number cannot be tested");
            }
        }
        if (unspaced) {
            unspacedTerms(text, unspacedVague, true, 0, ctx, mapper, out);
            if (!hasDigit) {
                unspacedTerms(text, unspacedQuality, false, responseStart, ctx, mapper, out);
            }
        }
    }

    private static int responseStart(ParsedSentence p) {
        if (p.response != null) {
            return Math.min(
                    p.response.start(), p.modal == null ? p.response.start() : p.modal.end());
        }
        return p.modal != null ? p.modal.end() : 0;
    }

    /**
     * Terms of scripts written without spaces (友好, 適切, 等) are found inside words. A term of one
     * character counts only where a word ends after it (等 "etc." but not 等价 "equivalent").
     */
    private static void unspacedTerms(
            String text,
            List<String> list,
            boolean vague,
            int from,
            TermContext ctx,
            PositionMapper mapper,
            Reporter out) {
        for (String term : list) {
            int at = text.indexOf(term, from);
            while (at >= 0) {
                int end = at + term.length();
                boolean wordEnds =
                        term.length() > 1
                                || end >= text.length()
                                || text.startsWith(term, end)
                                || Character.UnicodeScript.of(text.charAt(end))
                                        != Character.UnicodeScript.HAN;
                boolean repeated = term.length() == 1 && at > 0 && text.startsWith(term, at - 1);
                if (wordEnds && !repeated && !ctx.quoted(at) && !ctx.definedAfter(end)) {
                    out.report(
                            vague ? EarsCode.VAGUE_TERM : EarsCode.UNMEASURABLE_QUALITY,
                            mapper.span(at, end),
                            vague
                                    ? "vague term '" + term + "'"
                                    : "'" + term + "' without a number cannot be tested");
                    break;
                }
                at = text.indexOf(term, end);
            }
        }
    }

    /** The words around a vague or quality term, to tell a real one from a harmless use. */
    private static final class TermContext {
        private static final Set<String> POSSESSIVES = Set.of("their", "its", "his", "her");
        private static final Set<String> LINKING =
                Set.of(
                        "be", "remain", "remains", "stay", "stays", "is", "are", "feel", "feels",
                        "keep", "keeps", "appear");
        private static final Set<String> LAYOUT =
                Set.of(
                        "screen",
                        "screens",
                        "mobile",
                        "device",
                        "devices",
                        "layout",
                        "layouts",
                        "breakpoint",
                        "breakpoints",
                        "desktop",
                        "tablet",
                        "tablets",
                        "viewport",
                        "grid",
                        "column",
                        "columns",
                        "css",
                        "design",
                        "sizes",
                        "width");
        private static final Set<String> QUICK_NAMES =
                Set.of(
                        "actions",
                        "action",
                        "access",
                        "start",
                        "links",
                        "link",
                        "entry",
                        "filters",
                        "filter",
                        "add",
                        "view",
                        "tips",
                        "reply",
                        "replies",
                        "menu",
                        "search",
                        "settings",
                        "setup",
                        "switch");
        private static final Set<String> VERB_LEADS =
                Set.of("to", "then", "also", "automatically", "immediately");
        private static final Set<String> STATE_WORDS =
                Set.of(
                        "local",
                        "session",
                        "stored",
                        "cached",
                        "previous",
                        "existing",
                        "authentication",
                        "auth",
                        "temporary",
                        "out");
        private static final Set<String> SECURE_NEXT =
                Set.of(
                        "context",
                        "contexts",
                        "websocket",
                        "websockets",
                        "enclave",
                        "hash",
                        "flag",
                        "flags",
                        "cookie",
                        "cookies",
                        "attribute");

        private final String text;
        private final Tokens t;
        private final ParsedSentence p;

        TermContext(String text, Tokens t, ParsedSentence p) {
            this.text = text;
            this.t = t;
            this.p = p;
        }

        private String word(int j) {
            if (j < 0 || j >= t.size) {
                return "";
            }
            if (t.type[j] == Tokens.COMMA) {
                return ",";
            }
            return text.substring(t.start[j], t.end[j]).toLowerCase(Locale.ROOT);
        }

        /** The lower-case words of the sentence, built on first use (once per sentence). */
        private java.util.@org.jspecify.annotations.Nullable Set<String> all;

        private Set<String> all() {
            if (all == null) {
                all = new java.util.HashSet<>();
                for (int j = 0; j < t.size; j++) {
                    all.add(word(j));
                }
            }
            return all;
        }

        private boolean has(Set<String> words) {
            for (String w : words) {
                if (all().contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasWord(String w) {
            return all().contains(w);
        }

        /** Inside straight or typographic double quotes, or a code span. */
        boolean quoted(int at) {
            boolean straight = false;
            boolean code = false;
            int typographic = 0;
            for (int i = 0; i < at; i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    straight = !straight;
                } else if (c == '`') {
                    code = !code;
                } else if (c == '“' || c == '「' || c == '«') {
                    typographic++;
                } else if ((c == '”' || c == '」' || c == '»') && typographic > 0) {
                    typographic--;
                }
            }
            return straight || code || typographic > 0;
        }

        /** A parenthesis right after the term's noun phrase spells out what it means. */
        boolean definedAfter(int offset) {
            int words = 0;
            for (int i = offset; i < text.length() && i < offset + 60; i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '（') {
                    return true;
                }
                if (c == ' ' && ++words > 3) {
                    return false;
                }
                if (c == ',' || c == '.' || c == ';' || c == '，' || c == '。') {
                    return false;
                }
            }
            return false;
        }

        private boolean common(int i, int n) {
            String prev = word(i - 1);
            return !quoted(t.start[i])
                    && !prev.equals("for") // purpose: "an index for efficient lookups"
                    && !(prev.equals("support") && word(i - 2).equals("to"))
                    && !(n == 1 && definedAfter(t.end[i]));
        }

        boolean vague(int i, int n) {
            if (!common(i, n)) {
                return false;
            }
            String term = word(i);
            String prev = word(i - 1);
            String next = word(i + n);
            switch (term) {
                case "clear":
                    return !verbPosition(i);
                case "secure":
                    return !securityTerm(i);
                case "relevant":
                    return !prev.equals("the") && !POSSESSIVES.contains(prev) && !next.equals("to");
                case "appropriate":
                    return !POSSESSIVES.contains(prev);
                case "large":
                    return !hasWord("small") && !hasWord("medium");
                default:
                    return true;
            }
        }

        boolean quality(int i, int n) {
            if (!common(i, n)) {
                return false;
            }
            String term = word(i);
            String next = word(i + n);
            switch (term) {
                case "responsive":
                    return linked(i) && !has(LAYOUT);
                case "quick":
                    return !QUICK_NAMES.contains(next);
                case "fast":
                case "slow":
                case "faster":
                case "slower":
                    return !(hasWord("fast") && hasWord("slow")) && !hasWord("normal");
                default:
                    return true;
            }
        }

        /** "shall be responsive", "remain smooth and responsive": a predicate, not a name. */
        private boolean linked(int i) {
            for (int j = i - 1; j >= i - 3 && j >= 0; j--) {
                if (LINKING.contains(word(j))) {
                    return true;
                }
            }
            return false;
        }

        /** The verb "clear": first word of the response, or after "and", "to", a comma. */
        private boolean verbPosition(int i) {
            var words = p.responseWords;
            int first = 0;
            if (!words.isEmpty() && is(text, words.get(0), "not") && words.size() > 1) {
                first = 1;
            }
            if (!words.isEmpty() && words.get(first).start() == t.start[i]) {
                return true;
            }
            String prev = word(i - 1);
            if (prev.equals("and") || prev.equals("or") || prev.equals(",")) {
                // "and clear the cache" (verb) but "and clear error messages" (adjective)
                return DETERMINERS.contains(word(i + 1)) || STATE_WORDS.contains(word(i + 1));
            }
            return VERB_LEADS.contains(prev);
        }

        /** "cryptographically secure", the cookie flag "Secure", a "secure context". */
        private boolean securityTerm(int i) {
            if (word(i - 1).equals("cryptographically") || SECURE_NEXT.contains(word(i + 1))) {
                return true;
            }
            for (int j = i - 3; j <= i + 3; j++) {
                String w = word(j);
                if (w.startsWith("cookie")
                        || w.startsWith("httponly")
                        || w.startsWith("http-only")
                        || w.startsWith("samesite")
                        || w.equals("flag")
                        || w.equals("flags")) {
                    return true;
                }
            }
            return false;
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
