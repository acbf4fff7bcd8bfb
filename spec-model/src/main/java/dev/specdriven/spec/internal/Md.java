package dev.specdriven.spec.internal;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.SpecCode;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The one commonmark parser and the one place where commonmark's 0-based line/column spans become
 * our positions. A parsed {@link Doc} may start at a line of the source other than the first (front
 * matter is cut off before parsing); {@code lineBase} maps its lines back.
 */
public final class Md {
    private Md() {}

    /**
     * Shared, thread-safe parser with block source spans. The inline pass is switched off (a no-op
     * {@link org.commonmark.parser.InlineParserFactory}): every value of the model is sliced from
     * the original text by block spans, so inline nodes, and the per-line spans commonmark keeps
     * for them, would only cost time (about two thirds of a full commonmark parse).
     */
    public static final Parser PARSER =
            Parser.builder()
                    .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                    .inlineParserFactory(context -> (lines, block) -> {})
                    .build();

    /** A commonmark document over (a suffix of) a {@link SourceText}. */
    public static final class Doc {
        final SourceText src;
        final Node root;
        final int lineBase;

        Doc(SourceText src, Node root, int lineBase) {
            this.src = src;
            this.root = root;
            this.lineBase = lineBase;
        }
    }

    /**
     * Parses the text from a line on.
     *
     * @param src the source
     * @param firstLine 1-based line at which the Markdown starts
     * @return the parsed document
     */
    public static Doc parse(SourceText src, int firstLine) {
        String text = src.text();
        String md = firstLine == 1 ? text : text.substring(src.lineStart(firstLine));
        return new Doc(src, PARSER.parse(md), firstLine - 1);
    }

    /**
     * Parses the text from a line on within resource limits: a file over the size limit is parsed
     * as empty, lines over the length limit are handed to commonmark as blank lines of the same
     * length (offsets stay valid), and list items or block quotes nested deeper than the nesting
     * limit are dropped from the tree. Each exceeded limit adds one diagnostic to {@code diags}
     * (the file size diagnostic is added by {@link DocumentReaders}).
     *
     * @param src the source
     * @param firstLine 1-based line at which the Markdown starts
     * @param limits the limits
     * @param path the path for diagnostics
     * @param diags where to add diagnostics
     * @return the parsed document
     */
    public static Doc parse(
            SourceText src, int firstLine, Limits limits, String path, List<Diagnostic> diags) {
        if (src.byteLength() > limits.maxFileSize()) {
            return new Doc(src, PARSER.parse(""), firstLine - 1);
        }
        String text = src.text();
        int from = firstLine == 1 ? 0 : src.lineStart(firstLine);
        int longLine = -1;
        int longCount = 0;
        char[] masked = null;
        int lineCount = src.lineCount();
        for (int line = firstLine; line <= lineCount; line++) {
            int s = src.lineStart(line);
            int e = src.lineEnd(line);
            if (e - s > limits.maxLineLength()) {
                if (masked == null) {
                    masked = text.substring(from).toCharArray();
                    longLine = line;
                }
                longCount++;
                java.util.Arrays.fill(masked, s - from, e - from, ' ');
            }
        }
        if (longLine > 0) {
            int s = src.lineStart(longLine);
            diags.add(
                    SpecCode.LINE_TOO_LONG
                            .at(
                                    src.span(s, s),
                                    "line "
                                            + longLine
                                            + " has "
                                            + (src.lineEnd(longLine) - s)
                                            + " characters, more than the maximum of "
                                            + limits.maxLineLength()
                                            + (longCount > 1
                                                    ? "; it and " + (longCount - 1) + " more"
                                                    : "; it")
                                            + " were read as blank")
                            .withFile(path));
        }
        String md = masked != null ? new String(masked) : from == 0 ? text : text.substring(from);
        Doc doc = new Doc(src, parser(limits.maxNesting()).parse(md), firstLine - 1);
        nesting(doc, limits.maxNesting(), path, diags);
        return doc;
    }

    private static final java.util.concurrent.ConcurrentHashMap<Integer, Parser> PARSERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A parser that opens at most {@code maxNesting} nested blocks (commonmark's own limit). */
    private static Parser parser(int maxNesting) {
        return PARSERS.computeIfAbsent(
                maxNesting,
                n ->
                        Parser.builder()
                                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                                .inlineParserFactory(context -> (lines, block) -> {})
                                .maxOpenBlockParsers(n)
                                .build());
    }

    /**
     * Reports when container blocks reach the nesting limit: commonmark then stops opening blocks
     * and reads deeper markers as text. Iterative, so deep trees cannot overflow the stack.
     */
    private static void nesting(Doc doc, int max, String path, List<Diagnostic> diags) {
        java.util.ArrayDeque<Node> nodes = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        nodes.push(doc.root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int depth = depths.pop();
            if (depth >= max) {
                diags.add(
                        SpecCode.NESTING_TOO_DEEP
                                .at(
                                        SourceSpan.at(doc.src.position(Math.max(0, start(doc, n)))),
                                        "lists or block quotes nest "
                                                + max
                                                + " levels deep, the maximum; deeper list or"
                                                + " quote markers were read as text")
                                .withFile(path));
                return;
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof org.commonmark.node.ListBlock
                        || c instanceof org.commonmark.node.ListItem
                        || c instanceof org.commonmark.node.BlockQuote) {
                    nodes.push(c);
                    depths.push(depth + 1);
                }
            }
        }
    }

