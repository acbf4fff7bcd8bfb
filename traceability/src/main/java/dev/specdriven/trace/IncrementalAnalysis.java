package dev.specdriven.trace;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.BugfixDocument;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.DocumentKind;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.SteeringDocument;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.Workspace;
import dev.specdriven.spec.WorkspaceLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Keeps the analysis of a workspace (specs, check diagnostics, trace findings, coverage and
 * lifecycle) up to date while files change, re-reading only what changed.
 *
 * <p>Links never cross spec folders, so the analysis of a workspace is the union of the analyses of
 * its specs. {@link #update(Path)} re-parses only the changed document (or, when a file appears or
 * disappears, the one spec folder concerned), rebuilds that spec's graph, diagnostics and findings,
 * and returns a {@link Delta}. Changes the reader cannot attribute to one spec (the workspace
 * layout changing, {@code .kiro/specs} itself deleted) fall back to re-reading the workspace,
 * reusing the analysis of every unchanged spec. The results always equal those of a from-scratch
 * {@link SpecParser#read(Path)}, {@link SpecChecker#check(Workspace)} and {@link
 * TraceGraph#of(Workspace)}.
 *
 * <pre>{@code
 * IncrementalAnalysis analysis = IncrementalAnalysis.open(Path.of("my-project"));
 * System.out.println(analysis.snapshot().coverage());          // totals of the whole workspace
 * // ... .kiro/specs/auth/tasks.md was saved:
 * IncrementalAnalysis.Delta d = analysis.update(Path.of("my-project/.kiro/specs/auth/tasks.md"));
 * d.addedFindings().forEach(f -> System.out.println("+ " + f.diagnostic()));
 * d.removedFindings().forEach(f -> System.out.println("- " + f.diagnostic()));
 * TraceGraph whole = analysis.snapshot().graph();              // built lazily, on request
 * }</pre>
 *
 * <p>This class is thread-safe: updates are serialized, and {@link #snapshot()} returns an
 * immutable, consistent view that may be read from any thread while later updates run. Test
 * evidence is not part of the incremental analysis; build a {@link TraceGraph} with {@link
 * TraceGraph.Builder#evidence} from {@link Snapshot#workspace()} for that.
 */
public final class IncrementalAnalysis {
    private static final Comparator<Diagnostic> ORDER =
            Comparator.comparing((Diagnostic d) -> d.file().orElse(""))
                    .thenComparingInt(d -> d.span().startOffset())
                    .thenComparing(Diagnostic::code);

    private final Path root;
    private final SpecParser parser;
    private final Object lock = new Object();
    private volatile Snapshot current;

    private IncrementalAnalysis(Path root, SpecParser parser) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.parser = parser;
        this.current = fullRead(null, 0);
    }

    /**
     * Reads and analyses a workspace with the default parser.
     *
     * @param root the workspace directory
     * @return the analysis
     * @throws IOException when {@code root} is not a readable directory
     */
    public static IncrementalAnalysis open(Path root) throws IOException {
        return open(root, SpecParser.create());
    }

    /**
     * Reads and analyses a workspace (spec folders in parallel when the parser is parallel).
     *
     * @param root the workspace directory
     * @param parser the parser to read documents with
     * @return the analysis
     * @throws IOException when {@code root} is not a readable directory
     */
    public static IncrementalAnalysis open(Path root, SpecParser parser) throws IOException {
        Objects.requireNonNull(root, "root must not be null");
        Objects.requireNonNull(parser, "parser must not be null");
        return new IncrementalAnalysis(root, parser);
    }

    /**
     * The workspace directory (absolute, normalised).
     *
     * @return the root
     */
    public Path root() {
        return root;
    }

    /**
     * The current state. This method is thread-safe and never blocks.
     *
     * @return an immutable snapshot
     */
    public Snapshot snapshot() {
        return current;
    }

    /**
     * Takes one changed, created or deleted file or folder into account.
     *
     * @param changed the path (absolute, or relative to the workspace root)
     * @return what changed
     * @throws UncheckedIOException as {@link #update(Collection)}
     */
    public Delta update(Path changed) {
        Objects.requireNonNull(changed, "changed must not be null");
        return update(List.of(changed));
    }

    /**
     * Takes several changed, created or deleted files or folders into account at once.
     *
     * @param changed the paths (absolute, or relative to the workspace root)
     * @return what changed, over all of them
     * @throws UncheckedIOException when the change needs a full re-read and the workspace root is
     *     no longer a readable directory (the analysis is then left unchanged)
     */
    public Delta update(Collection<Path> changed) {
        Objects.requireNonNull(changed, "changed must not be null");
        synchronized (lock) {
            Snapshot before = current;
            Map<String, SpecAnalysis> specs = new TreeMap<>(before.byPath);
            List<SteeringDocument> steering = new ArrayList<>(before.workspace().steering());
            boolean full = false;
            Set<Path> seen = new LinkedHashSet<>();
            for (Path p : changed) {
                Objects.requireNonNull(p, "changed must not contain null");
                Path abs = root.resolve(p).toAbsolutePath().normalize();
                if (!seen.add(abs)) {
                    continue;
                }
                if (!apply(before.workspace().layout(), abs, specs, steering)) {
                    full = true;
                    break;
                }
            }
            Snapshot after;
            if (full || specs.isEmpty()) { // no spec left: the layout changes
                try {
                    after = fullRead(before, before.version + 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                after =
                        new Snapshot(
                                new Workspace(
                                        before.workspace().root(),
                                        before.workspace().layout(),
                                        specs.values().stream().map(SpecAnalysis::spec).toList(),
                                        steering.stream()
                                                .sorted(Comparator.comparing(SpecDocument::path))
                                                .toList(),
                                        before.workspace().diagnostics()),
                                specs,
                                before.version + 1);
            }
            current = after;
            return Delta.between(before, after);
        }
    }

    /**
     * Re-reads the whole workspace, reusing the analysis of unchanged specs.
     *
     * @return what changed
     * @throws IOException when the root is no longer a readable directory
     */
    public Delta reload() throws IOException {
        synchronized (lock) {
            Snapshot before = current;
            Snapshot after = fullRead(before, before.version + 1);
            current = after;
            return Delta.between(before, after);
        }
    }

    // ------------------------------------------------------------------ internals

    private Snapshot fullRead(Snapshot previous, long version) throws IOException {
        Workspace ws = parser.read(root);
        Map<String, SpecAnalysis> byPath = new TreeMap<>();
        ws.specs().parallelStream()
                .map(
                        s -> {
                            SpecAnalysis old =
                                    previous == null ? null : previous.byPath.get(s.path());
                            return old != null && old.spec().equals(s) ? old : SpecAnalysis.of(s);
                        })
                .toList()
                .forEach(a -> byPath.put(a.spec().path(), a));
        return new Snapshot(ws, byPath, version);
    }

    /** Applies one path; false when only a full re-read can tell. */
    private boolean apply(
            WorkspaceLayout layout,
            Path abs,
            Map<String, SpecAnalysis> specs,
            List<SteeringDocument> steering) {
        if (!abs.startsWith(root)) {
            return true;
        }
        Path steeringDir = root.resolve(".kiro").resolve("steering");
        if (abs.startsWith(steeringDir)) {
            if (abs.equals(steeringDir)) {
                return false;
            }
            if (abs.getParent().equals(steeringDir)) {
                return steering(abs, steering);
            }
            return true;
        }
        // the spec folder the path is in (deepest): look its path up, ancestor by ancestor
        SpecAnalysis owner = null;
        for (Path a = abs; a != null && a.startsWith(root); a = a.getParent()) {
            String rel = root.relativize(a).toString().replace(java.io.File.separatorChar, '/');
            owner = specs.get(rel.isEmpty() ? "." : rel);
            if (owner != null) {
                break;
            }
        }
        if (owner != null) {
            Path dir = owner.spec().directory().toAbsolutePath().normalize();
            if (abs.equals(dir)) {
                if (!Files.isDirectory(dir)) {
                    if (dir.equals(root)) {
                        return false;
                    }
                    specs.remove(owner.spec().path());
                    return true;
                }
                return rereadFolder(layout, owner, specs);
            }
            if (!abs.getParent().equals(dir)) {
                return true; // deeper than the folder's direct children: not read
            }
            if (dir.equals(root) && layout != WorkspaceLayout.SINGLE_SPEC) {
                return false;
            }
            if (!Files.isDirectory(dir)) {
                specs.remove(owner.spec().path());
                return true;
            }
            Optional<Spec> fast = reparseOne(owner.spec(), abs);
            if (fast.isPresent()) {
                specs.put(owner.spec().path(), SpecAnalysis.of(fast.get()));
                return true;
            }
            return rereadFolder(layout, owner, specs);
        }
        Path container =
                switch (layout) {
                    case KIRO -> root.resolve(".kiro").resolve("specs");
                    case SPECS_DIRECTORY -> root.resolve("specs");
                    default -> null;
                };
        if (container == null) {
            return false;
        }
        if (abs.getParent() != null && abs.getParent().equals(container)) {
            if (!Files.isDirectory(abs)) {
                return !Files.exists(abs) || layout == WorkspaceLayout.KIRO;
            }
            if (layout == WorkspaceLayout.KIRO || isSpecFolder(abs)) {
                Spec s = parser.readSpec(root, abs);
                specs.put(s.path(), SpecAnalysis.of(s));
            }
            return true;
        }
        if (abs.startsWith(container) && !abs.equals(container)) {
            return true; // inside a folder that is not (yet) a spec: its creation is reported
        }
        return layout == WorkspaceLayout.KIRO && !abs.startsWith(root.resolve(".kiro"));
    }

    private boolean rereadFolder(
            WorkspaceLayout layout, SpecAnalysis owner, Map<String, SpecAnalysis> specs) {
        Path dir = owner.spec().directory();
        if (layout != WorkspaceLayout.KIRO && !isSpecFolder(dir)) {
            if (layout == WorkspaceLayout.SINGLE_SPEC) {
                return false;
            }
            specs.remove(owner.spec().path());
            return true;
        }
        Spec s = parser.readSpec(root, dir);
        specs.put(s.path(), SpecAnalysis.of(s));
        return true;
    }

    private static boolean isSpecFolder(Path dir) {
        for (String f : List.of("requirements.md", "bugfix.md", "design.md", "tasks.md")) {
            if (Files.exists(dir.resolve(f))) {
                return true;
            }
        }
        return false;
    }

    /** Re-parses one existing document in place, when nothing else about the folder changes. */
    private Optional<Spec> reparseOne(Spec spec, Path file) {
        String name = file.getFileName().toString();
        Optional<DocumentKind> kind = DocumentKind.ofFileName(name);
        if (kind.isEmpty() || kind.get() == DocumentKind.STEERING) {
            return Optional.empty();
        }
        String rel = spec.path().equals(".") ? name : spec.path() + "/" + name;
        Optional<? extends SpecDocument> old =
                switch (kind.get()) {
                    case REQUIREMENTS -> spec.requirements();
                    case BUGFIX -> spec.bugfix();
                    case DESIGN -> spec.design();
                    case TASKS -> spec.tasks();
                    default -> Optional.empty();
                };
        if (old.isEmpty()
                || spec.diagnostics().stream().anyMatch(d -> d.file().orElse("").equals(rel))
                || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        SpecDocument doc = parser.parse(kind.get(), rel, bytes);
        return Optional.of(
                new Spec(
                        spec.name(),
                        spec.path(),
                        spec.directory(),
                        spec.config(),
                        doc instanceof RequirementsDocument r
                                ? Optional.of(r)
                                : spec.requirements(),
                        doc instanceof BugfixDocument b ? Optional.of(b) : spec.bugfix(),
                        doc instanceof DesignDocument d ? Optional.of(d) : spec.design(),
                        doc instanceof TasksDocument t ? Optional.of(t) : spec.tasks(),
                        spec.otherFiles(),
                        spec.diagnostics()));
    }

    private boolean steering(Path abs, List<SteeringDocument> steering) {
        String rel = root.relativize(abs).toString().replace(java.io.File.separatorChar, '/');
        steering.removeIf(d -> d.path().equals(rel));
        if (!abs.getFileName().toString().endsWith(".md") || Files.isDirectory(abs)) {
            return true;
        }
        if (!Files.exists(abs)) {
            return true;
        }
        try {
            steering.add(parser.parseSteering(rel, Files.readAllBytes(abs)));
            return true;
        } catch (IOException e) {
            return false; // an unreadable file is a workspace diagnostic: let the full read say it
        }
    }

    // ------------------------------------------------------------------ values

    /**
     * The analysis of one spec: the parsed spec, its graph, its check diagnostics, its trace
     * findings, its coverage and its lifecycle.
     *
     * @param spec the parsed spec
     * @param graph the graph of this spec alone
     * @param diagnostics {@link SpecChecker#check(Spec)}
     * @param findings the graph's findings
     * @param coverage the spec's coverage summary
     * @param lifecycle the spec's lifecycle
     */
    public record SpecAnalysis(
            Spec spec,
            TraceGraph graph,
            List<Diagnostic> diagnostics,
            List<Finding> findings,
            CoverageSummary coverage,
            Lifecycle lifecycle) {
        /** Validates and copies. */
        public SpecAnalysis {
            Objects.requireNonNull(spec, "spec must not be null");
            Objects.requireNonNull(graph, "graph must not be null");
            diagnostics = List.copyOf(diagnostics);
            findings = List.copyOf(findings);
            Objects.requireNonNull(coverage, "coverage must not be null");
            Objects.requireNonNull(lifecycle, "lifecycle must not be null");
        }

        /**
         * Analyses one spec.
         *
         * @param spec the spec
         * @return its analysis
         */
        public static SpecAnalysis of(Spec spec) {
            Objects.requireNonNull(spec, "spec must not be null");
            TraceGraph g = TraceGraph.of(spec);
            String name = g.specs().get(0);
            return new SpecAnalysis(
                    spec,
                    g,
                    SpecChecker.create().check(spec),
                    g.findings(),
                    g.coverage().specs().get(0),
                    g.lifecycle(name));
        }
    }

    /**
     * An immutable view of the analysis at one moment.
     *
     * <p>Instances are immutable and thread-safe; the sorted lists and {@link #graph()} are built
     * once, on first use.
     */
    public static final class Snapshot {
        private final Workspace workspace;
        private final Map<String, SpecAnalysis> byPath;
        private final long version;
        private final Supplier<List<Diagnostic>> diagnostics;
        private final Supplier<List<Finding>> findings;
        private final CoverageSummary coverage;
        private final Supplier<TraceGraph> graph;

        Snapshot(Workspace workspace, Map<String, SpecAnalysis> byPath, long version) {
            this.workspace = workspace;
            this.byPath = java.util.Collections.unmodifiableMap(new TreeMap<>(byPath));
            this.version = version;
            int[] t = new int[6];
            for (SpecAnalysis a : this.byPath.values()) {
                CoverageSummary c = a.coverage();
                t[0] += c.criteria();
                t[1] += c.designed();
                t[2] += c.tasked();
                t[3] += c.covered();
                t[4] += c.done();
                t[5] += c.verified();
            }
            this.coverage = new CoverageSummary("", t[0], t[1], t[2], t[3], t[4], t[5]);
            this.diagnostics =
                    memo(
                            () -> {
                                List<Diagnostic> diags = new ArrayList<>(workspace.diagnostics());
                                workspace.steering().forEach(d -> diags.addAll(d.diagnostics()));
                                this.byPath.values().forEach(a -> diags.addAll(a.diagnostics()));
                                diags.sort(ORDER);
                                return List.copyOf(diags);
                            });
            this.findings =
                    memo(
                            () -> {
                                List<Finding> fs = new ArrayList<>();
                                this.byPath.values().forEach(a -> fs.addAll(a.findings()));
                                fs.sort(Comparator.comparing(Finding::diagnostic, ORDER));
                                return List.copyOf(fs);
                            });
            this.graph = memo(() -> TraceGraph.of(workspace));
        }

        private static <T> Supplier<T> memo(Supplier<T> s) {
            return new Supplier<>() {
                private volatile T value;

                @Override
                public T get() {
                    T v = value;
                    if (v == null) {
                        synchronized (this) {
                            v = value;
                            if (v == null) {
                                v = s.get();
                                value = v;
                            }
                        }
                    }
                    return v;
                }
            };
        }

        /**
         * How many updates led to this snapshot (0 for the initial read).
         *
         * @return the version
         */
        public long version() {
            return version;
        }

        /**
         * The workspace as it would be read now.
         *
         * @return the workspace
         */
        public Workspace workspace() {
            return workspace;
        }

        /**
         * The analysis of every spec, sorted by path.
         *
         * @return the analyses
         */
        public List<SpecAnalysis> specs() {
            return List.copyOf(byPath.values());
        }

        /**
         * The analysis of one spec.
         *
         * @param nameOrPath the folder name or its path relative to the workspace
         * @return the analysis
         */
        public Optional<SpecAnalysis> spec(String nameOrPath) {
            Objects.requireNonNull(nameOrPath, "nameOrPath must not be null");
            SpecAnalysis a = byPath.get(nameOrPath);
            if (a != null) {
                return Optional.of(a);
            }
            return byPath.values().stream()
                    .filter(x -> x.spec().name().equals(nameOrPath))
                    .findFirst();
        }

        /**
         * Every check diagnostic, as {@link SpecChecker#check(Workspace)} returns them.
         *
         * @return the sorted diagnostics
         */
        public List<Diagnostic> diagnostics() {
            return diagnostics.get();
        }

        /**
         * Every trace finding of the workspace, sorted by file, position and code.
         *
         * @return the findings
         */
        public List<Finding> findings() {
            return findings.get();
        }

        /**
         * The coverage totals of the workspace (spec name {@code ""}).
         *
         * @return the totals
         */
        public CoverageSummary coverage() {
            return coverage;
        }

        /**
         * The graph of the whole workspace, built on first call. This method is thread-safe.
         *
         * @return the graph
         */
        public TraceGraph graph() {
            return graph.get();
        }
    }

    /**
     * How one spec changed in an update.
     *
     * @param path the spec path relative to the workspace
     * @param before its coverage before (empty when the spec is new)
     * @param after its coverage after (empty when the spec was removed)
     * @param lifecycleBefore its lifecycle state before
     * @param lifecycleAfter its lifecycle state after
     */
    public record SpecChange(
            String path,
            Optional<CoverageSummary> before,
            Optional<CoverageSummary> after,
            Optional<LifecycleState> lifecycleBefore,
            Optional<LifecycleState> lifecycleAfter) {
        /** Validates. */
        public SpecChange {
            Objects.requireNonNull(path, "path must not be null");
            Objects.requireNonNull(before, "before must not be null");
            Objects.requireNonNull(after, "after must not be null");
            Objects.requireNonNull(lifecycleBefore, "lifecycleBefore must not be null");
            Objects.requireNonNull(lifecycleAfter, "lifecycleAfter must not be null");
        }
    }

    /**
     * What an update changed.
     *
     * @param specs the specs whose analysis was replaced, added or removed
     * @param addedDiagnostics check diagnostics that appeared
     * @param removedDiagnostics check diagnostics that disappeared
     * @param addedFindings trace findings that appeared
     * @param removedFindings trace findings that disappeared
     * @param coverageBefore workspace totals before
     * @param coverageAfter workspace totals after
     * @param snapshot the snapshot after the update
     */
    public record Delta(
            List<SpecChange> specs,
            List<Diagnostic> addedDiagnostics,
            List<Diagnostic> removedDiagnostics,
            List<Finding> addedFindings,
            List<Finding> removedFindings,
            CoverageSummary coverageBefore,
            CoverageSummary coverageAfter,
            Snapshot snapshot) {
        /** Validates and copies. */
        public Delta {
            specs = List.copyOf(specs);
            addedDiagnostics = List.copyOf(addedDiagnostics);
            removedDiagnostics = List.copyOf(removedDiagnostics);
            addedFindings = List.copyOf(addedFindings);
            removedFindings = List.copyOf(removedFindings);
            Objects.requireNonNull(coverageBefore, "coverageBefore must not be null");
            Objects.requireNonNull(coverageAfter, "coverageAfter must not be null");
            Objects.requireNonNull(snapshot, "snapshot must not be null");
        }

        /**
         * Whether nothing observable changed.
         *
         * @return true when empty
         */
        public boolean isEmpty() {
            return addedDiagnostics.isEmpty()
                    && removedDiagnostics.isEmpty()
                    && addedFindings.isEmpty()
                    && removedFindings.isEmpty()
                    && specs.stream()
                            .allMatch(
                                    c ->
                                            c.before().equals(c.after())
                                                    && c.lifecycleBefore()
                                                            .equals(c.lifecycleAfter()));
        }

        static Delta between(Snapshot before, Snapshot after) {
            Set<String> paths = new LinkedHashSet<>(before.byPath.keySet());
            paths.addAll(after.byPath.keySet());
            List<SpecChange> changes = new ArrayList<>();
            List<Diagnostic> oldD = new ArrayList<>();
            List<Diagnostic> newD = new ArrayList<>();
            List<Finding> oldF = new ArrayList<>();
            List<Finding> newF = new ArrayList<>();
            for (String p : paths) {
                SpecAnalysis a = before.byPath.get(p);
                SpecAnalysis b = after.byPath.get(p);
                if (a == b) {
                    continue;
                }
                changes.add(
                        new SpecChange(
                                p,
                                Optional.ofNullable(a).map(SpecAnalysis::coverage),
                                Optional.ofNullable(b).map(SpecAnalysis::coverage),
                                Optional.ofNullable(a).map(x -> x.lifecycle().state()),
                                Optional.ofNullable(b).map(x -> x.lifecycle().state())));
                if (a != null) {
                    oldD.addAll(a.diagnostics());
                    oldF.addAll(a.findings());
                }
                if (b != null) {
                    newD.addAll(b.diagnostics());
                    newF.addAll(b.findings());
                }
            }
            if (before.workspace.steering() != after.workspace.steering()
                    || before.workspace.diagnostics() != after.workspace.diagnostics()) {
                oldD.addAll(before.workspace.diagnostics());
                newD.addAll(after.workspace.diagnostics());
                before.workspace.steering().forEach(d -> oldD.addAll(d.diagnostics()));
                after.workspace.steering().forEach(d -> newD.addAll(d.diagnostics()));
            }
            List<Diagnostic> addedD = minus(newD, oldD);
            List<Diagnostic> removedD = minus(oldD, newD);
            addedD.sort(ORDER);
            removedD.sort(ORDER);
            List<Finding> addedF = minus(newF, oldF);
            List<Finding> removedF = minus(oldF, newF);
            addedF.sort(Comparator.comparing(Finding::diagnostic, ORDER));
            removedF.sort(Comparator.comparing(Finding::diagnostic, ORDER));
            return new Delta(
                    changes,
                    addedD,
                    removedD,
                    addedF,
                    removedF,
                    before.coverage,
                    after.coverage,
                    after);
        }

        private static <T> List<T> minus(List<T> a, List<T> b) {
            Map<T, Integer> counts = new HashMap<>();
            for (T x : b) {
                counts.merge(x, 1, Integer::sum);
            }
            List<T> out = new ArrayList<>();
            for (T x : a) {
                Integer c = counts.get(x);
                if (c == null || c == 0) {
                    out.add(x);
                } else {
                    counts.put(x, c - 1);
                }
            }
            return out;
        }
    }
}
