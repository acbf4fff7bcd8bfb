package dev.specdriven.spec.internal;

import dev.specdriven.ears.EarsCode;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.BugfixDocument;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;

/** Reads {@code bugfix.md}: paragraphs starting with a literal clause id {@code N.M}. */
final class BugfixReader {

    static final Pattern CLAUSE =
            Pattern.compile("^(\\d{1,6})\\.(\\d{1,6})\\.?\\s+(\\S.*)$", Pattern.DOTALL);

    private final DocumentReaders readers;
    private final String path;
    private final SourceText src;
    private final List<Diagnostic> diags;
    private final LazyDiagnostics.Collector earsAt;

    BugfixReader(DocumentReaders readers, String path, SourceText src, List<Diagnostic> diags) {
        this.readers = readers;
        this.path = path;
        this.src = src;
        this.diags = new ArrayList<>(diags);
        this.earsAt = new LazyDiagnostics.Collector(this.diags);
    }

    private static final class Group {
        Sections.H heading;
        int start;
        int end;
        final List<AcceptanceCriterion> clauses = new ArrayList<>();
    }

    /** Headings of the "Current Behavior (Defect)" group, which states observed behaviour. */
    private static final Pattern DEFECT_HEADING =
            Pattern.compile(
                    "(?iu)current\\s+behaviou?r|defect|comportamiento\\s+actual|"
                            + "comportamento\\s+atual|aktuelles\\s+verhalten|当前行为|現在の動作");

    private static boolean isDefect(Sections.H heading, String requirement) {
        return heading != null
                ? DEFECT_HEADING.matcher(heading.title()).find()
                : requirement.equals("1");
    }

    private static ParseResult<EarsRequirement> withoutModalDiagnostics(
            ParseResult<EarsRequirement> ears) {
        List<Diagnostic> kept =
                ears.diagnostics().stream()
                        .filter(
                                d ->
                                        !d.code().equals(EarsCode.MISSING_SHALL.code())
                                                && !d.code().equals(EarsCode.WEAK_MODAL.code()))
                        .toList();
        return new ParseResult<>(ears.value(), kept);
    }

    BugfixDocument read() {
        Md.Doc doc = Md.parse(src, 1, readers.limits(), path, diags);
        List<Sections.H> hs = Sections.headings(doc);
        List<Section> sections = Sections.build(doc, hs);
        Map<String, Group> groups = new LinkedHashMap<>();
        Sections.H[] last = new Sections.H[1];
        int[] hi = {0};
        doc.root.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Heading h) {
                        while (hi[0] < hs.size()) {
                            Sections.H c = hs.get(hi[0]++);
                            if (c.node() == h) {
                                last[0] = c;
                                break;
                            }
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
                        Matcher m = CLAUSE.matcher(raw);
                        if (!m.matches()) {
                            return;
                        }
                        String req = m.group(1);
                        int idx = Integer.parseInt(m.group(2));
                        if (idx < 1) {
                            return;
                        }
                        Group g = groups.get(req);
                        if (g == null) {
                            g = new Group();
                            g.heading = last[0];
                            g.start = last[0] != null ? last[0].start() : s;
                            groups.put(req, g);
                        }
                        g.end = e;
                        int ts = s + m.start(3);
                        String text = src.text().substring(ts, e);
                        Supplier<ParseResult<EarsRequirement>> ears =
                                readers.earsOnFirstUse(text, src, ts, path);
                        if (isDefect(last[0], req)) {
                            // a defect clause states what the system does today: no 'shall'
                            Supplier<ParseResult<EarsRequirement>> all = ears;
                            ears = () -> withoutModalDiagnostics(all.get());
                        }
                        AcceptanceCriterion c =
                                AcceptanceCriterion.parsedOnFirstUse(
                                        new CriterionId(req, idx),
                                        OptionalInt.empty(),
                                        text,
                                        src.span(ts, e),
                                        ears,
                                        List.of());
                        earsAt.ears(c);
                        g.clauses.add(c);
                    }
                });
        List<Requirement> reqs = new ArrayList<>();
        for (Map.Entry<String, Group> en : groups.entrySet()) {
            Group g = en.getValue();
            String title = g.heading != null ? g.heading.title() : "";
            var headingSpan =
                    g.heading != null
                            ? src.span(
                                    g.heading.start(), Math.max(g.heading.start(), g.heading.end()))
                            : g.clauses.get(0).span();
            reqs.add(
                    new Requirement(
                            en.getKey(),
                            title,
                            title,
                            headingSpan,
                            src.span(Math.min(g.start, g.end), g.end),
                            Optional.empty(),
                            g.clauses,
                            List.of()));
        }
        Optional<Section> intro =
                sections.stream()
                        .filter(s -> s.level() >= 2)
                        .filter(s -> RequirementsReader.INTRO_HEADING.matcher(s.title()).matches())
                        .findFirst();
        return new BugfixDocument(
                path, src, Sections.title(hs), intro, reqs, sections, earsAt.build());
    }
}