    /** Start offset of a node in the source text (0-based), or -1 when it has no span. */
    static int start(Doc d, Node n) {
        List<org.commonmark.node.SourceSpan> spans = n.getSourceSpans();
        if (spans.isEmpty()) {
            return -1;
        }
        org.commonmark.node.SourceSpan s = spans.get(0);
        return offset(d, s.getLineIndex(), s.getColumnIndex());
    }

    /** End offset (exclusive) of a node in the source text, or -1 when it has no span. */
    static int end(Doc d, Node n) {
        List<org.commonmark.node.SourceSpan> spans = n.getSourceSpans();
        if (spans.isEmpty()) {
            return -1;
        }
        org.commonmark.node.SourceSpan s = spans.get(spans.size() - 1);
        return offset(d, s.getLineIndex(), s.getColumnIndex() + s.getLength());
    }

    /** 1-based source line of a node's start. */
    static int line(Doc d, Node n) {
        List<org.commonmark.node.SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + d.lineBase + 1;
    }

    /** 1-based source line of a node's end. */
    static int lastLine(Doc d, Node n) {
        List<org.commonmark.node.SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(spans.size() - 1).getLineIndex() + d.lineBase + 1;
    }

    static int offset(Doc d, int lineIndex, int columnIndex) {
        int line = lineIndex + d.lineBase + 1;
        int start = d.src.lineStart(line);
        return Math.min(start + columnIndex, d.src.text().length());
    }

    static SourceSpan span(Doc d, Node n) {
        int s = start(d, n);
        int e = end(d, n);
        if (s < 0) {
            return d.src.span(0, 0);
        }
        return d.src.span(s, Math.max(s, e));
    }

    /** The raw text of a node (from its first span start to its last span end). */
    static String raw(Doc d, Node n) {
        int s = start(d, n);
        int e = end(d, n);
        return s < 0 || e < s ? "" : d.src.text().substring(s, e);
    }

    /** The text of a heading as written: marks removed, trimmed, surrounding bold removed. */
    static String headingText(Doc d, Heading h) {
        String raw = raw(d, h);
        String first;
        int nl = indexOfBreak(raw);
        if (raw.stripLeading().startsWith("#")) {
            first = (nl < 0 ? raw : raw.substring(0, nl)).strip();
            int i = 0;
            while (i < first.length() && i < 6 && first.charAt(i) == '#') {
                i++;
            }
            first = first.substring(i);
            // optional closing sequence: spaces then #s at the end
            int e = first.length();
            while (e > 0 && Character.isWhitespace(first.charAt(e - 1))) {
                e--;
            }
            int hp = e;
            while (hp > 0 && first.charAt(hp - 1) == '#') {
                hp--;
            }
            if (hp < e && (hp == 0 || Character.isWhitespace(first.charAt(hp - 1)))) {
                e = hp;
            }
            first = first.substring(0, e).strip();
        } else {
            // setext: all lines but the underline
            List<String> lines = new java.util.ArrayList<>();
            int s = 0;
            for (int i = 0; i <= raw.length(); i++) {
                if (i == raw.length() || raw.charAt(i) == '\n' || raw.charAt(i) == '\r') {
                    lines.add(raw.substring(s, i));
                    if (i < raw.length()
                            && raw.charAt(i) == '\r'
                            && i + 1 < raw.length()
                            && raw.charAt(i + 1) == '\n') {
                        i++;
                    }
                    s = i + 1;
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < lines.size() - 1; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(lines.get(i).strip());
            }
            first = lines.size() == 1 ? lines.get(0).strip() : sb.toString();
        }
        return stripBold(first);
    }

    static String stripBold(String s) {
        String t = s.strip();
        // index arithmetic, not substring per round: "****…" lines must stay linear
        int b = 0;
        int e = t.length();
        while (e - b >= 4
                && ((t.startsWith("**", b) && t.startsWith("**", e - 2))
                        || (t.startsWith("__", b) && t.startsWith("__", e - 2)))) {
            b += 2;
            e -= 2;
            while (b < e && Character.isWhitespace(t.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
        }
        return t.substring(b, e);
    }

    static int indexOfBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** The first paragraph child of a block, or null. */
    static Paragraph firstParagraph(Block b) {
        Node c = b.getFirstChild();
        return c instanceof Paragraph ? (Paragraph) c : null;
    }

    /** Trims trailing whitespace of [s, e) in the text and returns the new end. */
    static int trimEnd(String text, int s, int e) {
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
