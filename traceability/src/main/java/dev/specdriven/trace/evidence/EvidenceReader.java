package dev.specdriven.trace.evidence;

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
     * {@code *.json} files with a {@code results} array as evidence files, source files for tags),
     * files are read by their name. Tags in test sources are then joined with the results.
     *
     * <p>This method is thread-safe.
     *
     * @param paths files and directories
     * @return the evidence
     * @throws IOException when a path does not exist or cannot be read
     */
    public Evidence read(Collection<Path> paths) throws IOException {
        Objects.requireNonNull(paths, "paths must not be null");
        Collector c = new Collector();
        List<String> sources = new ArrayList<>();
        for (Path p : paths) {
            Objects.requireNonNull(p, "paths must not contain null");
            if (!Files.exists(p)) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
            sources.add(p.toString());
            if (Files.isDirectory(p)) {
                walk(p, c);
            } else {
                readFile(p, p.getParent() == null ? Path.of(".") : p.getParent(), c);
            }
        }
        return c.join(sources);
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

    private void walk(Path root, Collector c) throws IOException {
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        if (!dir.equals(root) && SKIPPED_DIRS.contains(n) && !n.equals("target")) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        readFile(file, root, c);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    private void readFile(Path file, Path root, Collector c) throws IOException {
        String name = file.getFileName().toString();
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (rel.isEmpty()) {
            rel = name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml")) {
            if (lower.startsWith("test-") || lower.contains("junit") || lower.startsWith("test_")) {
                readJunitXml(rel, Files.readAllBytes(file), c);
            }
            return;
        }
        if (lower.endsWith(".json")) {
            byte[] bytes = Files.readAllBytes(file);
            if (new String(bytes, StandardCharsets.UTF_8).contains("\"results\"")) {
                readEvidenceJson(rel, bytes, c);
            }
            return;
        }
        int dot = lower.lastIndexOf('.');
        if (dot >= 0 && SOURCE_EXTENSIONS.contains(lower.substring(dot + 1))) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
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
            b.setErrorHandler(null);
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
        } catch (Exception e) {
            c.diagnostics.add(
                    TraceCode.EVIDENCE_UNREADABLE
                            .at(
                                    SourceSpan.at(SourcePosition.START),
                                    "cannot read JUnit XML report: " + e.getMessage())
                            .withFile(file));
        }
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

    private static void readEvidenceJson(String file, byte[] bytes, Collector c) {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            JsonNode results = root == null ? null : root.get("results");
            if (results == null || !results.isArray()) {
                throw new IOException("no results array");
            }
            for (JsonNode r : results) {
                String test = r.path("test").asText("");
                if (test.isEmpty()) {
                    continue;
                }
                List<EvidenceTarget> targets = new ArrayList<>();
                for (JsonNode t : r.path("criteria")) {
                    EvidenceTarget.parse(t.asText("")).ifPresent(targets::add);
                }
                TestStatus s = TestStatus.parse(r.path("status").asText(""));
                Optional<String> src =
                        r.hasNonNull("file")
                                ? Optional.of(r.get("file").asText())
                                : Optional.empty();
                Optional<Integer> line =
                        r.hasNonNull("line")
                                ? Optional.of(r.get("line").asInt())
                                : Optional.empty();
                c.json.add(
                        new EvidenceItem(
                                EvidenceKind.TEST, test, targets, s, src, line, "evidence-json"));
            }
        } catch (IOException | RuntimeException e) {
            c.diagnostics.add(
                    TraceCode.EVIDENCE_UNREADABLE
                            .at(
                                    SourceSpan.at(SourcePosition.START),
                                    "cannot read evidence JSON: " + e.getMessage())
                            .withFile(file));
        }
    }

    private void scan(String file, String text, Collector c) {
        boolean test = isTestFile(file);
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dot = base.indexOf('.');
        String simple = dot > 0 ? base.substring(0, dot) : base;
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
            String cls = pkg + simple;
            if (mm.find()) {
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
