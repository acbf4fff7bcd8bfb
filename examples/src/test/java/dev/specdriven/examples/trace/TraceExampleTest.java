package dev.specdriven.examples.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.examples.ExampleWorkspace;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.TraceGraph;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceExampleTest {

    private static TraceGraph graph() throws IOException {
        return TraceExample.build(ExampleWorkspace.directory(), List.of());
    }

    @Test
    void finds_the_shortest_chain_from_a_task_to_its_spec() throws IOException {
        // task 3.1 is a sub-task of task 3, which is part of the spec: two links
        assertThat(
                        TraceExample.shortestPath(
                                graph(),
                                NodeId.task("order-checkout", "3.1"),
                                NodeId.spec("order-checkout")))
                .containsExactly(
                        NodeId.task("order-checkout", "3.1"),
                        NodeId.task("order-checkout", "3"),
                        NodeId.spec("order-checkout"));
    }

    @Test
    void has_no_path_between_specs() throws IOException {
        assertThat(
                        TraceExample.shortestPath(
                                graph(),
                                NodeId.task("order-checkout", "3.1"),
                                NodeId.spec("cart-total-rounding")))
                .isEmpty();
    }

    @Test
    void each_spec_is_one_connected_component() throws IOException {
        // the two specs share no link, and every element of a spec is linked to its spec node
        List<Set<NodeId>> islands = TraceExample.islands(graph());
        assertThat(islands).hasSize(2);
        assertThat(islands)
                .allSatisfy(
                        s ->
                                assertThat(s)
                                        .containsAnyOf(
                                                NodeId.spec("order-checkout"),
                                                NodeId.spec("cart-total-rounding")));
    }
}
