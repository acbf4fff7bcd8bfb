package dev.specdriven.spec.internal;

import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.Section;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;

/** Heading collection, GitHub-style anchors and the section tree. */
final class Sections {
    private Sections() {}

    // no '[' inside the link text: "[[[[…" must not rescan the rest of the title from every '['
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*+)\\]\\([^)]*+\\)");

    /** A heading with its level, text and span, in source order. */
    record H(Heading node, int level, String title, int start, int end) {}

    static List<H> headings(Md.Doc d) {
        List<H> out = new ArrayList<>();
        d.root.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(org.commonmark.node.Paragraph p) {
                        // inline content holds no headings
                    }

                    @Override
                    public void visit(Heading h) {
                        int s = Md.start(d, h);
                        if (s >= 0) {
                            out.add(new H(h, h.getLevel(), Md.headingText(d, h), s, Md.end(d, h)));
                        }
                    }
                });
        return out;
    }

    /** GitHub's anchor slug of a heading text (without the duplicate suffix). */
    static String slug(String title) {
        String t = title.indexOf('[') >= 0 ? LINK.matcher(title).replaceAll("$1") : title;
        t = t.toLowerCase(Locale.ROOT).strip();
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                sb.append('-');
            } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
            } else {
                int type = Character.getType(cp);
                if (type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK
                        || type == Character.LETTER_NUMBER
                        || type == Character.OTHER_NUMBER) {
                    sb.appendCodePoint(cp);
                }
            }
        }
        return sb.toString();
    }

    static List<Section> build(Md.Doc d, List<H> hs) {
        int textEnd = d.src.text().length();
        int n = hs.size();
        int[] ends = new int[n];
        java.util.Arrays.fill(ends, textEnd);
        int[] open = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            H h = hs.get(i);
            while (top > 0 && hs.get(open[top - 1]).level() >= h.level()) {
                ends[open[--top]] = h.start();
            }
            open[top++] = i;
        }
        List<Section> out = new ArrayList<>(n);
        Map<String, Integer> seen = new HashMap<>();
        Deque<Object[]> stack = new ArrayDeque<>(); // {level, anchor}
        for (int i = 0; i < n; i++) {
            H h = hs.get(i);
            String base = slug(h.title());
            int k = seen.merge(base, 1, Integer::sum) - 1;
            String anchor = k == 0 ? base : base + "-" + k;
            while (!stack.isEmpty() && (int) stack.peek()[0] >= h.level()) {
                stack.pop();
            }
            String parent = stack.isEmpty() ? "" : (String) stack.peek()[1];
            stack.push(new Object[] {h.level(), anchor});
            SourceSpan headingSpan = d.src.span(h.start(), Math.max(h.start(), h.end()));
            int e = Md.trimEnd(d.src.text(), h.start(), ends[i]);
            out.add(
                    new Section(
                            h.level(),
                            h.title(),
                            anchor,
                            headingSpan,
                            d.src.span(h.start(), Math.max(e, headingSpan.endOffset())),
                            parent));
        }
        return out;
    }

    static java.util.Optional<String> title(List<H> hs) {
        for (H h : hs) {
            if (h.level() == 1) {
                return java.util.Optional.of(h.title());
            }
        }
        return java.util.Optional.empty();
    }
}
