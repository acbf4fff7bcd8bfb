package dev.specdriven.spec.internal;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.GlossaryTerm;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.TextBlock;
import dev.specdriven.spec.UserStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Reads {@code requirements.md}. */
final class RequirementsReader {

    static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final String REQ_WORD =
            "Requirements?|Requisito|Requerimiento|需求|要件|要求|Требование|요구사항|요구 사항|Anforderung|Exigence|Yêu cầu|Tələb|Kebutuhan|Persyaratan";
    private static final Pattern ITEM_MARKER = Pattern.compile("^\\s*+(?:[-*+]|\\d{1,9}[.)])\\s*+");

    static final Pattern REQ_HEADING =
            Pattern.compile(
                    "^(?:"
                            + REQ_WORD
                            + ")\\s*#?\\s*(\\d+[a-zA-Z]?)(?![\\d.]\\d)\\s*(?:[:：.\\-–—)]\\s*)?(.*)$",
                    F);
    static final Pattern ID_HEADING =
            Pattern.compile(
                    "^((?:REQ|FR|NFR|US|TR|BR|SR|UR|R)-\\d+(?:\\.\\d+)?[a-z]?)\\s*(?:[:：.\\-–—)]\\s*)?(.*)$");
    static final Pattern NUMBER_HEADING = Pattern.compile("^(\\d+)\\.\\s+(.+)$");

    static final String AC_WORDS =
            "acceptance criteria|验收标准|驗收標準|验收准则|受け入れ基準|受入基準|受け入れ条件|criterios de aceptaci[oó]n|crit[ée]rios de aceita[cç][aã]o|критерии при[её]мки|критерии приемки|인수 기준|수용 기준|인수 조건|kriteria penerimaan|q[əe]bul meyarlar[ıi]|crit[èe]res d'acceptation|akzeptanzkriterien";
    static final Pattern AC_HEADING = Pattern.compile("(?:" + AC_WORDS + ")", F);
    static final Pattern AC_PARAGRAPH =
            Pattern.compile("^\\*\\*\\s*(?:" + AC_WORDS + ")\\s*[:：]?\\s*\\*\\*\\s*[:：]?\\s*$", F);
    static final Pattern GLOSSARY_HEADING =
            Pattern.compile(
                    "^(?:\\d+\\.\\s*)?(?:glossary|terminology|definitions|terms|术语表|术语|術語|用語集|用語|glosario|gloss[áa]rio|глоссарий|термины|용어|용어집|istilah|lüğət)\\b.*",
                    F);
    static final Pattern INTRO_HEADING =
            Pattern.compile(
                    "^(?:\\d+\\.\\s*)?(?:introduction|overview|简介|介绍|概述|引言|はじめに|概要|序論|introducci[oó]n|introdu[cç][aã]o|visão geral|descripci[oó]n general|введение|обзор|소개|개요|pendahuluan|giriş)\\b.*",
                    F);
    static final Pattern STORY =
            Pattern.compile(
                    "^\\*\\*\\s*([^*\\n]{1,60}?)\\s*[:：]?\\s*\\*\\*\\s*[:：]?\\s*(.*)$",
                    Pattern.DOTALL);
    static final Pattern STORY_LABEL =
            Pattern.compile(
                    "stor|objective|histor|故事|ストーリー|истори|스토리|cerita|hekay|objetivo|目标|目的", F);
    static final Pattern STORY_PARTS =
            Pattern.compile(
                    "^As\\s+an?\\s+(.+?),?\\s+I\\s+want(?:\\s+to)?\\s+(.+?),?\\s+so\\s+that\\s+(.+?)[.。]?$",
                    F | Pattern.DOTALL);
    static final Pattern GLOSSARY_ENTRY =
            Pattern.compile(
                    "^(?:\\*\\*(.+?)\\*\\*\\s*[:：\\-–—]\\s*|\\*\\*(.+?)[:：]\\*\\*\\s*|`(.+?)`\\s*[:：\\-–—]\\s*)(.*)$",
                    Pattern.DOTALL);
    static final Pattern WRITTEN_NUMBER = Pattern.compile("^\\s*(\\d{1,9})[.)]");

    private final DocumentReaders readers;
    private final String path;
    private final SourceText src;
    private final List<Diagnostic> diags;
    private Md.Doc doc;

    private final List<Requirement> requirements = new ArrayList<>();
    private final List<GlossaryTerm> glossary = new ArrayList<>();

