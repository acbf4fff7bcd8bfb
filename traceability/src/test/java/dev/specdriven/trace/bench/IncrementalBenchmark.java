package dev.specdriven.trace.bench;

import dev.specdriven.trace.IncrementalAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Latency of {@link IncrementalAnalysis#update(Path)} for one changed file (a main class, not a
 * unit test). It builds the analysis of a synthetic corpus once, then alternately changes one byte
 * of a {@code tasks.md} and a {@code requirements.md} (toggling a task checkbox, a letter of a
 * criterion) and times the update, after a warm-up. The corpus files are restored at the end.
 *
 * <pre>
 * python3 ../shared/bench/gen_corpus.py --specs 2000 --out /tmp/s2000
 * java -cp ... dev.specdriven.trace.bench.IncrementalBenchmark /tmp/s2000/kiro [warmup] [iterations]
 * </pre>
 */
public final class IncrementalBenchmark {
    private IncrementalBenchmark() {}

    /**
     * Runs the benchmark.
     *
     * @param args the workspace, optionally warm-up and measured iterations (default 300 / 300)
     * @throws Exception on I/O errors
     */
    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args.length > 0 ? args[0] : "/tmp/s2000/kiro");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        long t0 = System.nanoTime();
        IncrementalAnalysis analysis = IncrementalAnalysis.open(ws);
        long t1 = System.nanoTime();
        IncrementalAnalysis.Snapshot s = analysis.snapshot();
        System.out.printf(
                Locale.ROOT,
                "full build: %d specs, %d criteria, %d findings in %.0f ms%n",
                s.specs().size(),
                s.coverage().criteria(),
                s.findings().size(),
                (t1 - t0) / 1e6);
        List<Path> dirs;
        try (Stream<Path> st = Files.list(ws.resolve(".kiro/specs"))) {
            dirs = st.sorted().toList();
        }
        Path tasks = dirs.get(dirs.size() / 2).resolve("tasks.md");
        Path reqs = dirs.get(dirs.size() / 3).resolve("requirements.md");
        byte[] tasksOrig = Files.readAllBytes(tasks);
        byte[] reqsOrig = Files.readAllBytes(reqs);
        int tPos = indexOf(tasksOrig, "- [");
        int rPos = indexOf(reqsOrig, "SHALL ") + 6;
        try {
            long[] tTimes = new long[iterations];
            long[] rTimes = new long[iterations];
            for (int i = 0; i < warmup + iterations; i++) {
                byte[] tb = tasksOrig.clone();
                tb[tPos + 3] = (byte) (i % 2 == 0 ? 'x' : ' ');
                Files.write(tasks, tb);
                long a = System.nanoTime();
                analysis.update(tasks);
                long b = System.nanoTime();
                byte[] rb = reqsOrig.clone();
                rb[rPos] = (byte) (i % 2 == 0 ? 'Q' : 'Z');
                Files.write(reqs, rb);
                long c = System.nanoTime();
                analysis.update(reqs);
                long d = System.nanoTime();
                if (i >= warmup) {
                    tTimes[i - warmup] = b - a;
                    rTimes[i - warmup] = d - c;
                }
            }
            report("update(tasks.md)", tTimes);
            report("update(requirements.md)", rTimes);
        } finally {
            Files.write(tasks, tasksOrig);
            Files.write(reqs, reqsOrig);
        }
    }

    private static void report(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf(
                Locale.ROOT,
                "%-26s median %.2f ms, p99 %.2f ms, max %.2f ms (%d runs)%n",
                what,
                s[s.length / 2] / 1e6,
                s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.99) - 1)] / 1e6,
                s[s.length - 1] / 1e6,
                s.length);
    }

    private static int indexOf(byte[] b, String needle) {
        byte[] n = needle.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= b.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (b[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no '" + needle + "' in file");
    }
}
