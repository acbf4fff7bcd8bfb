package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Traces every folder of the real Kiro corpus: no exception, consistent coverage. Writes the
 * coverage figures and finding counts to {@code target/real-corpus-trace.txt}.
 */
class RealCorpusTest {

    @Test
    void tracesEveryFolder() throws Exception {
        Path corpus = SharedDirs.shared().resolve("corpus/kiro");
        Assumptions.assumeTrue(Files.isDirectory(corpus), corpus + " absent, skipping");
        List<Path> folders;
        try (Stream<Path> s = Files.list(corpus)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).isNotEmpty();
        SpecParser parser = SpecParser.create();
        Map<String, Integer> codes = new TreeMap<>();
        int criteria = 0;
        int designed = 0;
        int tasked = 0;
        int covered = 0;
        int done = 0;
        int specs = 0;
        List<String> lines = new ArrayList<>();
        for (Path folder : folders) {
            Workspace ws = parser.read(folder);
            TraceGraph g = TraceGraph.of(ws);
            CoverageReport cov = g.coverage();
            int expectedCriteria = ws.specs().stream().mapToInt(sp -> sp.criteria().size()).sum();
            assertThat(cov.total().criteria()).as(folder.toString()).isEqualTo(expectedCriteria);
            assertThat(cov.total().coveredPercent().orElse(0.0)).isBetween(0.0, 100.0);
            assertThat(cov.total().coveredPercent().isPresent())
                    .isEqualTo(cov.total().criteria() > 0);
            assertThat(cov.total().covered())
                    .isLessThanOrEqualTo(Math.min(cov.total().designed(), cov.total().tasked()));
            for (Finding f : g.findings()) {
                assertThat(f.code()).matches("(TRACE|SPEC)\\d{3}");
                codes.merge(f.code(), 1, Integer::sum);
            }
            for (TraceNode n : g.nodes(NodeKind.CRITERION)) {
                assertThat(g.impact(List.of(n.id())).unknown()).isEmpty();
            }
            for (String s : g.specs()) {
                ExecutionPlan p = g.executionPlan(s);
                assertThat(p.valid() || !p.cycles().isEmpty()).isTrue();
                g.lifecycle(s);
            }
            specs += g.specs().size();
            criteria += cov.total().criteria();
            designed += cov.total().designed();
            tasked += cov.total().tasked();
            covered += cov.total().covered();
            done += cov.total().done();
            lines.add(
                    String.format(
                            Locale.ROOT,
                            "%s\t%d\t%.1f",
                            folder.getFileName(),
                            cov.total().criteria(),
                            cov.total().coveredPercent().orElse(Double.NaN)));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "folders %d specs %d criteria %d designed %d (%.1f%%) tasked %d (%.1f%%) covered %d (%.1f%%) done %d (%.1f%%)%n",
                        folders.size(),
                        specs,
                        criteria,
                        designed,
                        100.0 * designed / criteria,
                        tasked,
                        100.0 * tasked / criteria,
                        covered,
                        100.0 * covered / criteria,
                        done,
                        100.0 * done / criteria));
        codes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n'));
        sb.append('\n');
        lines.forEach(l -> sb.append(l).append('\n'));
        Path out = Path.of("target", "real-corpus-trace.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        assertThat(criteria).isPositive();
    }
}
