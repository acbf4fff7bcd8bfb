package dev.specdriven.spec;

import dev.specdriven.ears.EarsParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Benchmark (not a unit test): reads a generated workspace into the model and compares with a bare
 * commonmark parse of the same files, in one run.
 *
 * <pre>
 * python3 ../shared/bench/gen_corpus.py --specs 2000 --out /tmp/s2000
 * ./mvnw -B -q -pl spec-model -am test-compile
 * java -cp "spec-model/target/test-classes:spec-model/target/classes:..." \
 *      dev.specdriven.spec.ReadBenchmark /tmp/s2000/kiro
 * </pre>
 *
 * <p>Every measurement includes reading the files from disk (page cache warm) and decoding them.
 * "Bare" is a full commonmark parse (blocks and inlines, source spans on); the model needs only the
 * block pass, so the block-only parse is printed too. Each variant runs {@code ROUNDS} times after
 * {@code WARMUP} rounds; the median is reported. The EARS share is measured by parsing every
 * criterion sentence again with a bare {@link EarsParser}: with the stub parser it is near zero,
 * with the real parser the same line gives its cost.
 */
public final class ReadBenchmark {
    private ReadBenchmark() {}

    static final int WARMUP = 3;
    static final int ROUNDS = 5;

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/s2000/kiro");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Parser bare =
                Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        Parser blocksOnly =
                Parser.builder()
                        .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                        .inlineParserFactory(context -> (lines, block) -> {})
                        .build();
        SpecParser parallel = SpecParser.create();
        SpecParser sequential = SpecParser.builder().parallel(false).build();
        System.out.printf(Locale.ROOT, "%d markdown files under %s%n", files.size(), root);

        // process CPU time (robust on a loaded machine) and wall time
        double[] bareSeq = measure(() -> bareParse(bare, files, false));
        double[] bareKept = measure(() -> bareParseKept(bare, files));
        double[] blocksSeq = measure(() -> bareParse(blocksOnly, files, false));
        double[] modelSeq = measure(() -> sequential.read(root).specs().size());
        double[] bareParallel = measure(() -> bareParse(bare, files, true));
        double[] modelParallel = measure(() -> parallel.read(root).specs().size());
        Workspace ws = parallel.read(root);
        double[] check = measure(() -> SpecChecker.create().check(ws).size());

        List<AcceptanceCriterion> criteria = new ArrayList<>();
        ws.specs().forEach(s -> criteria.addAll(s.criteria()));
        EarsParser ears = EarsParser.create();
        double[] earsOnly =
                measure(
                        () -> {
                            int n = 0;
                            for (AcceptanceCriterion c : criteria) {
                                n += ears.parse(c.text(), c.span().start()).diagnostics().size();
                            }
                            return n;
                        });
        int tasks =
                ws.specs().stream()
                        .mapToInt(s -> s.tasks().map(t -> t.tasks().size()).orElse(0))
                        .sum();
        System.out.printf(
                Locale.ROOT,
                "specs %d, criteria %d, tasks %d, processors %d%n",
                ws.specs().size(),
                criteria.size(),
                tasks,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT, "%-44s %10s %10s%n", "median of " + ROUNDS, "cpu ms", "wall ms");
        row("bare commonmark parse (blocks+inlines), seq.", bareSeq);
        row("bare parse, all trees kept in memory, seq.", bareKept);
        row("commonmark block pass only, seq.", blocksSeq);
        row("spec model read (SpecParser.read), seq.", modelSeq);
        row("bare commonmark parse, parallel", bareParallel);
        row("spec model read, parallel", modelParallel);
        row("spec checker over the workspace", check);
        row("EARS parse of every criterion alone", earsOnly);
        System.out.printf(
                Locale.ROOT,
                "model/bare (sequential, cpu): %.2fx; vs bare with trees kept: %.2fx;"
                        + " (parallel, cpu): %.2fx; (parallel, wall): %.2fx;"
                        + " EARS share of the model read: %.1f%%%n",
                modelSeq[0] / bareSeq[0],
                modelSeq[0] / bareKept[0],
                modelParallel[0] / bareParallel[0],
                modelParallel[1] / bareParallel[1],
                100 * earsOnly[0] / modelSeq[0]);
    }

    /** CPU time of the whole process (all threads, GC and JIT included). */
    static long processCpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(java.time.Duration::toNanos)
                .orElse(0L);
    }

    static void row(String name, double[] t) {
        System.out.printf(Locale.ROOT, "%-44s %10.1f %10.1f%n", name, t[0], t[1]);
    }

    /** {median thread CPU ms, median wall ms}. */
    static double[] measure(Run r) throws IOException {
        int sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += r.run();
        }
        double[] cpu = new double[ROUNDS];
        double[] wall = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long c = processCpuNanos();
            long s = System.nanoTime();
            sink += r.run();
            wall[i] = (System.nanoTime() - s) / 1e6;
            cpu[i] = (processCpuNanos() - c) / 1e6;
        }
        if (sink == 42) {
            System.out.print("");
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        return new double[] {cpu[ROUNDS / 2], wall[ROUNDS / 2]};
    }

    interface Run {
        int run() throws IOException;
    }

    /** A bare parse that keeps every document tree, as the model keeps every document. */
    static int bareParseKept(Parser parser, List<Path> files) throws IOException {
        List<Node> kept = new ArrayList<>(files.size());
        for (Path f : files) {
            kept.add(parser.parse(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)));
        }
        return kept.size();
    }

    static int bareParse(Parser parser, List<Path> files, boolean parallel) {
        Stream<Path> s = parallel ? files.parallelStream() : files.stream();
        return s.mapToInt(
                        f -> {
                            try {
                                String text =
                                        new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                                Node n = parser.parse(text);
                                return n.getFirstChild() == null ? 0 : 1;
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        })
                .sum();
    }
}
