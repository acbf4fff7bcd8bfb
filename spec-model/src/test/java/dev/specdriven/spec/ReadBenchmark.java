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
 * Each variant runs {@code ROUNDS} times after {@code WARMUP} rounds; the median is reported. The
 * EARS share is measured by parsing every criterion sentence again with a bare {@link EarsParser}:
 * with the stub parser it is near zero, with the real parser the same line gives its cost.
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
        SpecParser parallel = SpecParser.create();
        SpecParser sequential = SpecParser.builder().parallel(false).build();
        System.out.printf(Locale.ROOT, "%d markdown files under %s%n", files.size(), root);

        double bareSeq = median(() -> bareParse(bare, files, false));
        double bareParallel = median(() -> bareParse(bare, files, true));
        double modelSeq = median(() -> sequential.read(root).specs().size());
        double modelParallel = median(() -> parallel.read(root).specs().size());
        Workspace ws = parallel.read(root);
        double check = median(() -> SpecChecker.create().check(ws).size());

        List<AcceptanceCriterion> criteria = new ArrayList<>();
        ws.specs().forEach(s -> criteria.addAll(s.criteria()));
        EarsParser ears = EarsParser.create();
        double earsOnly =
                median(
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
        System.out.printf(Locale.ROOT, "bare commonmark parse, sequential: %8.1f ms%n", bareSeq);
        System.out.printf(
                Locale.ROOT, "bare commonmark parse, parallel:   %8.1f ms%n", bareParallel);
        System.out.printf(
                Locale.ROOT,
                "spec model read, sequential:       %8.1f ms  (%.2fx bare sequential)%n",
                modelSeq,
                modelSeq / bareSeq);
        System.out.printf(
                Locale.ROOT,
                "spec model read, parallel:         %8.1f ms  (%.2fx bare sequential, %.2fx bare parallel)%n",
                modelParallel,
                modelParallel / bareSeq,
                modelParallel / bareParallel);
        System.out.printf(Locale.ROOT, "spec checker over the workspace:   %8.1f ms%n", check);
        System.out.printf(
                Locale.ROOT,
                "EARS parse of all criteria alone:  %8.1f ms  (%.1f%% of sequential model read)%n",
                earsOnly,
                100 * earsOnly / modelSeq);
    }

    interface Run {
        int run() throws IOException;
    }

    static double median(Run r) throws IOException {
        int sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += r.run();
        }
        double[] t = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long s = System.nanoTime();
            sink += r.run();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        if (sink == 42) {
            System.out.print("");
        }
        Arrays.sort(t);
        return t[ROUNDS / 2];
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
