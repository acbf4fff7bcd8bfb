package dev.specdriven.trace.bench;

import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.Impact;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.NodeKind;
import dev.specdriven.trace.TraceGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * End-to-end benchmark (a main class, not a unit test): reading and tracing a synthetic corpus
 * (spec model + trace graph + all findings) against a bare commonmark parse of the same files, in
 * one run, and the latency of one impact query.
 *
 * <pre>
 * python3 ../shared/bench/gen_corpus.py --specs 2000 --out /tmp/s2000
 * java -cp ... dev.specdriven.trace.bench.TraceBenchmark /tmp/s2000/kiro [rounds]
 * </pre>
 */
public final class TraceBenchmark {
    private TraceBenchmark() {}

    /**
     * Runs the benchmark.
     *
     * @param args the workspace directory, optionally the number of rounds (default 3)
     * @throws Exception on I/O errors
     */
    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args.length > 0 ? args[0] : "/tmp/s2000/kiro");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files;
        try (Stream<Path> s = Files.walk(ws)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf(
                Locale.ROOT, "corpus %s: %d files, %.1f MB%n", ws, files.size(), bytes / 1e6);
        long[] bare = new long[rounds];
        long[] full = new long[rounds];
        long[] graphOnly = new long[rounds];
        TraceGraph keep = null;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            Parser parser = Parser.builder().build();
            long nodes = 0;
            for (Path f : files) {
                Node doc = parser.parse(Files.readString(f, StandardCharsets.UTF_8));
                nodes += doc.getFirstChild() == null ? 0 : 1;
            }
            bare[r] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            Workspace w = SpecParser.create().read(ws);
            long t1 = System.nanoTime();
            TraceGraph g = TraceGraph.of(w);
            int findings = g.findings().size();
            double covered = g.coverage().total().coveredPercent().orElse(0.0);
            full[r] = System.nanoTime() - t0;
            graphOnly[r] = System.nanoTime() - t1;
            System.out.printf(
                    Locale.ROOT,
                    "round %d: commonmark %d ms (%d docs) | read+trace %d ms (graph+findings %d ms): %d criteria, %d nodes, %d links, %d findings, %.1f%% covered%n",
                    r + 1,
                    bare[r] / 1_000_000,
                    nodes,
                    full[r] / 1_000_000,
                    graphOnly[r] / 1_000_000,
                    g.coverage().total().criteria(),
                    g.nodes().size(),
                    g.links().size(),
                    findings,
                    covered);
            keep = g;
        }
        long bestBare = Arrays.stream(bare).min().orElseThrow();
        long bestFull = Arrays.stream(full).min().orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "best: commonmark %d ms, read+trace %d ms, ratio %.2f%n",
                bestBare / 1_000_000,
                bestFull / 1_000_000,
                (double) bestFull / bestBare);

        Workspace w = SpecParser.create().read(ws);
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            TraceGraph g2 = TraceGraph.of(w);
            long t1 = System.nanoTime();
            g2.coverage();
            long t2 = System.nanoTime();
            g2.findings();
            long t3 = System.nanoTime();
            System.out.printf(
                    Locale.ROOT,
                    "graph only, round %d: build %d ms, coverage %d ms, findings %d ms%n",
                    r + 1,
                    (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000);
        }
        TraceGraph g = keep;
        List<NodeId> criteria = g.nodes(NodeKind.CRITERION).stream().map(n -> n.id()).toList();
        NodeId one = criteria.get(criteria.size() / 2);
        long first = System.nanoTime();
        Impact impact = g.impact(List.of(one));
        first = System.nanoTime() - first;
        int n = 10_000;
        long[] lat = new long[n];
        for (int i = 0; i < n; i++) {
            NodeId c = criteria.get((int) ((i * 7919L) % criteria.size()));
            long t = System.nanoTime();
            g.impact(List.of(c));
            lat[i] = System.nanoTime() - t;
        }
        Arrays.sort(lat);
        System.out.printf(
                Locale.ROOT,
                "impact of %s: %d affected; first call %.3f ms; over %d criteria median %.1f us, p99 %.1f us, max %.3f ms%n",
                one,
                impact.affected().size(),
                first / 1e6,
                n,
                lat[n / 2] / 1e3,
                lat[n * 99 / 100] / 1e3,
                lat[n - 1] / 1e6);
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf(
                Locale.ROOT,
                "heap in use with workspace + graph retained: %.0f MB (graph of %d nodes)%n",
                used / 1e6,
                g.nodes().size());
    }
}