    // current requirement
    private ReqBuilder cur;
    private boolean inAc;
    private int acLevel;
    private int glossaryLevel;
    private Sections.H lastHeading;

    RequirementsReader(
            DocumentReaders readers, String path, SourceText src, List<Diagnostic> diags) {
        this.readers = readers;
        this.path = path;
        this.src = src;
        this.diags = new ArrayList<>(diags);
        this.earsAt = new LazyDiagnostics.Collector(this.diags);
    }

    /** Where each criterion's EARS diagnostics go among {@link #diags}. */
    private final LazyDiagnostics.Collector earsAt;

    private final class ReqBuilder {
        String id;
        String title;
        String heading;
        int level;
        int start;
        SourceSpan headingSpan;
        int end;
        UserStory story;
        final List<AcceptanceCriterion> criteria = new ArrayList<>();
        final List<TextBlock> notes = new ArrayList<>();

        Requirement build() {
            int e = Md.trimEnd(src.text(), start, end);
            return new Requirement(
                    id,
                    title,
                    heading,
                    headingSpan,
                    src.span(start, Math.max(e, headingSpan.endOffset())),
                    Optional.ofNullable(story),
                    criteria,
                    notes);
        }
    }

    RequirementsDocument read() {
        doc = Md.parse(src, 1, readers.limits(), path, diags);
        List<Sections.H> hs = Sections.headings(doc);
        List<Section> sections = Sections.build(doc, hs);
        boolean keywordHeadings = false;
        for (Sections.H h : hs) {
            if (h.level() >= 2
                    && (REQ_HEADING.matcher(h.title()).matches()
                            || ID_HEADING.matcher(h.title()).matches())) {
                keywordHeadings = true;
                break;
            }
        }
        Section intro = null;
        int hi = 0;
        for (Node n = doc.root.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading) {
                Heading h = (Heading) n;
                Sections.H sh = null;
                while (hi < hs.size()) {
                    Sections.H c = hs.get(hi++);
                    if (c.node() == h) {
                        sh = c;
                        break;
                    }
                }
                if (sh == null) {
                    continue;
                }
                Section sec = sections.get(hs.indexOf(sh));
                heading(sh, keywordHeadings);
                if (intro == null
                        && cur == null
                        && sh.level() >= 2
                        && INTRO_HEADING.matcher(sh.title()).matches()) {
                    intro = sec;
                }
            } else if (n instanceof Paragraph) {
                paragraph((Paragraph) n);
            } else if (n instanceof ListBlock) {
                list((ListBlock) n);
            } else if (cur != null && n instanceof Block) {
                int s = Md.start(doc, n);
                if (s >= 0) {
                    cur.notes.add(new TextBlock(Md.raw(doc, n), Md.span(doc, n)));
                    cur.end = Math.max(cur.end, Md.end(doc, n));
                }
            }
        }
        closeRequirement(src.text().length());
        if (requirements.isEmpty() && !keywordHeadings) {
            requirements.addAll(
                    PlainRequirementsReader.read(readers, path, src, doc, hs, diags, earsAt));
        }
        return new RequirementsDocument(
                path,
                src,
                Sections.title(hs),
                Optional.ofNullable(intro),
                glossary,
                requirements,
                sections,
                earsAt.build());
    }

    private void heading(Sections.H h, boolean keywordHeadings) {
        int level = h.level();
        if (cur != null && level <= cur.level) {
            closeRequirement(h.start());
        }
        if (inAc && level <= acLevel) {
            inAc = false;
        }
        if (glossaryLevel > 0 && level <= glossaryLevel) {
            glossaryLevel = 0;
        }
        String t = h.title();
        Matcher m;
        if (level >= 2 && (m = REQ_HEADING.matcher(t)).matches()) {
            openRequirement(h, m.group(1), m.group(2).strip());
        } else if (level >= 2 && (m = ID_HEADING.matcher(t)).matches()) {
            openRequirement(h, m.group(1), m.group(2).strip());
        } else if (level >= 3
                && !keywordHeadings
                && (m = NUMBER_HEADING.matcher(t)).matches()
                && !AC_HEADING.matcher(t).find()) {
            openRequirement(h, m.group(1), m.group(2).strip());
        } else if (level >= 2 && AC_HEADING.matcher(t).find() && t.length() < 60) {
            if (cur == null) {
                implicitRequirement(h);
            }
            inAc = true;
            acLevel = level;
        } else if (cur == null && level >= 2 && GLOSSARY_HEADING.matcher(t).matches()) {
            glossaryLevel = level;
        } else if (cur != null) {
            cur.notes.add(new TextBlock(src.text().substring(h.start(), h.end()), span(h)));
        }
        lastHeading = h;
        if (cur != null) {
            cur.end = Math.max(cur.end, h.end());
        }
    }

    private SourceSpan span(Sections.H h) {
        return src.span(h.start(), Math.max(h.start(), h.end()));
    }

    private void openRequirement(Sections.H h, String id, String title) {
        closeRequirement(h.start());
        cur = new ReqBuilder();
        cur.id = id;
        cur.title = Md.stripBold(title);
        cur.heading = h.title();
        cur.level = h.level();
        cur.start = h.start();
        cur.headingSpan = span(h);
        cur.end = h.end();
        inAc = false;
        glossaryLevel = 0;
    }

    /** An acceptance-criteria heading without a recognised requirement heading above it. */
    private void implicitRequirement(Sections.H ac) {
        Sections.H parent =
                lastHeading != null && lastHeading.level() < ac.level() ? lastHeading : null;
        String id = String.valueOf(requirements.size() + 1);
        String title = "";
        if (parent != null) {
            Matcher m = Pattern.compile("(\\d+)").matcher(parent.title());
            if (m.find()) {
                id = m.group(1);
            }
            title = parent.title();
        }
        Sections.H at = parent != null ? parent : ac;
        cur = new ReqBuilder();
        cur.id = id;
        cur.title = title;
        cur.heading = at.title();
        cur.level = parent != null ? parent.level() : ac.level();
        cur.start = at.start();
        cur.headingSpan = span(at);
        cur.end = ac.end();
    }

    private void closeRequirement(int endOffset) {
        if (cur != null) {
            requirements.add(cur.build());
            cur = null;
        }
        inAc = false;
    }

    private void paragraph(Paragraph p) {
        if (cur == null) {
            return;
        }
        String raw = Md.raw(doc, p);
        int s = Md.start(doc, p);
        int e = Md.trimEnd(src.text(), s, Md.end(doc, p));
        cur.end = Math.max(cur.end, e);
        boolean bold = raw.startsWith("**");
        if (bold && AC_PARAGRAPH.matcher(raw.strip()).matches()) {
            inAc = true;
            acLevel = cur.level + 1;
            return;
        }
        Matcher m = STORY.matcher(raw);
        if (cur.story == null
                && !inAc
                && bold
                && m.matches()
                && STORY_LABEL.matcher(m.group(1)).find()) {
            String text = m.group(2).strip();
            Matcher parts = STORY_PARTS.matcher(text);
            boolean ok = parts.matches();
            cur.story =
                    new UserStory(
                            m.group(1).strip(),
                            text,
                            ok ? Optional.of(parts.group(1).strip()) : Optional.empty(),
                            ok ? Optional.of(parts.group(2).strip()) : Optional.empty(),
                            ok ? Optional.of(parts.group(3).strip()) : Optional.empty(),
                            src.span(s, Math.max(s, e)));
            return;
        }
        Matcher lit = BugfixReader.CLAUSE.matcher(raw);
        if (!inAc
                && !raw.isEmpty()
                && Character.isDigit(raw.charAt(0))
                && lit.matches()
                && lit.group(1).equals(cur.id)) {
            literalCriterion(s + lit.start(3), e, Integer.parseInt(lit.group(2)));
            return;
        }
        cur.notes.add(
                new TextBlock(
                        src.text().substring(s, Math.max(s, e)), src.span(s, Math.max(s, e))));
    }

    /** A paragraph {@code 1.2 The system shall …}: a criterion with a literal id. */
    private void literalCriterion(int ts, int e, int index) {
        if (index < 1) {
            return;
        }
        String text = src.text().substring(ts, e);
        AcceptanceCriterion c =
                AcceptanceCriterion.parsedOnFirstUse(
                        new CriterionId(cur.id, index),
                        OptionalInt.of(index),
                        text,
                        src.span(ts, e),
                        readers.earsOnFirstUse(text, src, ts, path),
                        List.of());
        earsAt.ears(c);
        cur.criteria.add(c);
    }

    private void list(ListBlock list) {
        if (cur == null) {
            if (glossaryLevel > 0) {
                for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                    if (n instanceof ListItem) {
                        glossaryEntry((ListItem) n);
                    }
                }
            }
            return;
        }
        cur.end = Math.max(cur.end, Md.trimEnd(src.text(), 0, Md.end(doc, list)));
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem)) {
                continue;
            }
            ListItem item = (ListItem) n;
            if (inAc && bulletAfterNumbered(list)) {
                // a bullet list after numbered criteria: notes of the last criterion
                attachToLastCriterion(item);
            } else if (inAc) {
                criterion(item);
            } else {
                int s = Md.start(doc, item);
                int e = Md.trimEnd(src.text(), s, Md.end(doc, item));
                cur.notes.add(
                        new TextBlock(
                                src.text().substring(s, Math.max(s, e)),
                                src.span(s, Math.max(s, e))));
            }
        }
    }

    private boolean bulletAfterNumbered(ListBlock list) {
        return list instanceof org.commonmark.node.BulletList
                && !cur.criteria.isEmpty()
                && cur.criteria.get(cur.criteria.size() - 1).writtenNumber().isPresent();
    }

    private void attachToLastCriterion(ListItem item) {
        AcceptanceCriterion last = cur.criteria.remove(cur.criteria.size() - 1);
        List<TextBlock> att = new ArrayList<>(last.attachments());
        addBlock(att, item);
        cur.criteria.add(last.withAttachments(att));
    }

    /** [start, end) of an item's first paragraph (or first line after the marker). */
    private int[] itemText(ListItem item) {
        Paragraph p = Md.firstParagraph(item);
        if (p != null) {
            int s = Md.start(doc, p);
            return new int[] {s, Md.trimEnd(src.text(), s, Md.end(doc, p))};
        }
        int line = Md.line(doc, item);
        int ls = Md.start(doc, item);
        int le = src.lineEnd(line);
        Matcher m = ITEM_MARKER.matcher(src.text()).region(ls, le);
        int s = m.lookingAt() ? m.end() : ls;
        return new int[] {s, Md.trimEnd(src.text(), s, le)};
    }

    private void criterion(ListItem item) {
        int[] r = itemText(item);
        String text = src.text().substring(r[0], r[1]);
        int itemStart = Md.start(doc, item);
        Matcher wn =
                WRITTEN_NUMBER.matcher(src.text().substring(itemStart, Math.max(itemStart, r[0])));
        OptionalInt written =
                wn.find() ? OptionalInt.of(Integer.parseInt(wn.group(1))) : OptionalInt.empty();
        List<TextBlock> attachments = new ArrayList<>();
        Node first = item.getFirstChild();
        for (Node c = first; c != null; c = c.getNext()) {
            if (c == first && c instanceof Paragraph) {
                continue;
            }
            if (c instanceof ListBlock) {
                for (Node li = c.getFirstChild(); li != null; li = li.getNext()) {
                    addBlock(attachments, li);
                }
            } else {
                addBlock(attachments, c);
            }
        }
        CriterionId id = new CriterionId(cur.id, cur.criteria.size() + 1);
        AcceptanceCriterion c =
                AcceptanceCriterion.parsedOnFirstUse(
                        id,
                        written,
                        text,
                        src.span(r[0], r[1]),
                        readers.earsOnFirstUse(text, src, r[0], path),
                        attachments);
        earsAt.ears(c);
        cur.criteria.add(c);
    }

    private void addBlock(List<TextBlock> out, Node n) {
        int s = Md.start(doc, n);
        if (s < 0) {
            return;
        }
        int e = Md.trimEnd(src.text(), s, Md.end(doc, n));
        out.add(
                new TextBlock(
                        src.text().substring(s, Math.max(s, e)), src.span(s, Math.max(s, e))));
    }

    private void glossaryEntry(ListItem item) {
        int[] r = itemText(item);
        String text = src.text().substring(r[0], r[1]);
        Matcher m = GLOSSARY_ENTRY.matcher(text);
        if (!m.matches()) {
            return;
        }
        int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
        String term = m.group(g).strip();
        if (term.endsWith(":") || term.endsWith("：")) {
            term = term.substring(0, term.length() - 1).strip();
        }
        if (term.isEmpty()) {
            return;
        }
        glossary.add(
                new GlossaryTerm(
                        term,
                        m.group(4).strip(),
                        src.span(r[0] + m.start(g), r[0] + m.end(g)),
                        src.span(r[0], r[1])));
    }
}
