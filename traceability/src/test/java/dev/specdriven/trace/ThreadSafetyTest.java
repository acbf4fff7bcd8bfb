package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One graph queried from 8 threads gives the sequential results. */
class ThreadSafetyTest {
    @TempDir Path dir;

    private static String answers(TraceGraph g) {
        StringBuilder sb = new StringBuilder();
        sb.append(g.coverage()).append('\n');
        sb.append(g.findings()).append('\n');
        sb.append(g.asGraph().edgeSet().size()).append('\n');
        for (TraceNode n : g.nodes(NodeKind.CRITERION)) {
            sb.append(g.impact(List.of(n.id())).affected()).append('\n');
        }
        sb.append(g.lifecycles()).append('\n');
        for (String s : g.specs()) {
            sb.append(g.executionPlan(s)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void concurrentQueriesEqualSequentialOnes() throws Exception {
        Fixtures.checkout(dir);
        Fixtures.spec(
                dir,
                "second",
                Fixtures.REQUIREMENTS,
                Fixtures.DESIGN,
                Fixtures.TASKS.replace("- [x]", "- [ ]"));
        String expected = answers(TraceGraph.of(Fixtures.read(dir)));
        for (int round = 0; round < 5; round++) {
            TraceGraph shared = TraceGraph.of(Fixtures.read(dir)); // fresh: lazy parts race
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> futures = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Callable<String> c = () -> answers(shared);
                    futures.add(pool.submit(c));
                }
                for (Future<String> f : futures) {
                    assertThat(f.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
