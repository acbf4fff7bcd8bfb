package dev.specdriven.spec.internal;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.CorrectnessProperty;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.ReferenceList;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;

/** Reads {@code design.md}: sections, correctness properties, requirement references. */
final class DesignReader {

    static final String PROPERTY_WORD =
            "Property|属性|プロパティ|Propiedad|Propriedade|Свойство|속성|Eigenschaft|Propriété";
    static final Pattern PROPERTY_HEADING =
            Pattern.compile(
                    "^(?:" + PROPERTY_WORD + ")\\s*(\\d+(?:\\.\\d+)*)\\s*(?:[:：.\\-–—)]\\s*)?(.*)$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern PROPERTY_PARAGRAPH =
            Pattern.compile(
                    "^(\\*\\*|__)?\\s*(?:"
                            + PROPERTY_WORD
                            + ")\\s*(\\d+(?:\\.\\d+)*)\\s*[:：.\\-–—]\\s*([^\\r\\n]*?)\\s*(?:\\*\\*|__)?\\s*(?:\\r\\n|\\r|\\n|$)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern VALIDATES =
            Pattern.compile("Validates?|Validated", Pattern.CASE_INSENSITIVE);

    private final String path;
    private final SourceText src;
    private final List<Diagnostic> diags;

    private final Limits limits;

    DesignReader(String path, SourceText src, List<Diagnostic> diags, Limits limits) {
        this.limits = limits;
        this.path = path;
        this.src = src;
        this.diags = new ArrayList<>(diags);
    }

    private final class Prop {
        String number;
        String title;
        int level; // heading level, 0 for a paragraph property
        int start;
        int bodyStart;
        int end;
        final List<ReferenceList> validates = new ArrayList<>();

        CorrectnessProperty build() {
            int bs = Math.min(bodyStart, end);
            String body = src.text().substring(bs, Math.max(bs, end)).strip();
            return new CorrectnessProperty(
                    number, title, src.span(start, Math.max(start, end)), body, validates);
        }
    }

    /**
     * Adds a property unless it repeats an earlier one (same number, one title part of the other):
     * example sections often repeat {@code #### Property 1: …} headings.
     */
    static void addProperty(List<CorrectnessProperty> props, CorrectnessProperty p) {
        String t = null;
        for (CorrectnessProperty q : props) {
            if (q.number().equals(p.number())) {
                if (t == null) {
                    t = p.title().toLowerCase(java.util.Locale.ROOT);
                }
                String u = q.title().toLowerCase(java.util.Locale.ROOT);
                if (t.contains(u) || u.contains(t)) {
                    return;
                }
            }
        }
        props.add(p);
    }

    DesignDocument read() {
        Md.Doc doc = Md.parse(src, 1, limits, path, diags);
        List<Sections.H> hs = Sections.headings(doc);
        List<Section> sections = Sections.build(doc, hs);
        List<CorrectnessProperty> props = new ArrayList<>();
        List<ReferenceList> refs = new ArrayList<>();
        Prop[] cur = new Prop[1];
        int[] hi = {0};
        doc.root.accept(
                new AbstractVisitor() {
                    void close() {
                        if (cur[0] != null) {
                            addProperty(props, cur[0].build());
                            cur[0] = null;
                        }
                    }

                    void extend(int end) {
                        if (cur[0] != null) {
                            cur[0].end = Math.max(cur[0].end, end);
                        }
                    }

                    @Override
                    public void visit(Heading h) {
                        Sections.H sh = null;
                        while (hi[0] < hs.size()) {
                            Sections.H c = hs.get(hi[0]++);
                            if (c.node() == h) {
                                sh = c;
                                break;
                            }
                        }
                        if (sh == null) {
                            return;
                        }
                        if (cur[0] != null && (cur[0].level == 0 || sh.level() <= cur[0].level)) {
                            close();
                        }
                        Matcher m = PROPERTY_HEADING.matcher(sh.title());
                        if (Refs.mayBeProperty(sh.title()) && m.matches()) {
                            close();
                            Prop p = new Prop();
                            p.number = m.group(1);
                            p.title = Md.stripBold(m.group(2).strip());
                            p.level = sh.level();
                            p.start = sh.start();
                            p.bodyStart = sh.end();
                            p.end = sh.end();
                            cur[0] = p;
                        } else {
                            scan(sh.start(), sh.end(), false);
                            extend(sh.end());
                        }
                    }

                    @Override
                    public void visit(Paragraph p) {
                        int s = Md.start(doc, p);
                        if (s < 0) {
                            return;
                        }
                        int e = Md.trimEnd(src.text(), s, Md.end(doc, p));
                        String raw = src.text().substring(s, e);
                        Matcher m = PROPERTY_PARAGRAPH.matcher(raw);
                        if (Refs.mayBeProperty(raw)
                                && m.lookingAt()
                                && p.getParent() instanceof org.commonmark.node.Document) {
                            close();
                            Prop pr = new Prop();
                            pr.number = m.group(2);
                            pr.title = m.group(3).replaceAll("(\\*\\*|__)$", "").strip();
                            pr.level = 0;
                            pr.start = s;
                            pr.bodyStart = s + m.end();
                            pr.end = e;
                            cur[0] = pr;
                            scan(s + m.end(), e, true);
                            return;
                        }
                        scan(s, e, true);
                        extend(e);
                    }

                    /** Finds references in [s, e); Validates lines go to the open property. */
                    void scan(int s, int e, boolean lines) {
                        String text = src.text();
                        if (!lines) {
                            refs.addAll(Refs.prose(src, text.substring(s, e), s));
                            return;
                        }
                        int ls = s;
                        while (ls < e) {
                            int le = ls;
                            while (le < e && text.charAt(le) != '\n' && text.charAt(le) != '\r') {
                                le++;
                            }
                            if (!Refs.mayHaveReference(text, ls, le)) {
                                ls = le;
                                while (ls < e
                                        && (text.charAt(ls) == '\n' || text.charAt(ls) == '\r')) {
                                    ls++;
                                }
                                continue;
                            }
                            String line = text.substring(ls, le);
                            var label = Refs.labelLine(src, line, ls);
                            List<ReferenceList> found =
                                    label.isPresent()
                                                    && label.get().references().stream()
                                                            .anyMatch(
                                                                    r ->
                                                                            r.kind()
                                                                                    != dev
                                                                                            .specdriven
                                                                                            .spec
                                                                                            .ReferenceKind
                                                                                            .FREE_TEXT)
                                            ? List.of(label.get())
                                            : Refs.prose(src, line, ls);
                            for (ReferenceList r : found) {
                                refs.add(r);
                                if (cur[0] != null && VALIDATES.matcher(r.label()).lookingAt()) {
                                    cur[0].validates.add(r);
                                }
                            }
                            ls = le;
                            while (ls < e && (text.charAt(ls) == '\n' || text.charAt(ls) == '\r')) {
                                ls++;
                            }
                        }
                    }
                });
        if (cur[0] != null) {
            addProperty(props, cur[0].build());
        }
        return new DesignDocument(path, src, Sections.title(hs), sections, props, refs, diags);
    }
}
