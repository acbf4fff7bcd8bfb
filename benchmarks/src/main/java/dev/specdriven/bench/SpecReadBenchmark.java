package dev.specdriven.bench;

import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** The spec model's read of one spec folder (requirements, design, tasks) from disk. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SpecReadBenchmark {

    private Path folder;
    private Path temp;
    private SpecParser parser;

    /**
     * Picks the first spec folder of the corpus, or writes a built-in one to a temp folder.
     *
     * @throws IOException when the temp folder cannot be written
     */
    @Setup
    public void setup() throws IOException {
        parser = SpecParser.builder().parallel(false).build();
        Path corpus = BenchInputs.corpus();
        folder = null;
        if (corpus != null) {
            for (Path p : BenchInputs.markdownFiles(corpus)) {
                if (p.getFileName().toString().equals("requirements.md")) {
                    folder = p.getParent();
                    break;
                }
            }
        }
        if (folder == null) {
            temp = Files.createTempDirectory("specdriven-bench");
            folder = temp;
            Files.writeString(
                    temp.resolve("requirements.md"),
                    BenchInputs.syntheticRequirements(10),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    temp.resolve("tasks.md"),
                    "# Implementation Plan\n\n- [ ] 1. Build it\n  - _Requirements: 1.1, 2.1_\n",
                    StandardCharsets.UTF_8);
        }
    }

    /**
     * Deletes the temp folder, if any.
     *
     * @throws IOException when deleting fails
     */
    @TearDown
    public void tearDown() throws IOException {
        if (temp != null) {
            try (Stream<Path> s = Files.walk(temp)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Reads the folder.
     *
     * @return the spec
     * @throws IOException when the folder cannot be read
     */
    @Benchmark
    public Spec readSpecFolder() throws IOException {
        return parser.readSpec(folder);
    }
}
