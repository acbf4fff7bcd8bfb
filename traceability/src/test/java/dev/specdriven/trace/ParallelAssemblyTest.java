package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.spec.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Specs are assembled in parallel and appended in order: the graph (nodes, links with their files
 * and spans, findings, coverage) equals the one assembled on one thread.
 */
class ParallelAssemblyTest {
    @TempDir Path dir;

    static LongStream seeds() {
        return LongStream.range(0, 8).map(i -> 0xa55e0000L + i * 104729);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sameGraphOnOneThreadAndInParallel(long seed) {
        Random rnd = new Random(seed);
        int specs = 2 + rnd.nextInt(30);
        for (int s = 0; s < specs; s++) {
            String req =
                    s % 5 == 0
                            ? Fixtures.REQUIREMENTS.replace("1. WHEN", "1. when")
                            : Fixtures.REQUIREMENTS;
            String design = rnd.nextInt(4) == 0 ? null : Fixtures.DESIGN;
            StringBuilder tasks = new StringBuilder("# Tasks\n\n");
            int n = 1 + rnd.nextInt(6);
            for (int t = 1; t <= n; t++) {
                tasks.append("- [").append(rnd.nextBoolean() ? "x" : " ").append("] ");
                tasks.append(t).append(". Task ").append(t).append('\n');
                tasks.append("  - _Requirements: ")
                        .append(1 + rnd.nextInt(3))
                        .append('.')
                        .append(1 + rnd.nextInt(4))
                        .append("_\n");
                if (t > 1 && rnd.nextBoolean()) {
                    tasks.append("  - Depends on: ").append(1 + rnd.nextInt(t)).append('\n');
                }
            }
            Fixtures.spec(dir, "spec-" + s, req, design, tasks.toString());
        }
        Workspace ws = Fixtures.read(dir);
        TraceGraph one = TraceGraph.builder().workspace(ws).parallel(false).build();
        TraceGraph par = TraceGraph.builder().workspace(ws).parallel(true).build();
        String msg = "seed " + seed;

        assertThat(par.nodes()).as(msg).isEqualTo(one.nodes());
        assertThat(describe(par.links())).as(msg).isEqualTo(describe(one.links()));
        assertThat(par.findings()).as(msg).isEqualTo(one.findings());
        assertThat(par.coverage().criteria()).as(msg).isEqualTo(one.coverage().criteria());
        for (TraceNode n : one.nodes()) {
            assertThat(describe(par.outgoing(n.id())))
                    .as(msg + " " + n.id())
                    .isEqualTo(describe(one.outgoing(n.id())));
            assertThat(describe(par.incoming(n.id())))
                    .as(msg + " " + n.id())
                    .isEqualTo(describe(one.incoming(n.id())));
        }
        assertThat(one.coverage().total().criteria()).as(msg).isEqualTo(5 * specs);
    }

    private static List<String> describe(List<TraceLink> links) {
        return links.stream()
                .map(l -> l + " " + l.file() + " " + l.span() + " " + l.text())
                .toList();
    }
}
