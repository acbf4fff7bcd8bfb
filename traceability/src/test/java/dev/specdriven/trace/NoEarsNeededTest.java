package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph, its findings, coverage and impact need ids and references only: building them parses
 * no criterion sentence (criteria are EARS-parsed on first use), which is most of what a {@code
 * trace} run saves.
 */
class NoEarsNeededTest {

    @TempDir Path dir;

    @Test
    void graphFindingsCoverageAndImpactParseNoSentence() throws Exception {
        AtomicInteger parses = new AtomicInteger();
        EarsParser ears =
                EarsParser.builder()
                        .addLintRule(
                                r -> {
                                    parses.incrementAndGet();
                                    return List.of();
                                })
                        .build();
        Fixtures.spec(dir, "checkout", Fixtures.REQUIREMENTS, Fixtures.DESIGN, Fixtures.TASKS);
        Workspace ws = SpecParser.builder().earsParser(ears).build().read(dir);

        TraceGraph g = TraceGraph.of(ws);
        assertThat(g.findings()).isNotEmpty();
        assertThat(g.coverage().total().criteria()).isEqualTo(5);
        assertThat(g.impact(List.of(NodeId.criterion("checkout", "1.1"))).affected()).isNotEmpty();
        assertThat(g.outgoing(NodeId.criterion("checkout", "1.1")))
                .extracting(l -> l.kind() + " " + l.target())
                .contains("MENTIONS term:checkout/checkout service");
        assertThat(parses).hasValue(0);

        // asking for the workspace's diagnostics parses every sentence, once
        assertThat(ws.readDiagnostics()).isNotNull();
        assertThat(parses).hasValue(5);
    }
}
