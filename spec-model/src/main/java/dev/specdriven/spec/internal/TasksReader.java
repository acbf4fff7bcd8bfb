package dev.specdriven.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.DependencyGraph;
import dev.specdriven.spec.PropertyReference;
import dev.specdriven.spec.ReferenceList;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.SpecCode;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskGroup;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Reads {@code tasks.md}. */
final class TasksReader {

    /** The checkbox line from the list marker on: marker, box, optional star, rest. */
    static final Pattern TASK_LINE =
            Pattern.compile(
                    "^([ \\t]*)([-*+]|\\d{1,9}[.)])[ \\t]+\\[([^\\[\\]\\r\\n])\\](\\\\?\\*)?(?=[ \\t]|$)(.*)$");

    static final Pattern NUMBER =
            Pattern.compile(
                    "^[ \\t]*(\\*\\*|__)?[ \\t]*(\\d{1,9}(?:\\.\\d{1,9})*)\\.?(\\*)?(?=[ \\t]|$|\\*\\*|__)");

    static final Pattern GROUP_HEADING =
            Pattern.compile(
                    "^(?:(?:Task|Phase|Stage|Step|Milestone|Fase|Etapa|阶段|任务|タスク|フェーズ|Этап|Задача)\\s*)?(\\d{1,9})(?:\\.(?!\\d))?\\s*(?:[:：.\\-–—)]\\s*)?(.*)$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final Pattern GRAPH_HEADING =
            Pattern.compile(
                    "dependency graph|dependencies graph|execution waves|^waves$|依赖图|依存関係グラフ|依存グラフ",
                    Pattern.CASE_INSENSITIVE);

    private final String path;
    private final SourceText src;
    private final List<Diagnostic> diags;
    private Md.Doc doc;

    private final List<TaskBuilder> tasks = new ArrayList<>();
    private final List<TaskGroup> groups = new ArrayList<>();
    private DependencyGraph graph;
    private String currentGroup;
    private boolean inGraphSection;
    private int graphLevel;

    private final Limits limits;

    TasksReader(String path, SourceText src, List<Diagnostic> diags, Limits limits) {
        this.limits = limits;
        this.path = path;
        this.src = src;
        this.diags = new ArrayList<>(diags);
    }

    private static final class TaskBuilder {
        String number;
        String title;
        TaskState state;
        String marker;
        boolean optional;
        SourceSpan span;
        SourceSpan stateSpan;
        int indent;
        TaskBuilder nestingParent;
        String group;
        final List<ReferenceList> requirements = new ArrayList<>();
        final List<PropertyReference> properties = new ArrayList<>();
        final List<TextBlock> details = new ArrayList<>();
    }

    TasksDocument read() {
        doc = Md.parse(src, 1, limits, path, diags);
        List<Sections.H> hs = Sections.headings(doc);
        List<Section> sections = Sections.build(doc, hs);
        walkBlocks(doc.root, null);
        List<Task> out = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            TaskBuilder b = tasks.get(i);
            String id = b.number != null ? b.number : "#" + (i + 1);
            Optional<String> parent;
            if (b.number != null && b.number.indexOf('.') > 0) {
                parent = Optional.of(b.number.substring(0, b.number.lastIndexOf('.')));
            } else if (b.number != null) {
                parent = Optional.empty();
            } else if (b.nestingParent != null) {
                TaskBuilder p = b.nestingParent;
                parent = Optional.of(p.number != null ? p.number : "#" + (tasks.indexOf(p) + 1));
            } else {
                parent = Optional.ofNullable(b.group);
            }
            out.add(
                    new Task(
                            id,
                            Optional.ofNullable(b.number),
                            b.title,
                            b.state,
                            b.marker,
                            b.optional,
                            b.span,
                            b.stateSpan,
                            b.indent,
                            parent,
                            b.requirements,
                            b.properties,
                            b.details));
        }
        return new TasksDocument(
                path,
                src,
                Sections.title(hs),
                out,
                groups,
                Optional.ofNullable(graph),
                sections,
                diags);
    }

