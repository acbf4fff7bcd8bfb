package dev.specdriven.examples.trace;

import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.specdriven.assertj.Verifies;
import dev.specdriven.assertj.VerifiesExtension;
import dev.specdriven.examples.ExampleWorkspace;
import dev.specdriven.examples.TestKit;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.CoverageSummary;
import dev.specdriven.trace.TraceGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dog-food: traces the bundled example workspace with evidence produced by real tests (the
 * acceptance tests below, run through the JUnit test kit with {@link VerifiesExtension}) and checks
 * the figures with spec-assertj.
 */
class ExampleWorkspaceDogfoodTest {

    /** Acceptance tests of the cart-total-rounding bugfix, against {@link CartTotals}. */
    @EnabledIf("dev.specdriven.examples.TestKit#active")
    static class CartTotalRoundingAcceptance {

        // @example:verifies:begin
        @Test
        @Verifies("cart-total-rounding:2.1")
        void discount_is_computed_in_cents_and_rounded_once_per_cart() {
            // 3 × 1.05 with 10 %: 31.5 cents of discount, rounded once to 32 (per item: 3 × 11)
            Assertions.assertThat(CartTotals.total(List.of(105L, 105L, 105L), 10, 0))
                    .isEqualTo(283);
        }

        // @example:verifies:end

        @Test
        @Verifies("cart-total-rounding:1.1")
        void the_cart_of_the_bug_report_is_no_longer_one_cent_off() {
            List<Long> cart = List.of(199L, 199L, 199L);
            Assertions.assertThat(CartTotals.total(cart, 15, 0)).isEqualTo(507);
            Assertions.assertThat(CartTotals.totalPerItemInFloatingPoint(List.of(105L, 105L), 10))
                    .isNotEqualTo(CartTotals.total(List.of(105L, 105L), 10, 0));
        }

        @Test
        @Verifies({"cart-total-rounding:3.1", "cart-total-rounding:3.2"})
        void undiscounted_carts_and_vouchers_are_unchanged() {
            Assertions.assertThat(CartTotals.total(List.of(199L, 250L), 0, 0)).isEqualTo(449);
            Assertions.assertThat(CartTotals.total(List.of(199L, 250L), 0, 100)).isEqualTo(349);
        }
    }

    private static TraceGraph tracedWithEvidence(Path dir) throws IOException {
        Path evidence = dir.resolve("specdriven-evidence.json");
        TestKit.jupiter()
                .selectors(selectClass(CartTotalRoundingAcceptance.class))
                .configurationParameter(
                        VerifiesExtension.EVIDENCE_FILE_PARAMETER, evidence.toString())
                .execute()
                .testEvents()
                .assertStatistics(s -> s.succeeded(3).failed(0));
        return TraceExample.build(ExampleWorkspace.directory(), List.of(evidence));
    }

    @Test
    void coverage_figures_of_the_example_workspace(@TempDir Path dir) throws IOException {
        TraceGraph graph = tracedWithEvidence(dir);
        CoverageSummary total = graph.coverage().total();
        // criteria: order-checkout has 4 + 4 + 4 + 3 + 3 = 18, cart-total-rounding has the four
        // bugfix clauses 1.1, 2.1, 3.1, 3.2
        Assertions.assertThat(total.criteria()).isEqualTo(22);
        // tasked: every criterion except order-checkout 3.4, 4.3, 5.1, 5.2, 5.3 (no task cites
        // them)
        Assertions.assertThat(total.tasked()).isEqualTo(17);
        // designed: the bugfix design covers all 4 clauses; order-checkout's design.md cites
        // 1.1, 1.3, 1.4, 2.1-2.4, 3.1-3.3 and 4.1 (11) but not 1.2, 3.4, 4.2, 4.3, 5.1-5.3
        Assertions.assertThat(total.designed()).isEqualTo(15);
        // covered = designed and tasked: the 15 designed criteria all have tasks
        Assertions.assertThat(total.covered()).isEqualTo(15);
        // done: cart 1.1 (task 1) and 2.1 (task 2); order-checkout 1.1-1.4 (tasks 1, 2.x; the
        // optional 2.3 does not count), 2.1 and 2.2 (task 3.1; 3.3 is optional)
        Assertions.assertThat(total.done()).isEqualTo(8);
        // verified: the three passing acceptance tests cite the 4 cart-total-rounding clauses
        Assertions.assertThat(total.verified()).isEqualTo(4);

        // @example:assert-trace:begin
        assertThat(graph)
                .hasCoverageAtLeast(15.0 / 22) // 68.2 %
                .hasNoFinding(dev.specdriven.trace.TraceCode.FAILING_EVIDENCE);
        assertThat(graph).criterion("order-checkout", "2.1").isCoveredByTask("3.1").isCovered();
        assertThat(graph).criterion("cart-total-rounding", "2.1").isVerified();
        // @example:assert-trace:end
        assertThatThrownBy(() -> assertThat(graph).hasCoverageAtLeast(0.69))
                .hasMessageContaining("covers 68.2% (15 of 22)")
                .hasMessageContaining("criterion:order-checkout/5.2");
        assertThatThrownBy(() -> assertThat(graph).criterion("order-checkout", "2.1").isVerified())
                .hasMessageContaining("no passing test cites it");
    }

    @Test
    void the_deliberate_problems_are_found(@TempDir Path dir) throws IOException {
        TraceGraph graph = tracedWithEvidence(dir);
        // task 4.2 cites 3.5, which does not exist
        assertThatThrownBy(() -> assertThat(graph).hasNoDanglingReferences())
                .hasMessageContaining("SPEC016")
                .hasMessageContaining("3.5");
        // task 6 (checkpoint) cites no requirement
        assertThatThrownBy(() -> assertThat(graph).hasNoOrphans())
                .hasMessageContaining("TRACE005")
                .hasMessageContaining("task 6");
    }

    @Test
    void the_workspace_model_through_spec_assertj() throws IOException {
        // @example:assert-spec:begin
        Workspace workspace = SpecParser.create().read(ExampleWorkspace.directory());
        assertThat(workspace).hasSpec("order-checkout").hasDiagnostic("SPEC016"); // task ref 3.5
        assertThat(workspace)
                .hasSpec("order-checkout")
                .hasCriterion("2.3")
                .ears()
                .isStateDriven()
                .hasSystem("Stock_Service");
        assertThat(workspace)
                .hasSpec("order-checkout")
                .tasks()
                .hasTask("3.1")
                .withState(TaskState.DONE);
        // @example:assert-spec:end
        assertThatThrownBy(() -> assertThat(workspace).hasNoErrors())
                .hasMessageContaining("EARS001");
    }
}
