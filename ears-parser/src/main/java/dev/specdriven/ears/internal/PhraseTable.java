package dev.specdriven.ears.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Case-insensitive lookup of words and multi-word phrases over a token array, without allocating:
 * an open-addressing hash table keyed by the first word, each entry holding its phrases longest
 * first with a bit mask of roles. Immutable and thread-safe once built.
 */
public final class PhraseTable {

    private static final class Phrase {
        final String[] words;
        int roles;

        Phrase(String[] words, int roles) {
            this.words = words;
            this.roles = roles;
        }
    }

    private static final class Entry {
        final String firstWord;
        final int hash;
        final Phrase[] phrases;

        Entry(String firstWord, int hash, Phrase[] phrases) {
            this.firstWord = firstWord;
            this.hash = hash;
            this.phrases = phrases;
        }
    }

    /**
     * The table entry of every token of one sentence, looked up once so that repeated matches at
     * the same token cost an array read.
     */
    public static final class Index {
        private final Entry[] entries;

        private Index(Entry[] entries) {
            this.entries = entries;
        }
    }

    private final Entry[] slots;
    private final int mask;
    private final int maxFirstWordLength;

    private PhraseTable(Map<String, List<Phrase>> byFirst) {
        int cap = 16;
        while (cap < byFirst.size() * 4) {
            cap <<= 1;
        }
        slots = new Entry[cap];
        mask = cap - 1;
        int max = 0;
        for (Map.Entry<String, List<Phrase>> e : byFirst.entrySet()) {
            List<Phrase> list = new ArrayList<>(e.getValue());
            list.sort(
                    Comparator.comparingInt((Phrase p) -> p.words.length)
                            .reversed()
                            .thenComparing(p -> -String.join(" ", p.words).length()));
            String key = e.getKey();
            max = Math.max(max, key.length());
            int full = hash(key, 0, key.length());
            int h = full & mask;
            while (slots[h] != null) {
                h = (h + 1) & mask;
            }
            slots[h] = new Entry(key, full, list.toArray(new Phrase[0]));
        }
        maxFirstWordLength = max;
    }

    /** Collects phrases. */
    public static final class Builder {
        private final Map<String, List<Phrase>> byFirst = new TreeMap<>();

        /**
         * Adds a phrase (words separated by single spaces, lower case) with a role bit.
         *
         * @param phrase the phrase
         * @param role the role bit index (0..31)
         * @return this
         */
        public Builder add(String phrase, int role) {
            String[] words = words(lower(phrase));
            if (words.length == 0) {
                return this;
            }
            List<Phrase> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
            for (Phrase p : list) {
                if (String.join(" ", p.words).equals(String.join(" ", words))) {
                    p.roles |= 1 << role;
                    return this;
                }
            }
            list.add(new Phrase(words, 1 << role));
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table
         */
        public PhraseTable build() {
            return new PhraseTable(byFirst);
        }
    }

    /** Splits on runs of white space by scanning (no regular expression over configured text). */
    private static String[] words(String s) {
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
        return out.toArray(new String[0]);
    }

    /**
     * Lower-cases char by char, the same folding the lookup uses.
     *
     * @param s a string
     * @return the folded string
     */
    public static String lower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(Character.toLowerCase(s.charAt(i)));
        }
        return b.toString();
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + Character.toLowerCase(s.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private Entry entry(String text, int from, int to) {
        int len = to - from;
        if (len <= 0 || len > maxFirstWordLength) {
            return null;
        }
        int h = hash(text, from, to) & mask;
        Entry e;
        while ((e = slots[h]) != null) {
            if (e.firstWord.length() == len
                    && text.regionMatches(true, from, e.firstWord, 0, len)) {
                return e;
            }
            h = (h + 1) & mask;
        }
        return null;
    }

    /**
     * Whether the single region {@code text[from, to)} is a one-word phrase with one of the roles.
     *
     * @param text the text
     * @param from start offset
     * @param to end offset (exclusive)
     * @param roleMask role bits
     * @return true when it matches
     */
    public boolean matchesWord(String text, int from, int to, int roleMask) {
        Entry e = entry(text, from, to);
        if (e == null) {
            return false;
        }
        for (Phrase p : e.phrases) {
            if (p.words.length == 1 && (p.roles & roleMask) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Looks up every word of a sentence once.
     *
     * @param text the text
     * @param tokens its tokens
     * @return the index for {@link #match(Index, String, Tokens, int, int, int)}
     */
    public Index index(String text, Tokens tokens) {
        Entry[] entries = new Entry[tokens.size];
        for (int i = 0; i < tokens.size; i++) {
            if (tokens.type[i] == Tokens.WORD) {
                entries[i] = entry(text, tokens.start[i], tokens.end[i]);
            }
        }
        return new Index(entries);
    }

    /**
     * Matches the longest phrase with one of the roles starting at token {@code i}.
     *
     * @param text the text
     * @param tokens the tokens
     * @param i the first token
     * @param limit tokens at or after this index are not considered
     * @param roleMask the wanted roles
     * @return {@code (wordCount << 8) | roleIndex} of the match, or 0 when none
     */
    public int match(String text, Tokens tokens, int i, int limit, int roleMask) {
        if (i >= limit || tokens.type[i] != Tokens.WORD) {
            return 0;
        }
        return match(entry(text, tokens.start[i], tokens.end[i]), text, tokens, i, limit, roleMask);
    }

    /**
     * Like {@link #match(String, Tokens, int, int, int)} with the first word looked up in an index
     * built by {@link #index(String, Tokens)} for the same tokens.
     *
     * @param index the index
     * @param text the text
     * @param tokens the tokens
     * @param i the first token
     * @param limit tokens at or after this index are not considered
     * @param roleMask the wanted roles
     * @return {@code (wordCount << 8) | roleIndex} of the match, or 0 when none
     */
    public int match(Index index, String text, Tokens tokens, int i, int limit, int roleMask) {
        if (i >= limit) {
            return 0;
        }
        return match(index.entries[i], text, tokens, i, limit, roleMask);
    }

    private static int match(Entry e, String text, Tokens tokens, int i, int limit, int roleMask) {
        if (e == null) {
            return 0;
        }
        outer:
        for (Phrase p : e.phrases) {
            int roles = p.roles & roleMask;
            if (roles == 0) {
                continue;
            }
            int n = p.words.length;
            if (i + n > limit) {
                continue;
            }
            for (int k = 1; k < n; k++) {
                int t = i + k;
                String w = p.words[k];
                int len = tokens.end[t] - tokens.start[t];
                if (tokens.type[t] != Tokens.WORD
                        || len != w.length()
                        || !text.regionMatches(true, tokens.start[t], w, 0, len)) {
                    continue outer;
                }
            }
            return (n << 8) | Integer.numberOfTrailingZeros(roles);
        }
        return 0;
    }
}