    /** Walks the children of a container block. */
    private void walkBlocks(Node parent, TaskBuilder owner) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading) {
                heading((Heading) n);
            } else if (n instanceof ListBlock) {
                list((ListBlock) n, owner);
            } else if (n instanceof FencedCodeBlock) {
                if (inGraphSection && graph == null) {
                    graph((FencedCodeBlock) n);
                }
            } else if (n instanceof HtmlBlock || n instanceof IndentedCodeBlock) {
                // skipped: commented-out tasks, code
            } else if (n instanceof Paragraph) {
                if (owner != null) {
                    detailLines(owner, Md.start(doc, n), Md.end(doc, n));
                }
            } else if (n instanceof Block) {
                walkBlocks(n, owner);
            }
        }
    }

    private void heading(Heading h) {
        int s = Md.start(doc, h);
        if (s < 0) {
            return;
        }
        String title = Md.headingText(doc, h);
        if (inGraphSection && h.getLevel() <= graphLevel) {
            inGraphSection = false;
        }
        if (GRAPH_HEADING.matcher(title).find() && !title.matches("^\\d.*")) {
            inGraphSection = true;
            graphLevel = h.getLevel();
        }
        Matcher m = GROUP_HEADING.matcher(title);
        if (h.getLevel() >= 2 && m.matches()) {
            currentGroup = m.group(1);
            groups.add(
                    new TaskGroup(
                            m.group(1),
                            title,
                            h.getLevel(),
                            src.span(s, Math.max(s, Md.end(doc, h)))));
        } else {
            currentGroup = null;
        }
    }

    private void list(ListBlock list, TaskBuilder owner) {
        TaskBuilder lastTaskInList = null;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem)) {
                continue;
            }
            ListItem item = (ListItem) n;
            TaskBuilder t = inGraphSection ? null : task(item, owner);
            if (t != null) {
                lastTaskInList = t;
                // rest of the first paragraph: continuation lines
                Node first = item.getFirstChild();
                if (first instanceof Paragraph && Md.lastLine(doc, first) > Md.line(doc, first)) {
                    int ls = src.lineStart(Md.line(doc, first) + 1);
                    detailLines(t, ls, Md.end(doc, first));
                }
                walkBlocks(item, t, first instanceof Paragraph ? first : null);
            } else {
                TaskBuilder o = lastTaskInList != null ? lastTaskInList : owner;
                if (o != null) {
                    Node first = item.getFirstChild();
                    if (first instanceof Paragraph) {
                        detailLines(o, Md.start(doc, first), Md.end(doc, first));
                        walkBlocks(item, o, first);
                    } else {
                        walkBlocks(item, o, null);
                    }
                } else {
                    walkBlocks(item, null, null);
                }
            }
        }
    }

    private void walkBlocks(Node parent, TaskBuilder owner, Node skip) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n == skip) {
                continue;
            }
            if (n instanceof Heading) {
                heading((Heading) n);
            } else if (n instanceof ListBlock) {
                list((ListBlock) n, owner);
            } else if (n instanceof Paragraph) {
                if (owner != null) {
                    detailLines(owner, Md.start(doc, n), Md.end(doc, n));
                }
            } else if (n instanceof FencedCodeBlock
                    || n instanceof HtmlBlock
                    || n instanceof IndentedCodeBlock) {
                if (owner != null) {
                    int s = Md.start(doc, n);
                    if (s >= 0) {
                        int e = Md.trimEnd(src.text(), s, Md.end(doc, n));
                        owner.details.add(
                                new TextBlock(
                                        src.text().substring(s, Math.max(s, e)),
                                        src.span(s, Math.max(s, e))));
                    }
                }
            } else if (n instanceof Block) {
                walkBlocks(n, owner, null);
            }
        }
    }

    /** A task from a list item, or null when the item is no checkbox line. */
    private TaskBuilder task(ListItem item, TaskBuilder owner) {
        int s = Md.start(doc, item);
        if (s < 0) {
            return null;
        }
        int line = Md.line(doc, item);
        int lineStart = src.lineStart(line);
        int le = src.lineEnd(line);
        if (!looksLikeTask(src.text(), s, le)) {
            return null;
        }
        String text = src.text().substring(s, le);
        Matcher m = TASK_LINE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        TaskBuilder t = new TaskBuilder();
        int boxChar = s + m.start(3);
        t.marker = m.group(3);
        t.state = TaskState.ofMarker(t.marker);
        t.stateSpan = src.span(boxChar, boxChar + 1);
        t.optional = m.group(4) != null;
        t.indent = s + m.start(2) - lineStart;
        t.span = src.span(s + m.start(1) + m.group(1).length(), Md.trimEnd(src.text(), s, le));
        String rest = m.group(5);
        Matcher nm = NUMBER.matcher(rest);
        String title;
        if (nm.lookingAt()) {
            t.number = nm.group(2);
            title = rest.substring(nm.end()).strip();
            if (nm.group(1) != null && title.endsWith(nm.group(1))) {
                title = title.substring(0, title.length() - 2).strip();
            }
            if (nm.group(3) != null) {
                t.optional = true;
            }
        } else {
            title = rest.strip();
            if (title.startsWith("**") && title.endsWith("**") && title.length() >= 4) {
                title = title.substring(2, title.length() - 2).strip();
            }
        }
        if (title.toLowerCase(java.util.Locale.ROOT).endsWith("(optional)")) {
            t.optional = true;
        }
        t.title = title;
        t.nestingParent = owner;
        t.group = currentGroup;
        if (t.state == TaskState.UNKNOWN) {
            diags.add(
                    SpecCode.UNKNOWN_TASK_STATE
                            .at(
                                    t.stateSpan,
                                    "unknown task state '["
                                            + t.marker
                                            + "]'"
                                            + (t.number != null ? " on task " + t.number : ""))
                            .withFile(path));
        }
        tasks.add(t);
        return t;
    }

    /** Classifies each line of [s, e) as a reference, property or free detail of a task. */
    private void detailLines(TaskBuilder t, int s, int e) {
        if (s < 0 || e < s) {
            return;
        }
        String text = src.text();
        int ls = s;
        while (ls < e) {
            int le = ls;
            while (le < e && text.charAt(le) != '\n' && text.charAt(le) != '\r') {
                le++;
            }
            detailLine(t, ls, le);
            ls = le;
            while (ls < e && (text.charAt(ls) == '\n' || text.charAt(ls) == '\r')) {
                ls++;
            }
        }
    }

    private void detailLine(TaskBuilder t, int ls, int le) {
        String line = src.text().substring(ls, le);
        if (line.isBlank()) {
            return;
        }
        Optional<ReferenceList> refs = Refs.labelLine(src, line, ls);
        if (refs.isPresent()) {
            t.requirements.add(refs.get());
            return;
        }
        boolean digit = hasDigit(line) && Refs.mayBeProperty(line);
        Matcher pm = Refs.PROPERTY_LINE.matcher(line);
        if (digit && pm.matches()) {
            String title = pm.group(2) == null ? "" : pm.group(2).strip();
            int cs = firstNonSpace(line);
            t.properties.add(
                    new PropertyReference(
                            pm.group(1),
                            title,
                            src.span(ls + cs, ls + Md.trimEnd(line, cs, line.length()))));
            return;
        }
        Matcher ps = Refs.PROPERTIES_LINE.matcher(line);
        if (digit
                && Refs.mayBeLabelLine(line)
                && ps.matches()
                && ps.group(1).matches("[\\d\\s,，、]+|[\\d\\s,，、]*\\d+\\s*(?:and|&)\\s*\\d+")) {
            List<PropertyReference> prs =
                    Refs.propertyTokens(src, line, ls, ps.start(1), ps.end(1));
            if (!prs.isEmpty()) {
                t.properties.addAll(prs);
                return;
            }
        }
        int cs = firstNonSpace(line);
        int ce = Md.trimEnd(line, cs, line.length());
        t.details.add(new TextBlock(line.substring(cs, ce), src.span(ls + cs, ls + ce)));
    }

    /** Cheap pre-check of {@link #TASK_LINE}: marker, blanks, then a bracket. */
    static boolean looksLikeTask(String t, int s, int e) {
        int i = s;
        while (i < e && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        if (i >= e) {
            return false;
        }
        char c = t.charAt(i);
        if (c == '-' || c == '*' || c == '+') {
            i++;
        } else if (c >= '0' && c <= '9') {
            while (i < e && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            if (i >= e || (t.charAt(i) != '.' && t.charAt(i) != ')')) {
                return false;
            }
            i++;
        } else {
            return false;
        }
        int blanks = i;
        while (i < e && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i > blanks && i < e && t.charAt(i) == '[';
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int firstNonSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private void graph(FencedCodeBlock code) {
        String info = code.getInfo() == null ? "" : code.getInfo().strip();
        String literal = code.getLiteral() == null ? "" : code.getLiteral();
        if (!(info.isEmpty() || info.toLowerCase(java.util.Locale.ROOT).startsWith("json"))
                || !literal.strip().startsWith("{")) {
            return;
        }
        SourceSpan span = Md.span(doc, code);
        List<DependencyGraph.Wave> waves = new ArrayList<>();
        try {
            JsonNode node = DocumentReaders.json().readTree(literal);
            JsonNode ws = node == null ? null : node.get("waves");
            if (ws == null || !ws.isArray()) {
                diags.add(
                        SpecCode.INVALID_DEPENDENCY_GRAPH
                                .at(span, "the dependency graph has no \"waves\" array")
                                .withFile(path));
            } else {
                int i = 0;
                for (JsonNode w : ws) {
                    JsonNode id = w.get("id");
                    JsonNode ts = w.get("tasks");
                    List<String> ids = new ArrayList<>();
                    if (ts != null && ts.isArray()) {
                        ts.forEach(x -> ids.add(x.asText()));
                    }
                    waves.add(
                            new DependencyGraph.Wave(
                                    id == null ? String.valueOf(i) : id.asText(), ids));
                    i++;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            int nl = Md.indexOfBreak(msg);
            diags.add(
                    SpecCode.INVALID_DEPENDENCY_GRAPH
                            .at(
                                    span,
                                    "the dependency graph is not valid JSON: "
                                            + (nl < 0 ? msg : msg.substring(0, nl)))
                            .withFile(path));
        }
        graph = new DependencyGraph(waves, literal, span);
    }
}
