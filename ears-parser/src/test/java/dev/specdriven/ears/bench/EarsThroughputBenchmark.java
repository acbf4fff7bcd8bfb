package dev.specdriven.ears.bench;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.source.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Single-thread throughput of {@link EarsParser#parse(String)} (parse, classify and lint) on
 * acceptance criteria of the synthetic corpus. Not a unit test: run it by hand.
 *
 * <p>How to run, from the repository root:
 *
 * <pre>
 * python3 ../shared/bench/gen_corpus.py --specs 2000 --out /tmp/ears-corpus
 * ./mvnw -B -q -pl ears-parser -am test-compile
 * ./mvnw -B -q -pl ears-parser dependency:build-classpath -Dmdep.outputFile=/tmp/ears-cp.txt
 * java -cp ears-parser/target/classes:ears-parser/target/test-classes:$(cat /tmp/ears-cp.txt) \
 *     dev.specdriven.ears.bench.EarsThroughputBenchmark /tmp/ears-corpus [maxCriteria]
 * </pre>
 *
 * <p>It collects the numbered or bulleted items under every "Acceptance Criteria" heading of every
 * {@code requirements.md} below the directory (at most {@code maxCriteria}, default 100,000), warms
 * up for 5 passes, then times 7 passes and prints sentences per second (best and median) and the
 * pattern distribution. Target: at least 200,000 sentences/s on one core for ~115-character
 * criteria.
 */
public final class EarsThroughputBenchmark {

    private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d+[.)]|[-*+])\\s+(.*)$");

    private EarsThroughputBenchmark() {}

    /**
     * Runs the benchmark.
     *
     * @param args corpus directory, optional maximum number of criteria
     * @throws IOException when the corpus cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EarsThroughputBenchmark <corpus-dir> [maxCriteria]");
            System.exit(2);
        }
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        List<String> criteria = collect(Path.of(args[0]), max);
        if (criteria.isEmpty()) {
            System.err.println("no acceptance criteria found under " + args[0]);
            System.exit(1);
        }
        long chars = criteria.stream().mapToLong(String::length).sum();
        System.out.printf(
                Locale.ROOT,
                "%d criteria, average %.1f characters%n",
                criteria.size(),
                (double) chars / criteria.size());
        EarsParser parser = EarsParser.create();
        String[] input = criteria.toArray(new String[0]);
        for (int i = 0; i < 5; i++) {
            run(parser, input);
        }
        double[] rates = new double[7];
        long notEars = 0;
        for (int i = 0; i < rates.length; i++) {
            long start = System.nanoTime();
            notEars = run(parser, input);
            long nanos = System.nanoTime() - start;
            rates[i] = input.length / (nanos / 1e9);
            System.out.printf(Locale.ROOT, "pass %d: %,.0f sentences/s%n", i + 1, rates[i]);
        }
        Arrays.sort(rates);
        System.out.printf(
                Locale.ROOT,
                "best %,.0f sentences/s, median %,.0f sentences/s (one thread); NOT_EARS %d of %d%n",
                rates[rates.length - 1],
                rates[rates.length / 2],
                notEars,
                input.length);
    }

    private static long run(EarsParser parser, String[] input) {
        long notEars = 0;
        for (String s : input) {
            ParseResult<?> r = parser.parse(s);
            if (((dev.specdriven.ears.EarsRequirement) r.value()).pattern()
                    == EarsPatterns.NOT_EARS) {
                notEars++;
            }
        }
        return notEars;
    }

    private static List<String> collect(Path root, int max) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files =
                    walk.filter(p -> p.getFileName().toString().equals("requirements.md"))
                            .sorted()
                            .toList();
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            boolean in = false;
            for (String line : Files.readAllLines(f)) {
                String t = line.strip();
                if (t.startsWith("#")) {
                    in = t.toLowerCase(Locale.ROOT).contains("acceptance criteria");
                    continue;
                }
                if (in) {
                    Matcher m = ITEM.matcher(line);
                    if (m.matches()) {
                        out.add(m.group(1).strip());
                        if (out.size() >= max) {
                            return out;
                        }
                    }
                }
            }
        }
        return out;
    }
}
