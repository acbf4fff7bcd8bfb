package dev.specdriven.trace.evidence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.trace.TraceCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads evidence: requirement tags in source trees, JUnit/Surefire XML reports ({@code TEST-*.xml})
 * and specdriven evidence JSON files, and joins tags found in test sources with test results by
 * class and method.
 *
 * <p>Recognised tags (the comment form is configurable with {@link Builder#tagPattern(Pattern)}):
 *
 * <ul>
 *   <li>{@code @Verifies("checkout:2.3")}, {@code @Verifies({"checkout:2.3", "checkout:2.4"})} —
 *       the annotation name is configurable with {@link Builder#annotation(String)};
 *   <li>{@code // Verifies: checkout 2.3, 2.4} or {@code # Verifies: checkout:2.3} in any comment
 *       syntax.
 * </ul>
 *
 * <p>A tag applies to the next method (or function) declared after it; a tag before the class
 * declaration applies to every test of the class. Files under a {@code test}/{@code tests}
 * directory or named like tests ({@code *Test.java}, {@code test_*.py}, {@code *.test.ts}) are
 * tests; tags elsewhere are code evidence.
 *
 * <p>Evidence JSON ({@code schemaVersion} 1):
 *
 * <pre>{@code
 * {"schemaVersion": 1,
 *  "results": [{"test": "com.x.CheckoutTest#total", "criteria": ["checkout:2.3"], "status": "PASSED"}]}
 * }</pre>
 *
 * <pre>{@code
 * Evidence ev = EvidenceReader.create().read(List.of(Path.of("src/test/java"),
 *         Path.of("target/surefire-reports")));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EvidenceReader {

    /**
     * The default comment tag: {@code Verifies: <spec> <ids>} or {@code Verifies: <spec>:<ids>}.
     */
    public static final Pattern DEFAULT_TAG_PATTERN =
            Pattern.compile(
                    "\\bVerifies:\\s*(?<spec>[\\w.\\-]+?)(?:\\s*:\\s*|\\s+)(?<ids>[\\w.\\-]+(?:\\s*,\\s*[\\w.\\-]+)*)");

    /** The default annotation name, {@code Verifies}. */
    public static final String DEFAULT_ANNOTATION = "Verifies";

    /** Source file extensions scanned for tags. */
    public static final Set<String> SOURCE_EXTENSIONS =
            Set.of(
                    "java", "kt", "kts", "groovy", "scala", "ts", "tsx", "js", "jsx", "mjs", "py",
                    "go", "rs", "cs", "rb", "swift", "php", "c", "cc", "cpp", "h", "hpp");

    private static final Set<String> SKIPPED_DIRS =
            Set.of(".git", "node_modules", "target", "build", "dist", ".gradle", ".idea", "out");

    private static final Pattern METHOD =
            Pattern.compile(
                    "\\b(?:void|fun|def|func|async\\s+def)\\s+(?<m>[A-Za-z_$][\\w$]*)\\s*\\(|\\b(?:it|test)\\s*\\(\\s*['\"`](?<js>[^'\"`]+)");
    private static final Pattern CLASS =
            Pattern.compile(
                    "\\b(?:class|object|describe)\\b\\s*\\(?\\s*['\"`]?(?<c>[A-Za-z_$][\\w$ ]*)");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Pattern tagPattern;
    private final Pattern annotationPattern;
    private final String prefilter;

    private EvidenceReader(Builder b) {
        this.tagPattern = b.tagPattern;
        this.annotationPattern =
                Pattern.compile("@" + Pattern.quote(b.annotation) + "\\s*\\(([^)]*)\\)");
        this.prefilter = b.prefilter;
    }

    /**
     * A reader with the default tags.
     *
     * @return the reader
     */
    public static EvidenceReader create() {
        return builder().build();
    }

    /**
     * A builder to configure the tags.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads every path: directories are walked ({@code TEST-*.xml} files as Surefire reports,
     * {@code *.json} files with a {@code results} array or named like {@code *evidence*.json} as
     * evidence files, source files for tags), files are read by their name ({@code *.xml} as a
     * JUnit report, {@code *.json} as an evidence file, a source file for tags). Tags in test
     * sources are then joined with the results.
     *
     * <p>An input that cannot be read never stops the others: a path that does not exist, a file
     * that cannot be read, a report that is not well-formed XML, an evidence file that is not JSON
     * or lacks its {@code results} array, an entry without a test name: each is a {@link
     * dev.specdriven.trace.TraceCode#EVIDENCE_UNREADABLE} diagnostic in {@link
     * Evidence#diagnostics()}, with the path as given (joined with the file's path inside a walked
     * directory) and the line and column the parser reported.
     *
     * <p>This method is thread-safe.
     *
     * @param paths files and directories
     * @return the evidence, with a diagnostic per unreadable input
     */
    public Evidence read(Collection<Path> paths) {
        Objects.requireNonNull(paths, "paths must not be null");
        Collector c = new Collector();
        List<String> sources = new ArrayList<>();
        for (Path p : paths) {
            Objects.requireNonNull(p, "paths must not contain null");
            sources.add(p.toString());
            String shown = slashes(p.toString());
            if (!Files.exists(p)) {
                c.unreadable(
                        shown,
                        SourcePosition.START,
                        "evidence path " + shown + " does not exist (no such file or directory)");
            } else if (Files.isDirectory(p)) {
                walk(p, c);
            } else {
                readFile(p, p.getParent() == null ? Path.of(".") : p.getParent(), c, true);
            }
        }
        return c.join(sources);
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }

    /**
     * Scans one source text for tags (no file access).
     *
     * @param file the file name relative to its tree, used to tell tests from code and for
     *     positions
     * @param text the source text
     * @return the tags found, not joined with any result
     */
    public List<EvidenceItem> scanSource(String file, String text) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Collector c = new Collector();
        scan(file, text, c);
        return List.copyOf(c.tags);
    }

    private void walk(Path root, Collector c) {
        try {
            Files.walkFileTree(
                    root,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path dir, BasicFileAttributes attrs) {
                            String n =
                                    dir.getFileName() == null ? "" : dir.getFileName().toString();
                            if (!dir.equals(root)
                                    && SKIPPED_DIRS.contains(n)
                                    && !n.equals("target")) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            readFile(file, root, c, false);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            c.unreadable(
                                    slashes(file.toString()),
                                    SourcePosition.START,
                                    "cannot read " + slashes(file.toString()) + ": " + reason(e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | RuntimeException e) {
            c.unreadable(
                    slashes(root.toString()),
                    SourcePosition.START,
                    "cannot read evidence directory "
                            + slashes(root.toString())
                            + ": "
                            + reason(e));
        }
    }

    /** A short reason for an I/O failure: the exception kind and its message. */
    private static String reason(Exception e) {
        String kind =
                e instanceof java.nio.file.NoSuchFileException
                        ? "no such file"
                        : e instanceof java.nio.file.AccessDeniedException
                                ? "access denied"
                                : e.getClass().getSimpleName();
        String m = e.getMessage();
        return m == null || kind.equals("no such file") || kind.equals("access denied")
                ? kind
                : kind + " (" + m + ")";
    }

    /**
     * Reads one file by its name. {@code explicit} files were named by the caller: they must be
     * evidence (an XML report, an evidence JSON file or a source file), anything else is reported.
     */
    private void readFile(Path file, Path root, Collector c, boolean explicit) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (rel.isEmpty()) {
            rel = name;
        }
        // the path as the user wrote it, joined with the path inside a walked directory
        String shown = slashes(explicit ? file.toString() : root.resolve(rel).toString());
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        boolean source = dot >= 0 && SOURCE_EXTENSIONS.contains(lower.substring(dot + 1));
        boolean xml = lower.endsWith(".xml");
        boolean json = lower.endsWith(".json");
        if (xml
                && !explicit
                && !(lower.startsWith("test-")
                        || lower.contains("junit")
                        || lower.startsWith("test_"))) {
            return;
        }
        if (!xml && !json && !source) {
            if (explicit) {
                c.unreadable(
                        shown,
                        SourcePosition.START,
                        shown
                                + " is not an evidence file: name a directory, a JUnit XML report"
                                + " (*.xml), an evidence file (*.json) or a test source");
            }
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            c.unreadable(shown, SourcePosition.START, "cannot read " + shown + ": " + reason(e));
            return;
        }
        if (xml) {
            readJunitXml(shown, bytes, c);
        } else if (json) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (explicit || lower.contains("evidence") || text.contains("\"results\"")) {
                readEvidenceJson(shown, text, c);
            }
        } else {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (prefilter.isEmpty() || text.contains(prefilter)) {
                scan(rel, text, c);
            }
        }
    }

    /**
     * Parses a JUnit/Surefire XML report.
     *
     * @param file its name, for diagnostics
     * @param bytes its content
     * @return the results keyed by {@code class#method}, with the diagnostics
     */
    List<EvidenceItem> parseJunitXml(String file, byte[] bytes) {
        Collector c = new Collector();
        readJunitXml(file, bytes, c);
        List<EvidenceItem> out = new ArrayList<>();
        c.results.forEach(
                (k, v) ->
                        out.add(
                                new EvidenceItem(
                                        EvidenceKind.TEST,
                                        k,
                                        List.of(),
                                        v,
                                        Optional.of(file),
                                        Optional.empty(),
                                        "junit-xml")));
        return out;
    }

    private static void readJunitXml(String file, byte[] bytes, Collector c) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(SILENT); // the default handler prints to standard error
            Document d;
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                d = b.parse(in);
            }
            NodeList cases = d.getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element e = (Element) cases.item(i);
                String cls = e.getAttribute("classname");
                String name = methodName(e.getAttribute("name"));
                TestStatus s = TestStatus.PASSED;
                NodeList children = e.getChildNodes();
                for (int j = 0; j < children.getLength(); j++) {
                    Node n = children.item(j);
                    if (n.getNodeType() != Node.ELEMENT_NODE) {
                        continue;
                    }
                    String tag = n.getNodeName();
                    if (tag.equals("failure") || tag.equals("error")) {
                        s = TestStatus.FAILED;
                    } else if (tag.equals("skipped") && s != TestStatus.FAILED) {
                        s = TestStatus.SKIPPED;
                    }
                }
                c.result(cls + "#" + name, s);
            }
        } catch (org.xml.sax.SAXParseException e) {
            c.unreadable(
                    file,
                    position(
                            new String(bytes, StandardCharsets.UTF_8),
                            e.getLineNumber(),
                            e.getColumnNumber()),
                    "cannot read JUnit XML report " + file + ": " + e.getMessage());
        } catch (Exception e) {
            c.unreadable(
                    file,
                    SourcePosition.START,
                    "cannot read JUnit XML report " + file + ": " + e.getMessage());
        }
    }

    /** Reports every XML problem by throwing it (the parse stops at the first error). */
    private static final org.xml.sax.ErrorHandler SILENT =
            new org.xml.sax.ErrorHandler() {
                @Override
                public void warning(org.xml.sax.SAXParseException e) {}

                @Override
                public void error(org.xml.sax.SAXParseException e)
                        throws org.xml.sax.SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e)
                        throws org.xml.sax.SAXParseException {
                    throw e;
                }
            };

    /**
     * The position of a parser's 1-based line and column in a text (clamped into the text; line 1,
     * column 1 when the parser knew none).
     */
    static SourcePosition position(String text, int line, int column) {
        if (line < 1) {
            return SourcePosition.START;
        }
        int offset = 0;
        int l = 1;
        while (l < line && offset < text.length()) {
            char ch = text.charAt(offset++);
            if (ch == '\n'
                    || (ch == '\r' && (offset >= text.length() || text.charAt(offset) != '\n'))) {
                l++;
            }
        }
        int col = Math.max(1, column);
        return new SourcePosition(l, col, Math.min(text.length(), offset + col - 1));
    }

    private static String methodName(String name) {
        String n = name.strip();
        int p = n.indexOf('(');
        if (p > 0) {
            n = n.substring(0, p);
        }
        int b = n.indexOf('[');
        if (b > 0) {
            n = n.substring(0, b);
        }
        return n.strip();
    }

    private static void readEvidenceJson(String file, String text, Collector c) {
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                c.unreadable(
                        file,
                        at(p.currentTokenLocation()),
                        "evidence file " + file + " is not a JSON object with a \"results\" array");
                return;
            }
            boolean found = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (!"results".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                found = true;
                if (v != JsonToken.START_ARRAY) {
                    c.unreadable(
                            file,
                            at(p.currentTokenLocation()),
                            "\"results\" of evidence file " + file + " is not an array");
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    SourcePosition where = at(p.currentTokenLocation());
                    JsonNode r = MAPPER.readTree(p);
                    result(file, where, r, c);
                }
            }
            if (!found) {
                c.unreadable(
                        file,
                        SourcePosition.START,
                        "evidence file " + file + " has no \"results\" array");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            c.unreadable(
                    file,
                    e.getLocation() == null ? SourcePosition.START : at(e.getLocation()),
                    "evidence file " + file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            c.unreadable(
                    file,
                    SourcePosition.START,
                    "cannot read evidence file " + file + ": " + reason(e));
        }
    }

    /** One entry of the {@code results} array, at {@code where} in {@code file}. */
    private static void result(String file, SourcePosition where, JsonNode r, Collector c) {
        String test = r == null || !r.isObject() ? "" : r.path("test").asText("");
        if (test.isEmpty()) {
            c.unreadable(
                    file,
                    where,
                    "evidence entry without a \"test\" name in "
                            + file
                            + " (expected {\"test\": \"com.x.FooTest#bar\", \"criteria\": [...],"
                            + " \"status\": \"PASSED\"})");
            return;
        }
        List<EvidenceTarget> targets = new ArrayList<>();
        for (JsonNode t : r.path("criteria")) {
            Optional<EvidenceTarget> target = EvidenceTarget.parse(t.asText(""));
            if (target.isPresent()) {
                targets.add(target.get());
            } else {
                c.unreadable(
                        file,
                        where,
                        "evidence entry "
                                + test
                                + " in "
                                + file
                                + " cites '"
                                + t.asText("")
                                + "', which is not <spec>:<criterion>");
            }
        }
        TestStatus s = TestStatus.parse(r.path("status").asText(""));
        // without a source position of its own, the entry is where the evidence file says it
        boolean hasFile = r.hasNonNull("file");
        Optional<String> src = Optional.of(hasFile ? r.get("file").asText() : file);
        Optional<Integer> line =
                r.hasNonNull("line")
                        ? Optional.of(r.get("line").asInt())
                        : hasFile ? Optional.empty() : Optional.of(where.line());
        c.json.add(
                new EvidenceItem(EvidenceKind.TEST, test, targets, s, src, line, "evidence-json"));
    }

    private static SourcePosition at(com.fasterxml.jackson.core.JsonLocation l) {
        int line = Math.max(1, l.getLineNr());
        int column = Math.max(1, l.getColumnNr());
        long offset = l.getCharOffset();
        return new SourcePosition(
                line, column, (int) Math.max(0, Math.min(Integer.MAX_VALUE, offset)));
    }

    private void scan(String file, String text, Collector c) {
        boolean test = isTestFile(file);
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dot = base.indexOf('.');
        String simple = dot > 0 ? base.substring(0, dot) : base;
        // JVM sources: nested classes are named Outer$Inner, as JUnit and Surefire name them
        Classes classes = Classes.jvm(base) ? new Classes() : null;
        String pkg = "";
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<EvidenceTarget> pending = new ArrayList<>();
        int pendingLine = 0;
        String currentClass = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (pkg.isEmpty()) {
                Matcher pm = PACKAGE.matcher(line);
                if (pm.find()) {
                    pkg = pm.group(1).replaceAll(";$", "") + ".";
                }
            }
            String declared = classes == null ? null : classes.declaration(line);
            try {
                List<EvidenceTarget> found = tags(line);
                if (!found.isEmpty()) {
                    if (!test) {
                        c.tags.add(
                                new EvidenceItem(
                                        EvidenceKind.CODE,
                                        file + ":" + (i + 1),
                                        found,
                                        TestStatus.NOT_RUN,
                                        Optional.of(file),
                                        Optional.of(i + 1),
                                        "tag"));
                        continue;
                    }
                    if (pending.isEmpty()) {
                        pendingLine = i + 1;
                    }
                    pending.addAll(found);
                    // a tag and a declaration may share a line
                }
                if (!test || pending.isEmpty()) {
                    Matcher cm = CLASS.matcher(line);
                    if (test && currentClass == null && cm.find() && !isComment(line)) {
                        currentClass = pkg + simple;
                    }
                    continue;
                }
                if (isComment(line) && found.isEmpty()) {
                    continue;
                }
                String lineNoTag = stripTags(line);
                Matcher mm = METHOD.matcher(lineNoTag);
                Matcher cm = CLASS.matcher(lineNoTag);
                String cls =
                        classes == null || classes.isEmpty()
                                ? pkg + simple
                                : pkg + classes.name(declared);
                if (declared != null && !mm.find(0)) {
                    // a tag before a (nested) class declaration applies to the whole class
                    currentClass = cls;
                    c.tags.add(
                            new EvidenceItem(
                                    EvidenceKind.TEST,
                                    cls,
                                    pending,
                                    TestStatus.NOT_RUN,
                                    Optional.of(file),
                                    Optional.of(pendingLine),
                                    "tag"));
                    pending = new ArrayList<>();
                } else if (mm.find(0)) {
                    String m = mm.group("m") != null ? mm.group("m") : mm.group("js");
                    c.tags.add(
                            new EvidenceItem(
                                    EvidenceKind.TEST,
                                    cls + "#" + m,
                                    pending,
                                    TestStatus.NOT_RUN,
                                    Optional.of(file),
                                    Optional.of(pendingLine),
                                    "tag"));
                    pending = new ArrayList<>();
                } else if (currentClass == null && cm.find() && !isComment(lineNoTag)) {
                    currentClass = cls;
                    c.tags.add(
                            new EvidenceItem(
                                    EvidenceKind.TEST,
                                    cls,
                                    pending,
                                    TestStatus.NOT_RUN,
                                    Optional.of(file),
                                    Optional.of(pendingLine),
                                    "tag"));
                    pending = new ArrayList<>();
                }
            } finally {
                if (classes != null) {
                    classes.endLine(line, declared);
                }
            }
        }
        if (!pending.isEmpty()) {
            c.tags.add(
                    new EvidenceItem(
                            EvidenceKind.TEST,
                            pkg + simple,
                            pending,
                            TestStatus.NOT_RUN,
                            Optional.of(file),
                            Optional.of(pendingLine),
                            "tag"));
        }
    }

    /**
     * The classes enclosing the current line of a JVM source (Java, Kotlin, Groovy, Scala), by
     * counting braces outside string literals and comments. Not thread-safe; one per scan.
     */
    private static final class Classes {
        private static final Pattern DECLARATION =
                Pattern.compile(
                        "\\b(?:class|interface|enum|record|object)\\s++([A-Za-z_$][\\w$]*+)");

        /** Names of the open classes, outermost first, and the brace depth each opened at. */
        private final List<String> names = new ArrayList<>();

        private final List<Integer> depths = new ArrayList<>();
        private final List<Boolean> opened = new ArrayList<>();

        /**
         * Lines an unopened declaration may still open on (a multi-line header, a brace on the next
         * line); a body-less one ({@code data class P(val x: Int)}) is then dropped.
         */
        private final List<Integer> grace = new ArrayList<>();

        private int depth;
        private boolean blockComment;

        static boolean jvm(String fileName) {
            String f = fileName.toLowerCase(Locale.ROOT);
            return f.endsWith(".java")
                    || f.endsWith(".kt")
                    || f.endsWith(".kts")
                    || f.endsWith(".groovy")
                    || f.endsWith(".scala");
        }

        boolean isEmpty() {
            return names.isEmpty();
        }

        /** The class a line declares, or null (comment lines declare nothing). */
        String declaration(String line) {
            if (blockComment || isComment(line)) {
                return null;
            }
            Matcher m = DECLARATION.matcher(line);
            return m.find() ? m.group(1) : null;
        }

        /** The binary name ({@code Outer$Inner}) of the innermost class, with a declared one. */
        String name(String declared) {
            StringBuilder sb = new StringBuilder();
            for (String n : names) {
                sb.append(sb.length() == 0 ? "" : "$").append(n);
            }
            if (declared != null) {
                sb.append(sb.length() == 0 ? "" : "$").append(declared);
            }
            return sb.toString();
        }

        /** Opens the declared class and follows the braces of the line. */
        void endLine(String line, String declared) {
            if (declared != null) {
                names.add(declared);
                depths.add(depth);
                opened.add(false);
                grace.add(3);
            }
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
                if (blockComment) {
                    if (ch == '*' && next == '/') {
                        blockComment = false;
                        i++;
                    }
                } else if (quote != 0) {
                    if (ch == '\\') {
                        i++;
                    } else if (ch == quote) {
                        quote = 0;
                    }
                } else if (ch == '/' && next == '/') {
                    break;
                } else if (ch == '/' && next == '*') {
                    blockComment = true;
                    i++;
                } else if (ch == '"' || ch == '\'') {
                    quote = ch;
                } else if (ch == '{') {
                    depth++;
                } else if (ch == '}') {
                    depth = Math.max(0, depth - 1);
                }
            }
            boolean blank = line.isBlank();
            for (int k = names.size() - 1; k >= 0; k--) {
                if (depth > depths.get(k)) {
                    opened.set(k, true);
                } else if (opened.get(k)) {
                    remove(k);
                } else if (!blank) {
                    grace.set(k, grace.get(k) - 1);
                    if (grace.get(k) <= 0) {
                        remove(k);
                    }
                }
            }
        }

        private void remove(int k) {
            names.remove(k);
            depths.remove(k);
            opened.remove(k);
            grace.remove(k);
        }
    }

    private static boolean isComment(String line) {
        String t = line.strip();
        return t.startsWith("//") || t.startsWith("#") || t.startsWith("*") || t.startsWith("/*");
    }

    private String stripTags(String line) {
        String s = annotationPattern.matcher(line).replaceAll(" ");
        return tagPattern.matcher(s).replaceAll(" ");
    }

    private List<EvidenceTarget> tags(String line) {
        List<EvidenceTarget> out = new ArrayList<>();
        Matcher a = annotationPattern.matcher(line);
        while (a.find()) {
            Matcher q = QUOTED.matcher(a.group(1));
            while (q.find()) {
                for (String part : q.group(1).split(",")) {
                    EvidenceTarget.parse(part).ifPresent(out::add);
                }
            }
        }
        Matcher m = tagPattern.matcher(line);
        while (m.find()) {
            String spec = m.group("spec");
            for (String id : m.group("ids").split("[,\\s]+")) {
                String t = id.strip().replaceAll("[.]+$", "");
                if (!t.isEmpty() && !spec.isEmpty()) {
                    out.add(new EvidenceTarget(spec, t));
                }
            }
        }
        return out;
    }

    /**
     * Whether a path names a test source: a {@code test}, {@code tests} or {@code __tests__}
     * directory, or a test-like file name.
     *
     * @param file a path with {@code /} separators
     * @return true for a test source
     */
    public static boolean isTestFile(String file) {
        String f = "/" + file.replace('\\', '/').toLowerCase(Locale.ROOT);
        if (f.contains("/test/") || f.contains("/tests/") || f.contains("/__tests__/")) {
            return true;
        }
        String name = f.substring(f.lastIndexOf('/') + 1);
        return name.matches(".*(test|tests|spec|it)\\.[a-z]+")
                || name.startsWith("test_")
                || name.matches(".*\\.(test|spec)\\.[a-z]+")
                || name.matches(".*_test\\.[a-z]+");
    }

    private static final class Collector {
        final List<EvidenceItem> tags = new ArrayList<>();
        final List<EvidenceItem> json = new ArrayList<>();
        final Map<String, TestStatus> results = new LinkedHashMap<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();

        void result(String key, TestStatus s) {
            results.merge(key, s, TestStatus::combine);
        }

        void unreadable(String file, SourcePosition at, String message) {
            diagnostics.add(
                    TraceCode.EVIDENCE_UNREADABLE.at(SourceSpan.at(at), message).withFile(file));
        }

        Evidence join(List<String> sources) {
            // class-level results, for class-level tags
            Map<String, TestStatus> byClass = new LinkedHashMap<>();
            results.forEach(
                    (k, v) ->
                            byClass.merge(k.substring(0, k.indexOf('#')), v, TestStatus::combine));
            Map<String, EvidenceItem> tests = new TreeMap<>();
            List<EvidenceItem> code = new ArrayList<>();
            for (EvidenceItem t : tags) {
                if (t.kind() == EvidenceKind.CODE) {
                    code.add(t);
                    continue;
                }
                TestStatus s =
                        t.name().contains("#")
                                ? results.getOrDefault(t.name(), TestStatus.NOT_RUN)
                                : byClass.getOrDefault(t.name(), TestStatus.NOT_RUN);
                merge(tests, withStatus(t, s));
            }
            for (EvidenceItem j : json) {
                merge(tests, j);
            }
            List<EvidenceItem> items = new ArrayList<>(tests.values());
            items.addAll(code);
            return new Evidence(items, diagnostics, sources);
        }

        private static EvidenceItem withStatus(EvidenceItem t, TestStatus s) {
            return new EvidenceItem(
                    t.kind(), t.name(), t.targets(), s, t.file(), t.line(), t.origin());
        }

        private static void merge(Map<String, EvidenceItem> tests, EvidenceItem item) {
            EvidenceItem old = tests.get(item.name());
            if (old == null) {
                tests.put(item.name(), item);
                return;
            }
            List<EvidenceTarget> targets = new ArrayList<>(old.targets());
            for (EvidenceTarget t : item.targets()) {
                if (!targets.contains(t)) {
                    targets.add(t);
                }
            }
            tests.put(
                    item.name(),
                    new EvidenceItem(
                            EvidenceKind.TEST,
                            item.name(),
                            targets,
                            old.status().combine(item.status()),
                            old.file().or(item::file),
                            old.line().or(item::line),
                            old.origin()));
        }
    }

    /** Configures an {@link EvidenceReader}. */
    public static final class Builder {
        private Pattern tagPattern = DEFAULT_TAG_PATTERN;
        private String annotation = DEFAULT_ANNOTATION;
        private String prefilter = "Verifies";

        private Builder() {}

        /**
         * The comment tag pattern; it must have the named groups {@code spec} and {@code ids}
         * ({@code ids} separated by commas or spaces).
         *
         * @param pattern the pattern
         * @return {@code this}
         * @throws IllegalArgumentException when a named group is missing
         */
        public Builder tagPattern(Pattern pattern) {
            Objects.requireNonNull(pattern, "pattern must not be null");
            String p = pattern.pattern();
            if (!p.contains("?<spec>") || !p.contains("?<ids>")) {
                throw new IllegalArgumentException(
                        "tag pattern needs the named groups 'spec' and 'ids': " + p);
            }
            this.tagPattern = pattern;
            this.prefilter = "";
            return this;
        }

        /**
         * The annotation name ({@code Verifies} by default, without {@code @}).
         *
         * @param name the simple annotation name
         * @return {@code this}
         */
        public Builder annotation(String name) {
            Objects.requireNonNull(name, "name must not be null");
            if (!name.matches("[A-Za-z_$][\\w$.]*")) {
                throw new IllegalArgumentException("not an annotation name: " + name);
            }
            this.annotation = name;
            if (!prefilter.isEmpty() && !name.equals(DEFAULT_ANNOTATION)) {
                this.prefilter = "";
            }
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         */
        public EvidenceReader build() {
            return new EvidenceReader(this);
        }
    }
}
