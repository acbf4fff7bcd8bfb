package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionPlanTest {
    @TempDir Path dir;

    private TraceGraph graph(String tasks) {
        Fixtures.spec(dir, "s", Fixtures.REQUIREMENTS, null, tasks);
        return TraceGraph.of(Fixtures.read(dir));
    }

    @Test
    void subTasksComeBeforeTheirParentAndDocumentOrderBreaksTies() {
        TraceGraph g =
                graph(
                        """
                        # Tasks

                        - [ ] 1. Parent
                          - [ ] 1.1 First
                          - [ ] 1.2 Second
                        - [ ] 2. Other
                        """);
        ExecutionPlan p = g.executionPlan("s");
        assertThat(p.valid()).isTrue();
        assertThat(p.order()).containsExactly("1.1", "1.2", "1", "2");
        assertThat(p.waves()).containsExactly(List.of("1.1", "1.2", "2"), List.of("1"));
    }

    @Test
    void dependsOnLinesAndWavesOrderTasks() {
        TraceGraph g =
                graph(
                        """
                        # Tasks

                        - [ ] 1. Schema
                        - [ ] 2. Service
                          - Depends on: 3
                        - [ ] 3. Client
                        - [ ] 4. Docs

                        ## Task Dependency Graph

                        ```json
                        {
                          "waves": [
                            { "id": 0, "tasks": ["1"] },
                            { "id": 1, "tasks": ["3", "4"] }
                          ]
                        }
                        ```
                        """);
        assertThat(g.outgoing(NodeId.task("s", "2")))
                .extracting(l -> l.kind() + " " + l.target().local())
                .contains("DEPENDS_ON 3");
        assertThat(g.outgoing(NodeId.task("s", "3")))
                .extracting(l -> l.kind() + " " + l.target().local())
                .contains("DEPENDS_ON 1");
        ExecutionPlan p = g.executionPlan("s");
        assertThat(p.order()).containsExactly("1", "3", "2", "4");
        assertThat(p.waves()).containsExactly(List.of("1"), List.of("3", "4"), List.of("2"));
        assertThat(p.order().indexOf("3")).isLessThan(p.order().indexOf("2"));
    }

    @Test
    void cyclesAreFoundAndReported() {
        TraceGraph g =
                graph(
                        """
                        # Tasks

                        - [ ] 1. A
                          - Depends on: 3
                        - [ ] 2. B
                          - Depends on: 1
                        - [ ] 3. C
                          - Depends on: 2
                        - [ ] 4. D
                          - Depends on: 1
                        """);
        ExecutionPlan p = g.executionPlan("s");
        assertThat(p.valid()).isFalse();
        assertThat(p.order()).isEmpty();
        assertThat(p.cycles()).containsExactly(List.of("1", "2", "3"));
        assertThat(g.taskCycles())
                .containsExactly(
                        List.of(
                                NodeId.task("s", "1"),
                                NodeId.task("s", "2"),
                                NodeId.task("s", "3")));
        assertThat(g.findings(TraceCode.TASK_CYCLE))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.diagnostic().line()).isEqualTo(3);
                            assertThat(f.diagnostic().message()).contains("1 → 2 → 3");
                        });
    }

    @Test
    void unknownWaveTasksAndDependenciesAreReported() {
        TraceGraph g =
                graph(
                        """
                        # Tasks

                        - [ ] 1. A
                          - Depends on: 8
                        - [ ] 2. B

                        ## Task Dependency Graph

                        ```json
                        {"waves": [{"id": 0, "tasks": ["1", "9"]}, {"id": 1, "tasks": ["2"]}]}
                        ```
                        """);
        assertThat(g.findings(TraceCode.UNKNOWN_WAVE_TASK))
                .singleElement()
                .satisfies(f -> assertThat(f.diagnostic().message()).contains("task 9"));
        assertThat(g.danglingReferences())
                .singleElement()
                .satisfies(f -> assertThat(f.diagnostic().message()).contains("task 8"));
        assertThat(g.executionPlan("s").order()).containsExactly("1", "2");
    }

    @Test
    void aParentListedInTheWavesDoesNotWaitForItsSubTasks() {
        TraceGraph g =
                graph(
                        """
                        # Tasks

                        - [ ] 1. Parent
                          - [ ] 1.1 Child
                        - [ ] 2. Other

                        ## Task Dependency Graph

                        ```json
                        {"waves": [{"id": 0, "tasks": ["1"]}, {"id": 1, "tasks": ["1.1", "2"]}]}
                        ```
                        """);
        ExecutionPlan p = g.executionPlan("s");
        assertThat(p.valid()).isTrue();
        assertThat(p.waves()).containsExactly(List.of("1"), List.of("1.1", "2"));
    }
}
