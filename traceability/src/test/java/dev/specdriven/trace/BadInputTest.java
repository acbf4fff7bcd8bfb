package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.evidence.EvidenceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Garbage specs and evidence never make the graph, its queries or the reader throw. */
class BadInputTest {
    @TempDir Path dir;

    static LongStream seeds() {
        return LongStream.range(0, 12).map(i -> 0xbad0000L + i * 104729);
    }

    private static String garbage(Random rnd) {
        String[] pieces = {
            "- [x] 1. ",
            "_Requirements: ",
            "1.1",
            ", ",
            "9.9",
            "_\n",
            "### Requirement 2\n",
            "1. WHEN x, THE S SHALL y\n",
            "**Validates: Requirements 1.",
            "### Property 1: p\n",
            "\r\n",
            "\u0000",
            "\uFEFF",
            "😀",
            "```json\n{\"waves\": [{\"id\": 0, \"tasks\": [\"1\"",
            "]}]}\n```\n",
            "  - Depends on: 1, 2\n",
            "\n\n",
            "#",
            "[ ]",
            "\t",
            "\u202e"
        };
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(200);
        for (int i = 0; i < n; i++) {
            sb.append(pieces[rnd.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void garbageNeverThrows(long seed) throws Exception {
        Random rnd = new Random(seed);
        Fixtures.spec(dir, "g", garbage(rnd), garbage(rnd), garbage(rnd));
        byte[] raw = new byte[rnd.nextInt(500)];
        rnd.nextBytes(raw);
        Files.write(dir.resolve(".kiro/specs/g/.config.kiro"), raw);
        Fixtures.write(
                dir,
                "ev/TEST-x.xml",
                garbage(rnd),
                "ev/x.json",
                "{\"results\":" + garbage(rnd),
                "ev/test/XTest.java",
                garbage(rnd) + "@Verifies(\"g:1.1\")" + garbage(rnd));
        Workspace ws = Fixtures.read(dir);
        TraceGraph g =
                TraceGraph.builder()
                        .workspace(ws)
                        .evidence(EvidenceReader.create().read(List.of(dir.resolve("ev"))))
                        .build();
        assertThat(g.findings())
                .as("seed " + seed)
                .allSatisfy(f -> assertThat(f.code()).matches("(TRACE|SPEC)\\d{3}"));
        CoverageSummary total = g.coverage().total();
        assertThat(total.coveredPercent().isPresent())
                .as("seed " + seed)
                .isEqualTo(total.criteria() > 0);
        assertThat(total.coveredPercent().orElse(0.0)).as("seed " + seed).isBetween(0.0, 100.0);
        for (TraceNode n : g.nodes()) {
            g.impact(List.of(n.id()));
        }
        g.executionPlan("g");
        g.lifecycle("g");
        assertThat(g.asGraph().vertexSet()).as("seed " + seed).hasSize(g.nodes().size());
    }
}
