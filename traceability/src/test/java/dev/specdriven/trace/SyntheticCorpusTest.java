package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counts on the synthetic corpus equal the generator's {@code expected.json}. */
class SyntheticCorpusTest {

    @Test
    void countsEqualExpectedJson(@TempDir Path tmp) throws Exception {
        Path script = SharedDirs.shared().resolve("bench/gen_corpus.py");
        Assumptions.assumeTrue(Files.isRegularFile(script), script + " absent, skipping");
        Process p;
        try {
            p =
                    new ProcessBuilder(
                                    "python3",
                                    script.toString(),
                                    "--specs",
                                    "100",
                                    "--out",
                                    tmp.toString())
                            .redirectErrorStream(true)
                            .start();
        } catch (java.io.IOException e) {
            Assumptions.abort("python3 absent, skipping");
            return;
        }
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        JsonNode expected = new ObjectMapper().readTree(tmp.resolve("expected.json").toFile());

        Workspace ws = SpecParser.create().read(tmp.resolve("kiro"));
        TraceGraph graph = TraceGraph.of(ws);
        CoverageReport cov = graph.coverage();

        assertThat(graph.specs()).hasSize(expected.get("specs").asInt());
        assertThat(cov.total().criteria()).isEqualTo(expected.get("criteria").asInt());
        assertThat(graph.nodes(NodeKind.PROPERTY))
                .hasSize(expected.get("design_properties").asInt());
        assertThat(graph.nodes(NodeKind.TASK)).hasSize(expected.get("tasks_total").asInt());
        assertThat(graph.nodes(NodeKind.REQUIREMENT)).hasSize(expected.get("requirements").asInt());
        // criteria in no Validates line
        long notValidated =
                cov.criteria().stream()
                        .filter(
                                c ->
                                        graph.incoming(c.criterion()).stream()
                                                .noneMatch(l -> l.kind() == LinkKind.VALIDATES))
                        .count();
        assertThat(notValidated).isEqualTo(expected.get("gapA_criteria_without_design").asLong());
        assertThat(cov.total().criteria() - cov.total().designed())
                .isEqualTo(expected.get("gapA_criteria_without_design").asInt());
        assertThat(graph.findings(TraceCode.NOT_DESIGNED))
                .hasSize(expected.get("gapA_criteria_without_design").asInt());
        // criteria without a task
        assertThat(cov.total().criteria() - cov.total().tasked())
                .isEqualTo(expected.get("gapB_criteria_without_task").asInt());
        assertThat(graph.findings(TraceCode.NOT_TASKED))
                .hasSize(expected.get("gapB_criteria_without_task").asInt());
        // dangling task references
        long danglingInTasks =
                graph.danglingReferences().stream()
                        .filter(f -> f.diagnostic().file().orElse("").endsWith("tasks.md"))
                        .count();
        assertThat(danglingInTasks).isEqualTo(expected.get("gapC_dangling_task_refs").asLong());
        // tasks with references
        long tasksWithRefs =
                graph.nodes(NodeKind.TASK).stream()
                        .filter(
                                t ->
                                        graph.outgoing(t.id()).stream()
                                                        .anyMatch(
                                                                l ->
                                                                        l.kind()
                                                                                == LinkKind
                                                                                        .IMPLEMENTS)
                                                || graph.danglingReferences().stream()
                                                        .anyMatch(f -> f.nodes().contains(t.id())))
                        .count();
        assertThat(tasksWithRefs).isEqualTo(expected.get("tasks_with_refs").asLong());
        assertThat(graph.taskCycles()).isEmpty();
    }
}
