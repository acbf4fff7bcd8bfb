package dev.specdriven.generate.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** Unified diffs (java-diff-utils). */
public final class Diffs {
    private Diffs() {}

    /**
     * A unified diff with 3 lines of context; empty when the texts are equal.
     *
     * @param path the path shown in the headers
     * @param before the old text (empty for a new file)
     * @param after the new text
     * @param isNew whether the file does not exist yet
     * @return the diff, lines ending in {@code \n}
     */
    public static String unified(String path, String before, String after, boolean isNew) {
        if (before.equals(after) && !isNew) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> lines =
                UnifiedDiffUtils.generateUnifiedDiff(
                        isNew ? "/dev/null" : "a/" + path, "b/" + path, a, patch, 3);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> l = new java.util.ArrayList<>(List.of(text.split("\\R", -1)));
        if (l.get(l.size() - 1).isEmpty()) {
            l.remove(l.size() - 1);
        }
        return l;
    }
}
