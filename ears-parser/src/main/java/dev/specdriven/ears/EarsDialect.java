package dev.specdriven.ears;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The keywords of one natural language: EARS keywords are data, not grammar.
 *
 * <p>Keywords are matched case-insensitively as whole words; a keyword may be a phrase of several
 * words ({@code "for all"}), and longer phrases win over shorter ones. Several dialects can be
 * active in one parser; by default all {@linkplain #builtIns() built-in dialects} are.
 *
 * <pre>{@code
 * EarsDialect italian = EarsDialect.builder("it")
 *         .keywords(EarsKeyword.WHEN, "quando")
 *         .keywords(EarsKeyword.IF, "se")
 *         .keywords(EarsKeyword.THEN, "allora")
 *         .keywords(EarsKeyword.SHALL, "deve", "dovrà")
 *         .keywords(EarsKeyword.ARTICLE, "il", "la", "lo")
 *         .build();
 * EarsParser parser = EarsParser.builder().addDialect(italian).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EarsDialect {

    /** English: classic EARS and the Kiro forms ({@code WHEN … THEN the system SHALL …}). */
    public static final EarsDialect ENGLISH =
            builder("en")
                    .keywords(EarsKeyword.WHERE, "where")
                    .keywords(EarsKeyword.WHILE, "while")
                    .keywords(EarsKeyword.WHEN, "when", "whenever")
                    .keywords(EarsKeyword.IF, "if")
                    .keywords(EarsKeyword.THEN, "then")
                    .keywords(EarsKeyword.SHALL, "shall")
                    .keywords(
                            EarsKeyword.WEAK_MODAL,
                            "should",
                            "may",
                            "might",
                            "could",
                            "will",
                            "must")
                    .keywords(EarsKeyword.ARTICLE, "the", "a", "an")
                    .keywords(
                            EarsKeyword.QUANTIFIER,
                            "for all",
                            "for each",
                            "for every",
                            "for any",
                            "each",
                            "every",
                            "all",
                            "any")
                    .build();

    /** Spanish: {@code CUANDO … ENTONCES el sistema DEBERÁ …}. */
    public static final EarsDialect SPANISH =
            builder("es")
                    .keywords(EarsKeyword.WHERE, "donde")
                    .keywords(EarsKeyword.WHILE, "mientras", "mientras que")
                    .keywords(EarsKeyword.WHEN, "cuando")
                    .keywords(EarsKeyword.IF, "si")
                    .keywords(EarsKeyword.THEN, "entonces")
                    .keywords(EarsKeyword.SHALL, "deberá", "debera", "debe")
                    .keywords(EarsKeyword.WEAK_MODAL, "debería", "deberia", "podrá", "puede")
                    .keywords(EarsKeyword.ARTICLE, "el", "la", "los", "las", "un", "una")
                    .keywords(EarsKeyword.QUANTIFIER, "para todo", "para todos", "cada")
                    .build();

    /** German: {@code WENN … DANN … MUSS/SOLL …}. */
    public static final EarsDialect GERMAN =
            builder("de")
                    .keywords(EarsKeyword.WHERE, "wo", "sofern")
                    .keywords(EarsKeyword.WHILE, "während", "waehrend", "solange")
                    .keywords(EarsKeyword.WHEN, "wenn", "sobald")
                    .keywords(EarsKeyword.IF, "falls")
                    .keywords(EarsKeyword.THEN, "dann")
                    .keywords(EarsKeyword.SHALL, "muss", "muß", "soll")
                    .keywords(EarsKeyword.WEAK_MODAL, "sollte", "kann", "darf", "könnte")
                    .keywords(EarsKeyword.ARTICLE, "der", "die", "das", "ein", "eine")
                    .keywords(EarsKeyword.QUANTIFIER, "für alle", "jeder", "jede", "jedes")
                    .build();

    /** Portuguese: {@code QUANDO … ENTÃO o sistema DEVE …}. */
    public static final EarsDialect PORTUGUESE =
            builder("pt")
                    .keywords(EarsKeyword.WHERE, "onde")
                    .keywords(EarsKeyword.WHILE, "enquanto")
                    .keywords(EarsKeyword.WHEN, "quando")
                    .keywords(EarsKeyword.IF, "se", "caso")
                    .keywords(EarsKeyword.THEN, "então", "entao")
                    .keywords(EarsKeyword.SHALL, "deve", "deverá", "devera")
                    .keywords(EarsKeyword.WEAK_MODAL, "deveria", "pode", "poderá")
                    .keywords(EarsKeyword.ARTICLE, "o", "a", "os", "as", "um", "uma")
                    .keywords(EarsKeyword.QUANTIFIER, "para todo", "para todos", "cada")
                    .build();

    /**
     * Chinese: {@code 当 … 时，系统应 …}, {@code 如果 …，系统应 …}. Chinese is written without spaces: a word
     * that starts with a clause keyword or holds the modal is split before tagging.
     */
    public static final EarsDialect CHINESE =
            builder("zh")
                    .keywords(EarsKeyword.WHEN, "当")
                    .keywords(EarsKeyword.IF, "如果", "若")
                    .keywords(EarsKeyword.THEN, "则", "那么")
                    .keywords(EarsKeyword.SHALL, "应当", "应该", "必须", "应")
                    .build();

    private final String language;
    private final Map<EarsKeyword, List<String>> keywords;

    private EarsDialect(Builder builder) {
        this.language = builder.language;
        EnumMap<EarsKeyword, List<String>> copy = new EnumMap<>(EarsKeyword.class);
        for (EarsKeyword k : EarsKeyword.values()) {
            List<String> words = new ArrayList<>(builder.keywords.getOrDefault(k, List.of()));
            words.sort(Comparator.comparingInt(String::length).reversed());
            copy.put(k, List.copyOf(words));
        }
        this.keywords = copy;
    }

    /**
     * Starts a dialect.
     *
     * @param language an identifier such as an ISO 639-1 code ({@code "it"})
     * @return a builder
     */
    public static Builder builder(String language) {
        return new Builder(language);
    }

    /**
     * The built-in dialects: English, Spanish, German, Portuguese, Chinese.
     *
     * @return an immutable list
     */
    public static List<EarsDialect> builtIns() {
        return List.of(ENGLISH, SPANISH, GERMAN, PORTUGUESE, CHINESE);
    }

    /**
     * The language identifier.
     *
     * @return the identifier given to {@link #builder(String)}
     */
    public String language() {
        return language;
    }

    /**
     * The words for one role, lower case, longest first.
     *
     * @param keyword the role
     * @return an immutable list, possibly empty
     */
    public List<String> keywords(EarsKeyword keyword) {
        Objects.requireNonNull(keyword, "keyword must not be null");
        return keywords.get(keyword);
    }

    @Override
    public String toString() {
        return "EarsDialect[" + language + "]";
    }

    /**
     * Splits on runs of white space by scanning (no regular expression over configured text).
     *
     * @param s the text
     * @return its words, none empty
     */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /** Builds an {@link EarsDialect}. */
    public static final class Builder {
        private final String language;
        private final Map<EarsKeyword, List<String>> keywords = new EnumMap<>(EarsKeyword.class);

        private Builder(String language) {
            Objects.requireNonNull(language, "language must not be null");
            if (language.isBlank()) {
                throw new IllegalArgumentException("language must not be blank");
            }
            this.language = language;
        }

        /**
         * Adds words for a role. Each word is trimmed, lower-cased and split on white space into a
         * phrase.
         *
         * @param keyword the role
         * @param words the words or phrases
         * @return {@code this}
         */
        public Builder keywords(EarsKeyword keyword, String... words) {
            Objects.requireNonNull(keyword, "keyword must not be null");
            Objects.requireNonNull(words, "words must not be null");
            List<String> list = keywords.computeIfAbsent(keyword, k -> new ArrayList<>());
            for (String w : Arrays.asList(words)) {
                Objects.requireNonNull(w, "words must not contain null");
                String norm = String.join(" ", words(w.toLowerCase(Locale.ROOT)));
                if (norm.isEmpty()) {
                    throw new IllegalArgumentException("keyword must not be blank");
                }
                if (hasAny(norm, ",，、*")) {
                    throw new IllegalArgumentException(
                            "keyword must not contain commas or '*', was '" + w + "'");
                }
                if (!list.contains(norm)) {
                    list.add(norm);
                }
            }
            return this;
        }

        private static boolean hasAny(String s, String chars) {
            for (int i = 0; i < s.length(); i++) {
                if (chars.indexOf(s.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Builds the dialect.
         *
         * @return the dialect
         * @throws IllegalStateException when no {@link EarsKeyword#SHALL} keyword was given
         */
        public EarsDialect build() {
            if (keywords.getOrDefault(EarsKeyword.SHALL, List.of()).isEmpty()) {
                throw new IllegalStateException(
                        "dialect '" + language + "' must define at least one SHALL keyword");
            }
            return new EarsDialect(this);
        }
    }
}
