package dev.specdriven.spec.internal;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.TextBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads plain requirement lists: {@code ## Functional Requirements} / {@code ## Non-Functional
 * Requirements} headings, one EARS sentence per bullet. Each bullet becomes a requirement with an
 * implicit id by section and position ({@code FR-1}, {@code FR-2}, …, {@code NFR-1}, …) and a
 * single criterion {@code FR-1.1}. A bullet that starts with its own id ({@code FR-7:}, {@code
 * **NFR-2** –}) keeps that id. The requirements reader delegates here only when the document has no
 * requirement headings.
 */
final class PlainRequirementsReader {
    private PlainRequirementsReader() {}

    static final Pattern NON_FUNCTIONAL =
            Pattern.compile(
                    "^(?:\\d+\\.?\\s*)?(?:non[-\\s]?functional|quality|nfr)\\b.*",
                    RequirementsReader.F);
    static final Pattern FUNCTIONAL =
            Pattern.compile("^(?:\\d+\\.?\\s*)?(?:functional|fr)\\b.*", RequirementsReader.F);
    static final Pattern OWN_ID =
            Pattern.compile(
                    "^(?:\\*\\*)?((?:FR|NFR|REQ)-\\d+)(?:\\*\\*)?\\s*(?:[:：.\\-–—)]\\s*)?(?:\\*\\*)?\\s*");

    /**
     * Reads the plain lists of a parsed document.
     *
     * @return the requirements in order, empty when there are no such sections
     */
    static List<Requirement> read(
            DocumentReaders readers,
            String path,
            SourceText src,
            Md.Doc doc,
            List<Sections.H> hs,
            List<Diagnostic> diags,
            LazyDiagnostics.Collector earsAt) {
        List<Requirement> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int fr = 0;
        int nfr = 0;
        String prefix = null;
        int sectionLevel = 0;
        Sections.H heading = null;
        int hi = 0;
        for (Node n = doc.root.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading) {
                Sections.H h = null;
                while (hi < hs.size()) {
                    Sections.H c = hs.get(hi++);
                    if (c.node() == n) {
                        h = c;
                        break;
                    }
                }
                if (h == null) {
                    continue;
                }
                if (prefix != null && h.level() <= sectionLevel) {
                    prefix = null;
                }
                if (h.level() >= 2 && NON_FUNCTIONAL.matcher(h.title()).matches()) {
                    prefix = "NFR";
                    sectionLevel = h.level();
                    heading = h;
                } else if (h.level() >= 2 && FUNCTIONAL.matcher(h.title()).matches()) {
                    prefix = "FR";
                    sectionLevel = h.level();
                    heading = h;
                }
            } else if (prefix != null && heading != null && n instanceof ListBlock) {
                for (Node li = n.getFirstChild(); li != null; li = li.getNext()) {
                    if (!(li instanceof ListItem)) {
                        continue;
                    }
                    int position = prefix.equals("FR") ? ++fr : ++nfr;
                    Requirement r =
                            bullet(readers, path, src, doc, (ListItem) li, prefix, position, used);
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
        }
        for (Requirement r : out) {
            for (AcceptanceCriterion c : r.criteria()) {
                earsAt.ears(c);
            }
        }
        return out;
    }

    private static Requirement bullet(
            DocumentReaders readers,
            String path,
            SourceText src,
            Md.Doc doc,
            ListItem item,
            String prefix,
            int position,
            Set<String> used) {
        int itemStart = Md.start(doc, item);
        if (itemStart < 0) {
            return null;
        }
        int itemEnd = Md.trimEnd(src.text(), itemStart, Md.end(doc, item));
        Paragraph p = Md.firstParagraph(item);
        int s;
        int e;
        if (p != null) {
            s = Md.start(doc, p);
            e = Md.trimEnd(src.text(), s, Md.end(doc, p));
        } else {
            return null;
        }
        if (s < 0 || e <= s) {
            return null;
        }
        String id = prefix + "-" + position;
        Matcher own = OWN_ID.matcher(src.text()).region(s, e);
        if (own.lookingAt() && own.end() < e) {
            id = own.group(1);
            s = own.end();
        }
        if (!used.add(id)) {
            id = prefix + "-" + position;
            used.add(id);
        }
        SourceSpan span = src.span(itemStart, Math.max(itemStart, itemEnd));
        ListBlock nested = null;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof ListBlock) {
                nested = (ListBlock) c;
                break;
            }
        }
        if (nested != null) {
            return group(readers, path, src, doc, id, src.text().substring(s, e), span, nested);
        }
        String text = src.text().substring(s, e);
        List<TextBlock> attachments = new ArrayList<>();
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c == p) {
                continue;
            }
            int cs = Md.start(doc, c);
            if (cs >= 0) {
                int ce = Md.trimEnd(src.text(), cs, Md.end(doc, c));
                attachments.add(
                        new TextBlock(
                                src.text().substring(cs, Math.max(cs, ce)),
                                src.span(cs, Math.max(cs, ce))));
            }
        }
        AcceptanceCriterion criterion =
                AcceptanceCriterion.parsedOnFirstUse(
                        new CriterionId(id, 1),
                        OptionalInt.empty(),
                        text,
                        src.span(s, e),
                        readers.earsOnFirstUse(text, src, s, path),
                        attachments);
        return new Requirement(
                id, "", id, span, span, Optional.empty(), List.of(criterion), List.of());
    }

    /**
     * A bullet with a nested list ({@code 1. **Login**} then {@code - Users log in …} lines): a
     * requirement titled by the bullet, its nested bullets the criteria {@code FR-3.1}, {@code
     * FR-3.2}, ….
     */
    private static Requirement group(
            DocumentReaders readers,
            String path,
            SourceText src,
            Md.Doc doc,
            String id,
            String heading,
            SourceSpan span,
            ListBlock nested) {
        List<AcceptanceCriterion> criteria = new ArrayList<>();
        for (Node li = nested.getFirstChild(); li != null; li = li.getNext()) {
            if (!(li instanceof ListItem)) {
                continue;
            }
            Paragraph p = Md.firstParagraph((ListItem) li);
            if (p == null) {
                continue;
            }
            int s = Md.start(doc, p);
            int e = Md.trimEnd(src.text(), s, Md.end(doc, p));
            if (s < 0 || e <= s) {
                continue;
            }
            String text = src.text().substring(s, e);
            criteria.add(
                    AcceptanceCriterion.parsedOnFirstUse(
                            new CriterionId(id, criteria.size() + 1),
                            OptionalInt.empty(),
                            text,
                            src.span(s, e),
                            readers.earsOnFirstUse(text, src, s, path),
                            List.of()));
        }
        String title = Md.stripBold(heading.strip());
        if (title.endsWith(":") || title.endsWith("：")) {
            title = title.substring(0, title.length() - 1).strip();
        }
        return new Requirement(
                id, title, heading, span, span, Optional.empty(), criteria, List.of());
    }
}
