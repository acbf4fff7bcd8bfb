package dev.specdriven.trace;

import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The design sections a task names explicitly: in a {@code _Design: …_} detail line (section titles
 * or anchors, {@code #anchor} accepted, separated by commas or semicolons), or by the full title of
 * a section (at least six characters with a space, any case) in the task's title or details.
 * Top-level ({@code #}) headings are never cited. The trace graph links each task to these sections
 * ({@link LinkKind#CITES}, explicit), so that {@code impact section:<anchor>} lists the tasks the
 * workflow gates list for that section.
 *
 * <pre>{@code
 * // - [ ] 3. Implement the token store
 * //   - _Design: Token Store, #error-handling_
 * List<Section> cited = DesignCitations.of(task, spec.design().orElseThrow());
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DesignCitations {
    private DesignCitations() {}

    /**
     * The sections of a design that a task names, in document order.
     *
     * @param task the task
     * @param design the design document of its spec
     * @return the cited sections, each once
     */
    public static List<Section> of(Task task, DesignDocument design) {
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(design, "design must not be null");
        List<String> named = new ArrayList<>();
        StringBuilder text = new StringBuilder(task.title().toLowerCase(Locale.ROOT));
        for (TextBlock b : task.details()) {
            String names = designLine(b.text());
            if (names != null) {
                for (String n : names.split("[,;]")) {
                    String name = n.strip();
                    if (name.startsWith("#")) {
                        name = name.substring(1);
                    }
                    named.add(name.toLowerCase(Locale.ROOT));
                }
            } else {
                text.append('\n').append(b.text().toLowerCase(Locale.ROOT));
            }
        }
        List<Section> out = new ArrayList<>();
        for (Section s : design.sections()) {
            if (s.level() == 1) {
                continue;
            }
            String title = s.title().toLowerCase(Locale.ROOT).strip();
            if (named.contains(title) || named.contains(s.anchor())) {
                out.add(s);
            } else if (title.length() >= 6 && title.contains(" ") && text.indexOf(title) >= 0) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The names of a {@code Design:} line ({@code - _Design: A, B_}, {@code **Design**: A}), or
     * null when the line is none. A plain scan: linear in the line's length.
     */
    static String designLine(String line) {
        int n = line.length();
        int i = skipSpaces(line, 0);
        if (i + 1 < n && "-*+".indexOf(line.charAt(i)) >= 0 && isSpace(line.charAt(i + 1))) {
            i = skipSpaces(line, i + 1);
        }
        i = skipMarks(line, i);
        if (!line.regionMatches(true, i, "design", 0, 6)) {
            return null;
        }
        i = skipSpaces(line, skipMarks(line, i + 6));
        if (i >= n || line.charAt(i) != ':') {
            return null;
        }
        i = skipSpaces(line, skipMarks(line, skipSpaces(line, i + 1)));
        int end = n;
        while (end > i && isSpace(line.charAt(end - 1))) {
            end--;
        }
        for (int k = 0; k < 2 && end > i && isMark(line.charAt(end - 1)); k++) {
            end--;
        }
        while (end > i && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return end > i ? line.substring(i, end) : null;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipMarks(String s, int i) {
        for (int k = 0; k < 2 && i < s.length() && isMark(s.charAt(i)); k++) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c);
    }

    private static boolean isMark(char c) {
        return c == '_' || c == '*';
    }
}
