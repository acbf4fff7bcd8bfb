package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncrementalAnalysisTest {
    private static final List<String> FILES =
            List.of("requirements.md", "design.md", "tasks.md", "bugfix.md");

    @TempDir Path dir;

    @Test
    void changingOneTaskUpdatesFindingsAndCoverage() throws IOException {
        Path spec = dir.resolve(".kiro/specs/shop");
        Files.createDirectories(spec);
        write(spec.resolve("requirements.md"), Fixtures.REQUIREMENTS);
        write(spec.resolve("design.md"), "# Design\n\n## Overview\n\nx\n");
        write(spec.resolve("tasks.md"), "# Tasks\n\n- [ ] 1. Build it\n  - _Requirements: 1.1_\n");
        IncrementalAnalysis analysis = IncrementalAnalysis.open(dir);
        IncrementalAnalysis.Snapshot first = analysis.snapshot();
        int tasked = first.coverage().tasked();

        write(
                spec.resolve("tasks.md"),
                "# Tasks\n\n- [ ] 1. Build it\n  - _Requirements: 1.1, 1.2_\n");
        IncrementalAnalysis.Delta d = analysis.update(spec.resolve("tasks.md"));

        assertThat(d.coverageBefore().tasked()).isEqualTo(tasked);
        assertThat(d.coverageAfter().tasked()).isEqualTo(tasked + 1);
        assertThat(d.specs())
                .extracting(IncrementalAnalysis.SpecChange::path)
                .containsExactly(".kiro/specs/shop");
        assertThat(d.removedFindings()).isNotEmpty();
        assertThat(analysis.snapshot().version()).isEqualTo(1);
        // the old snapshot is unchanged
        assertThat(first.coverage().tasked()).isEqualTo(tasked);
        assertSameAsFresh(analysis, "single edit");

        IncrementalAnalysis.Delta none = analysis.update(spec.resolve("tasks.md"));
        assertThat(none.isEmpty()).isTrue();
    }

    @Test
    void editingOneDocumentKeepsTheOtherDocumentsAndSpecs() throws IOException {
        Path a = dir.resolve(".kiro/specs/a");
        Path b = dir.resolve(".kiro/specs/b");
        for (Path p : List.of(a, b)) {
            write(p.resolve("requirements.md"), Fixtures.REQUIREMENTS);
            write(p.resolve("tasks.md"), "# Tasks\n\n- [ ] 1. Do\n  - _Requirements: 1.1_\n");
        }
        IncrementalAnalysis analysis = IncrementalAnalysis.open(dir);
        IncrementalAnalysis.Snapshot before = analysis.snapshot();
        write(a.resolve("tasks.md"), "# Tasks\n\n- [x] 1. Do\n  - _Requirements: 1.1_\n");
        IncrementalAnalysis.Delta d = analysis.update(a.resolve("tasks.md"));
        IncrementalAnalysis.Snapshot after = d.snapshot();

        assertThat(after).isSameAs(analysis.snapshot());
        assertThat(after.spec("b").orElseThrow()).isSameAs(before.spec("b").orElseThrow());
        assertThat(after.spec("a").orElseThrow().spec().requirements().orElseThrow())
                .isSameAs(before.spec("a").orElseThrow().spec().requirements().orElseThrow());
        assertThat(after.spec("a").orElseThrow().spec().tasks().orElseThrow())
                .isNotSameAs(before.spec("a").orElseThrow().spec().tasks().orElseThrow());
        assertThat(d.coverageAfter().done()).isEqualTo(d.coverageBefore().done() + 1);
        assertSameAsFresh(analysis, "one document");
    }

    @Test
    void snapshotsReadConcurrentlyWithUpdatesAreConsistent() throws Exception {
        Path a = dir.resolve(".kiro/specs/a");
        write(a.resolve("requirements.md"), Fixtures.REQUIREMENTS);
        IncrementalAnalysis analysis = IncrementalAnalysis.open(dir);
        java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> readers = new ArrayList<>();
            java.util.concurrent.atomic.AtomicBoolean stop =
                    new java.util.concurrent.atomic.AtomicBoolean();
            for (int r = 0; r < 3; r++) {
                readers.add(
                        pool.submit(
                                () -> {
                                    while (!stop.get()) {
                                        IncrementalAnalysis.Snapshot s = analysis.snapshot();
                                        int sum =
                                                s.specs().stream()
                                                        .mapToInt(x -> x.coverage().tasked())
                                                        .sum();
                                        assertThat(s.coverage().tasked()).isEqualTo(sum);
                                        assertThat(s.findings()).isNotNull();
                                    }
                                    return null;
                                }));
            }
            List<java.util.concurrent.Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int id = w;
                writers.add(
                        pool.submit(
                                () -> {
                                    for (int i = 0; i < 10; i++) {
                                        Path t = a.resolve("tasks.md");
                                        synchronized (IncrementalAnalysisTest.class) {
                                            write(
                                                    t,
                                                    "- [ ] 1. T\n  - _Requirements: 1."
                                                            + (1 + (i + id) % 3)
                                                            + "_\n");
                                        }
                                        analysis.update(t);
                                    }
                                    return null;
                                }));
            }
            for (java.util.concurrent.Future<?> f : writers) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            stop.set(true);
            for (java.util.concurrent.Future<?> f : readers) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        analysis.update(a.resolve("tasks.md"));
        assertThat(analysis.snapshot().version()).isEqualTo(21);
        assertSameAsFresh(analysis, "after concurrent updates");
    }

    @Test
    void unrelatedFilesAreIgnored() throws IOException {
        Path spec = dir.resolve(".kiro/specs/a");
        Files.createDirectories(spec);
        write(spec.resolve("requirements.md"), Fixtures.REQUIREMENTS);
        IncrementalAnalysis analysis = IncrementalAnalysis.open(dir);
        write(dir.resolve("README.md"), "hello");
        write(spec.resolve("notes/deep.txt"), "x");
        assertThat(
                        analysis.update(
                                        List.of(
                                                dir.resolve("README.md"),
                                                spec.resolve("notes/deep.txt")))
                                .isEmpty())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 42L, 20260101L})
    void randomEditsMatchAFreshAnalysis(long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        Path specs = dir.resolve(".kiro/specs");
        Files.createDirectories(specs);
        for (int i = 0; i < 4; i++) {
            writeSpec(rnd, specs.resolve("spec" + i));
        }
        IncrementalAnalysis analysis = IncrementalAnalysis.open(dir);
        assertSameAsFresh(analysis, "seed " + seed + " initial");
        for (int step = 0; step < 40; step++) {
            List<Path> changed = new ArrayList<>();
            int op = rnd.nextInt(10);
            List<Path> folders = folders(specs);
            Path folder =
                    folders.isEmpty()
                            ? specs.resolve("spec" + step)
                            : folders.get(rnd.nextInt(folders.size()));
            String what;
            if (op < 5 && !folders.isEmpty()) {
                String f = FILES.get(rnd.nextInt(3));
                write(folder.resolve(f), content(rnd, f));
                changed.add(folder.resolve(f));
                what = "rewrite " + folder.getFileName() + "/" + f;
            } else if (op == 5 && !folders.isEmpty()) {
                String f = FILES.get(rnd.nextInt(FILES.size()));
                Files.deleteIfExists(folder.resolve(f));
                changed.add(folder.resolve(f));
                what = "delete " + folder.getFileName() + "/" + f;
            } else if (op == 6) {
                Path nf = specs.resolve("new" + step);
                writeSpec(rnd, nf);
                changed.add(nf);
                what = "create folder " + nf.getFileName();
            } else if (op == 7 && !folders.isEmpty()) {
                deleteTree(folder);
                changed.add(folder);
                what = "delete folder " + folder.getFileName();
            } else if (op == 8) {
                Path st = dir.resolve(".kiro/steering/s" + rnd.nextInt(3) + ".md");
                Files.createDirectories(st.getParent());
                write(st, "# Steering\n\n" + "x".repeat(rnd.nextInt(5)) + "\n");
                changed.add(st);
                what = "steering " + st.getFileName();
            } else {
                write(folder.resolve("notes.txt"), "n" + step);
                changed.add(folder.resolve("notes.txt"));
                what = "other file";
            }
            analysis.update(changed);
            assertSameAsFresh(analysis, "seed " + seed + " step " + step + " (" + what + ")");
        }
    }

    private static void assertSameAsFresh(IncrementalAnalysis analysis, String message)
            throws IOException {
        Workspace fresh = SpecParser.create().read(analysis.root());
        TraceGraph graph = TraceGraph.of(fresh);
        IncrementalAnalysis.Snapshot s = analysis.snapshot();
        assertThat(s.workspace().specs()).as(message).isEqualTo(fresh.specs());
        assertThat(s.diagnostics())
                .as(message)
                .containsExactlyInAnyOrderElementsOf(SpecChecker.create().check(fresh));
        assertThat(s.findings()).as(message).containsExactlyInAnyOrderElementsOf(graph.findings());
        assertThat(s.coverage()).as(message).isEqualTo(graph.coverage().total());
        assertThat(s.graph().nodes()).as(message).hasSameSizeAs(graph.nodes());
        assertThat(s.graph().links()).as(message).hasSameSizeAs(graph.links());
    }

    private static List<Path> folders(Path specs) throws IOException {
        try (Stream<Path> s = Files.list(specs)) {
            return s.filter(Files::isDirectory).sorted(Comparator.naturalOrder()).toList();
        }
    }

    private static void writeSpec(SplittableRandom rnd, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String f : FILES.subList(0, 3)) {
            if (rnd.nextInt(6) > 0) {
                write(folder.resolve(f), content(rnd, f));
            }
        }
    }

    private static String content(SplittableRandom rnd, String file) {
        StringBuilder b = new StringBuilder();
        int reqs = 1 + rnd.nextInt(3);
        switch (file) {
            case "requirements.md" -> {
                b.append("# Requirements Document\n\n## Requirements\n\n");
                for (int r = 1; r <= reqs; r++) {
                    b.append("### Requirement ").append(r).append(": R").append(r).append("\n\n");
                    b.append("#### Acceptance Criteria\n\n");
                    int n = rnd.nextInt(4);
                    for (int c = 1; c <= n; c++) {
                        b.append(c)
                                .append(
                                        rnd.nextInt(5) == 0
                                                ? ". the system does a thing\n"
                                                : ". WHEN a user acts, THE System SHALL respond\n");
                    }
                    b.append('\n');
                }
            }
            case "design.md" -> {
                b.append("# Design\n\n## Overview\n\nText.\n\n## Correctness Properties\n\n");
                for (int p = 1; p <= reqs; p++) {
                    b.append("### Property ").append(p).append(": P\n\n");
                    b.append("*For any* input, it holds.\n\n**Validates: Requirements ")
                            .append(1 + rnd.nextInt(3))
                            .append('.')
                            .append(1 + rnd.nextInt(3))
                            .append("**\n\n");
                }
            }
            default -> {
                b.append("# Implementation Plan\n\n");
                int n = rnd.nextInt(4);
                for (int t = 1; t <= n; t++) {
                    b.append("- [")
                            .append(rnd.nextBoolean() ? "x" : " ")
                            .append("] ")
                            .append(t)
                            .append(". Task ")
                            .append(t)
                            .append("\n  - _Requirements: ")
                            .append(1 + rnd.nextInt(3))
                            .append('.')
                            .append(1 + rnd.nextInt(3))
                            .append("_\n");
                }
            }
        }
        return b.toString();
    }

    private static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
