package dev.specdriven.bench;

import dev.specdriven.trace.IncrementalAnalysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Latency of {@link IncrementalAnalysis#update(Path)} for one changed file. Target (issue #8): at
 * most 50 ms on the s2000 workspace after warm-up.
 *
 * <p>The trial copies the workspace named by {@code -Dspecdriven.bench.corpus} (for example {@code
 * bench/out/s2000/kiro}) into a temporary directory, so the corpus itself is never modified, and
 * opens the analysis of the copy. Without a corpus it writes a small built-in workspace instead.
 * Before every invocation one byte of a file of the copy is changed on disk (not timed); the
 * invocation times the update of the analysis and consumes the resulting findings. Each invocation
 * writes the other of two byte variants, so every update sees a real change:
 *
 * <ul>
 *   <li>{@link #updateTasks}: toggles the first checkbox of one {@code tasks.md};
 *   <li>{@link #updateRequirements}: changes the first letter after {@code SHALL} in one {@code
 *       requirements.md}.
 * </ul>
 *
 * <p>Sample-time mode, so JMH reports p50, p90, p99 and the maximum. The defaults warm up for 5 × 3
 * s: on s2000 the first 2-second warm-up iterations averaged 27–65 ms per update on 2 cores, and
 * with only 3 of them the first measured iterations were still slower than the last ones. Each
 * trial also pays for the copy and the initial read (about 25 s on s2000). Run it (from the
 * repository root) as described in {@code docs/PERFORMANCE.md}:
 *
 * <pre>
 * java -Dspecdriven.bench.corpus=bench/out/s2000/kiro \
 *     -cp benchmarks/target/classes:$(cat /tmp/bench-cp.txt) org.openjdk.jmh.Main \
 *     IncrementalUpdateBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class IncrementalUpdateBenchmark {

    /** Spec folders of the built-in workspace used without a corpus. */
    static final int SYNTHETIC_SPECS = 50;

    private Path copy;
    private IncrementalAnalysis analysis;
    private Path tasks;
    private Path requirements;

    /**
     * Copies the workspace, opens its analysis and picks the two files to change.
     *
     * @throws IOException when the copy or the initial read fails
     */
    @Setup(Level.Trial)
    public void setup() throws IOException {
        copy = Files.createTempDirectory("specdriven-incremental");
        Path corpus = BenchInputs.corpus();
        if (corpus != null) {
            copyTree(corpus, copy);
        } else {
            writeSynthetic(copy);
        }
        analysis = IncrementalAnalysis.open(copy);
        List<Path> dirs;
        try (Stream<Path> s = Files.list(copy.resolve(".kiro").resolve("specs"))) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        if (dirs.isEmpty()) {
            throw new IllegalStateException("no spec folder in .kiro/specs of " + copy);
        }
        tasks = dirs.get(dirs.size() / 2).resolve("tasks.md");
        requirements = dirs.get(dirs.size() / 3).resolve("requirements.md");
    }

    /**
     * Deletes the copy.
     *
     * @throws IOException when deleting fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        analysis = null;
        try (Stream<Path> s = Files.walk(copy)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Toggles the first checkbox of the chosen {@code tasks.md} before each invocation. */
    @State(Scope.Thread)
    public static class TasksEdit {
        private byte[] bytes;
        private int pos;
        private byte original;
        private byte toggled;
        private boolean flip;

        /**
         * Reads the file and finds the checkbox.
         *
         * @param ws the workspace state
         * @throws IOException when the file cannot be read
         */
        @Setup(Level.Trial)
        public void find(IncrementalUpdateBenchmark ws) throws IOException {
            bytes = Files.readAllBytes(ws.tasks);
            pos = indexOf(bytes, "- [", ws.tasks) + 3;
            original = bytes[pos];
            toggled = (byte) (original == ' ' ? 'x' : ' ');
        }

        /**
         * Writes the other variant of the checkbox (not timed).
         *
         * @param ws the workspace state
         * @throws IOException when the file cannot be written
         */
        @Setup(Level.Invocation)
        public void edit(IncrementalUpdateBenchmark ws) throws IOException {
            flip = !flip;
            bytes[pos] = flip ? toggled : original;
            Files.write(ws.tasks, bytes);
        }
    }

    /** Changes one letter of a criterion of the chosen {@code requirements.md} before each call. */
    @State(Scope.Thread)
    public static class RequirementsEdit {
        private byte[] bytes;
        private int pos;
        private boolean flip;

        /**
         * Reads the file and finds the letter after the first {@code SHALL}.
         *
         * @param ws the workspace state
         * @throws IOException when the file cannot be read
         */
        @Setup(Level.Trial)
        public void find(IncrementalUpdateBenchmark ws) throws IOException {
            bytes = Files.readAllBytes(ws.requirements);
            pos = indexOf(bytes, "SHALL ", ws.requirements) + "SHALL ".length();
        }

        /**
         * Writes the other of the letters {@code Q} and {@code Z} (not timed).
         *
         * @param ws the workspace state
         * @throws IOException when the file cannot be written
         */
        @Setup(Level.Invocation)
        public void edit(IncrementalUpdateBenchmark ws) throws IOException {
            flip = !flip;
            bytes[pos] = (byte) (flip ? 'Q' : 'Z');
            Files.write(ws.requirements, bytes);
        }
    }

    /**
     * Updates the analysis after a checkbox of a {@code tasks.md} was toggled.
     *
     * @param edit the edit made before this call
     * @param bh the blackhole
     * @return the number of findings of the workspace after the update
     */
    @Benchmark
    public int updateTasks(TasksEdit edit, Blackhole bh) {
        IncrementalAnalysis.Delta d = analysis.update(tasks);
        bh.consume(d);
        return d.snapshot().findings().size();
    }

    /**
     * Updates the analysis after a letter of a criterion of a {@code requirements.md} changed.
     *
     * @param edit the edit made before this call
     * @param bh the blackhole
     * @return the number of findings of the workspace after the update
     */
    @Benchmark
    public int updateRequirements(RequirementsEdit edit, Blackhole bh) {
        IncrementalAnalysis.Delta d = analysis.update(requirements);
        bh.consume(d);
        return d.snapshot().findings().size();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void writeSynthetic(Path root) throws IOException {
        for (int i = 1; i <= SYNTHETIC_SPECS; i++) {
            Path dir = root.resolve(".kiro").resolve("specs").resolve("feature-" + i);
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve("requirements.md"),
                    BenchInputs.syntheticRequirements(10),
                    StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder("# Implementation Plan\n\n");
            for (int r = 1; r <= 10; r++) {
                sb.append("- [ ] ").append(r).append(". Implement requirement ").append(r);
                sb.append("\n  - _Requirements: ").append(r).append(".1, ").append(r);
                sb.append(".2_\n");
            }
            Files.writeString(dir.resolve("tasks.md"), sb.toString(), StandardCharsets.UTF_8);
        }
    }

    private static int indexOf(byte[] b, String needle, Path file) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= b.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (b[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no '" + needle + "' in " + file);
    }
}
