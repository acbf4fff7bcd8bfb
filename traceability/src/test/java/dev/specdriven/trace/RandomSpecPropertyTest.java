package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random specs: coverage, dangling references, impact and execution order agree with what
 * the generator wrote. The seed is in every assertion message.
 */
class RandomSpecPropertyTest {
    @TempDir Path dir;

    static LongStream seeds() {
        return LongStream.range(0, 30).map(i -> 0x5eed0000L + i * 7919);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void graphAgreesWithGeneratedReferences(long seed) {
        Random rnd = new Random(seed);
        String msg = "seed " + seed;
        int reqs = 1 + rnd.nextInt(5);
        List<String> criteria = new ArrayList<>();
        StringBuilder req = new StringBuilder("# Requirements\n\n## Requirements\n\n");
        for (int r = 1; r <= reqs; r++) {
            req.append("### Requirement ").append(r).append(": R").append(r).append("\n\n");
            req.append("#### Acceptance Criteria\n\n");
            int k = 1 + rnd.nextInt(4);
            for (int c = 1; c <= k; c++) {
                req.append(c)
                        .append(". WHEN event ")
                        .append(r)
                        .append('x')
                        .append(c)
                        .append(" occurs, THE Sys SHALL act ")
                        .append(c)
                        .append('\n');
                criteria.add(r + "." + c);
            }
            req.append('\n');
        }
        int tasks = 1 + rnd.nextInt(8);
        Map<String, Set<String>> refsOf = new HashMap<>();
        Map<String, Set<String>> depsOf = new HashMap<>();
        int dangling = 0;
        StringBuilder t = new StringBuilder("# Tasks\n\n");
        for (int i = 1; i <= tasks; i++) {
            String id = String.valueOf(i);
            t.append("- [")
                    .append(rnd.nextBoolean() ? "x" : " ")
                    .append("] ")
                    .append(i)
                    .append(". Task ")
                    .append(i)
                    .append('\n');
            List<String> refs = new ArrayList<>();
            int n = rnd.nextInt(4);
            for (int j = 0; j < n; j++) {
                if (rnd.nextInt(6) == 0) {
                    refs.add("9" + (reqs + 1) + ".1");
                    dangling++;
                } else {
                    refs.add(criteria.get(rnd.nextInt(criteria.size())));
                }
            }
            refsOf.put(id, new HashSet<>(refs));
            if (!refs.isEmpty()) {
                t.append("  - _Requirements: ").append(String.join(", ", refs)).append("_\n");
            }
            Set<String> deps = new HashSet<>();
            if (i > 1 && rnd.nextBoolean()) {
                deps.add(String.valueOf(1 + rnd.nextInt(i - 1)));
                t.append("  - Depends on: ").append(String.join(", ", deps)).append('\n');
            }
            depsOf.put(id, deps);
        }
        Fixtures.spec(dir, "p", req.toString(), null, t.toString());
        TraceGraph g = TraceGraph.of(Fixtures.read(dir));

        assertThat(g.coverage().total().criteria()).as(msg).isEqualTo(criteria.size());
        assertThat(g.danglingReferences()).as(msg).hasSize(dangling);
        for (String c : criteria) {
            Set<NodeId> expectedTasks = new HashSet<>();
            refsOf.forEach(
                    (task, refs) -> {
                        if (refs.contains(c)) {
                            expectedTasks.add(NodeId.task("p", task));
                        }
                    });
            CriterionCoverage cov = g.coverage(NodeId.criterion("p", c)).orElseThrow();
            assertThat(new HashSet<>(cov.tasks()))
                    .as(msg + " criterion " + c)
                    .isEqualTo(expectedTasks);
            assertThat(
                            new HashSet<>(
                                    g.impact(List.of(NodeId.criterion("p", c)))
                                            .affected(NodeKind.TASK)))
                    .as(msg + " impact " + c)
                    .isEqualTo(expectedTasks);
        }
        ExecutionPlan plan = g.executionPlan("p");
        assertThat(plan.valid()).as(msg).isTrue();
        assertThat(plan.order()).as(msg).hasSize(tasks);
        depsOf.forEach(
                (task, deps) -> {
                    for (String d : deps) {
                        assertThat(plan.order().indexOf(d))
                                .as(msg + " " + d + " before " + task)
                                .isLessThan(plan.order().indexOf(task));
                    }
                });
        int waveSum = plan.waves().stream().mapToInt(List::size).sum();
        assertThat(waveSum).as(msg).isEqualTo(tasks);
    }
}
