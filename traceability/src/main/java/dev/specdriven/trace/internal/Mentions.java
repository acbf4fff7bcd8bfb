package dev.specdriven.trace.internal;

/**
 * Whether a sentence mentions a glossary term: the term occurs as whole words, ignoring case,
 * treating {@code _} as a space and runs of white space as one ({@code Order_Service} is mentioned
 * by "the order service shall …"). In scripts written without spaces (Han, kana, Thai, …) a term
 * needs no word boundary.
 */
final class Mentions {
    private Mentions() {}

    /**
     * Folds a text for matching, as {@link dev.specdriven.spec.GlossaryTerm#normalize} does for
     * terms: lower case per character, {@code _} and white space runs as one space, stripped.
     *
     * @param text the text
     * @return the folded text
     */
    static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '_' || Character.isWhitespace(ch)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(Character.toLowerCase(ch));
        }
        return sb.toString();
    }

    /**
     * Whether the folded text contains the folded term as whole words.
     *
     * @param folded the folded text
     * @param term the folded term
     * @return true when mentioned
     */
    static boolean contains(String folded, String term) {
        if (term.isEmpty()) {
            return false;
        }
        for (int i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1)) {
            int end = i + term.length();
            boolean startOk = i == 0 || boundary(folded.charAt(i - 1), term.charAt(0));
            boolean endOk =
                    end == folded.length()
                            || boundary(folded.charAt(end), term.charAt(term.length() - 1));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /** Whether the term's edge character may touch its neighbour in the text. */
    private static boolean boundary(char neighbour, char edge) {
        if (!Character.isLetterOrDigit(neighbour) || !Character.isLetterOrDigit(edge)) {
            return true;
        }
        return unspaced(edge) || unspaced(neighbour);
    }

    private static boolean unspaced(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.THAI
                || s == Character.UnicodeScript.LAO
                || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR;
    }
}
