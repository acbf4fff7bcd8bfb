package dev.specdriven.generate.internal;

import dev.specdriven.generate.ArtifactKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes what chat models put around a document: a Markdown code fence wrapping the whole answer,
 * a line such as "Here is the design:" before it, and chatter such as "Let me know if…" after it.
 * Text inside the document is never touched; an answer without these habits comes back unchanged.
 */
public final class ReplyCleaner {
    private ReplyCleaner() {}

    /** Lines of more than this many characters are never taken for chatter. */
    private static final int MAX_CHATTER_LINE = 300;

    /** At most this many prose lines before the document are dropped. */
    private static final int MAX_PREAMBLE_LINES = 4;

    private static final Pattern TRAILING_CHATTER =
            Pattern.compile(
                    "^[*_\\s>]*(?:let me know|please let me know|feel free|i hope|hope this|"
                            + "if you(?:'d| would)? (?:like|want|need|have)|would you like|"
                            + "do you want|shall i|should i|is there anything|happy to|"
                            + "i can also|i've |i have |i made|this (?:document|design|plan|task"
                            + " list|list|version|update|revision)(?: now)?"
                            + " (?:covers|references|addresses|includes|satisfies|fixes"
                            + "|resolves|keeps))",
                    Pattern.CASE_INSENSITIVE);

    /**
     * The document inside a reply.
     *
     * @param kind the kind of document asked for
     * @param reply the model's text
     * @return the document text (the reply itself when nothing was around it)
     */
    public static String clean(ArtifactKind kind, String reply) {
        if (reply.isBlank()) {
            return reply;
        }
        List<String> lines = lines(reply);
        int start = 0;
        int end = lines.size();
        int[] fenced = wrappingFence(kind, lines);
        if (fenced != null) {
            start = fenced[0];
            end = fenced[1];
        }
        start = skipPreamble(kind, lines, start, end);
        end = dropTrailingChatter(kind, lines, start, end);
        if (start == 0 && end == lines.size()) {
            return reply;
        }
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            b.append(lines.get(i));
        }
        String out = b.toString();
        // the last kept line keeps its line break; a document ends with one
        return out.endsWith("\n") || out.isEmpty() ? out : out + "\n";
    }

    /** Lines with their terminators, so that kept lines keep their bytes. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }

    private static String bare(String line) {
        return line.strip();
    }

    /**
     * The range inside a fence that wraps the document: an opening fence (info string empty,
     * markdown or md) before any structure and right before the document's first heading or task,
     * and the last closing fence of the same kind after which only chatter follows.
     */
    private static int[] wrappingFence(ArtifactKind kind, List<String> lines) {
        int open = -1;
        for (int i = 0; i < lines.size() && i <= MAX_PREAMBLE_LINES + 1; i++) {
            String s = bare(lines.get(i));
            if (s.isEmpty()) {
                continue;
            }
            if (isFence(s)) {
                String info = s.replaceFirst("^(`{3,}|~{3,})", "").strip().toLowerCase(Locale.ROOT);
                if (info.isEmpty()
                        || info.equals("markdown")
                        || info.equals("md")
                        || info.equals("gfm")) {
                    open = i;
                }
                break;
            }
            if (structural(kind, s) || !proseLine(s)) {
                return null;
            }
        }
        if (open < 0) {
            return null;
        }
        // a wrapped document starts right inside the fence
        int firstInside = open + 1;
        while (firstInside < lines.size() && bare(lines.get(firstInside)).isEmpty()) {
            firstInside++;
        }
        if (firstInside >= lines.size() || !structural(kind, bare(lines.get(firstInside)))) {
            return null;
        }
        String opener = bare(lines.get(open));
        char c = opener.charAt(0);
        int len = 0;
        while (len < opener.length() && opener.charAt(len) == c) {
            len++;
        }
        for (int j = lines.size() - 1; j > open; j--) {
            String s = bare(lines.get(j));
            if (s.isEmpty()) {
                continue;
            }
            if (isClosingFence(s, c, len)) {
                boolean tailIsChatter = true;
                for (int k = j + 1; k < lines.size(); k++) {
                    String t = bare(lines.get(k));
                    if (!t.isEmpty() && (structural(kind, t) || !proseLine(t))) {
                        tailIsChatter = false;
                        break;
                    }
                }
                if (!tailIsChatter) {
                    return null;
                }
                boolean hasStructure = false;
                for (int k = open + 1; k < j && !hasStructure; k++) {
                    hasStructure = structural(kind, bare(lines.get(k)));
                }
                return hasStructure ? new int[] {open + 1, j} : null;
            }
            if (!proseLine(s) || structural(kind, s)) {
                return null; // the answer ends with document text: the fence does not wrap it
            }
        }
        return null;
    }

    private static boolean isFence(String s) {
        return s.startsWith("```") || s.startsWith("~~~");
    }

    private static boolean isClosingFence(String s, char c, int len) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == c) {
            n++;
        }
        return n >= len && s.substring(n).isBlank();
    }

    /** Skips prose lines before the first line of document structure. */
    private static int skipPreamble(ArtifactKind kind, List<String> lines, int start, int end) {
        int prose = 0;
        for (int i = start; i < end; i++) {
            String s = bare(lines.get(i));
            if (s.isEmpty()) {
                continue;
            }
            if (structural(kind, s)) {
                return prose == 0 ? start : i;
            }
            if (!proseLine(s) || ++prose > MAX_PREAMBLE_LINES) {
                return start;
            }
        }
        return start;
    }

    /** Drops final paragraphs that are chatter addressed to the user, and a rule before them. */
    private static int dropTrailingChatter(
            ArtifactKind kind, List<String> lines, int start, int end) {
        int e = end;
        while (true) {
            int last = e - 1;
            while (last >= start && bare(lines.get(last)).isEmpty()) {
                last--;
            }
            if (last < start) {
                return e;
            }
            int first = last;
            while (first - 1 >= start && !bare(lines.get(first - 1)).isEmpty()) {
                first--;
            }
            String head = bare(lines.get(first));
            boolean chatter = TRAILING_CHATTER.matcher(head).lookingAt();
            for (int i = first; i <= last && chatter; i++) {
                String s = bare(lines.get(i));
                chatter = proseLine(s) && !structural(kind, s);
            }
            if (!chatter || first == start) {
                return e;
            }
            int cut = first;
            int before = cut - 1;
            while (before >= start && bare(lines.get(before)).isEmpty()) {
                before--;
            }
            if (before >= start && bare(lines.get(before)).matches("(?:-{3,}|\\*{3,}|_{3,})")) {
                cut = before;
            }
            while (cut - 1 >= start && bare(lines.get(cut - 1)).isEmpty()) {
                cut--;
            }
            e = cut;
        }
    }

    /** Whether a stripped line opens document structure of a kind. */
    private static boolean structural(ArtifactKind kind, String s) {
        if (s.startsWith("#")) {
            return s.matches("#{1,6}(?:\\s.*)?");
        }
        if (kind == ArtifactKind.TASKS) {
            return s.matches("[-*+]\\s+\\[[^\\]]?\\].*");
        }
        return false;
    }

    /** A line of plain prose: no list, table, quote or fence marker, not too long. */
    private static boolean proseLine(String s) {
        if (s.length() > MAX_CHATTER_LINE) {
            return false;
        }
        if (isFence(s) || s.startsWith("|") || s.startsWith("<")) {
            return false;
        }
        if (s.matches("[-*+]\\s.*") || s.matches("\\d+[.)]\\s.*")) {
            return false;
        }
        return true;
    }
}
