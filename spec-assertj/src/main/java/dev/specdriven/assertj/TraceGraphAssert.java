package dev.specdriven.assertj;

import static dev.specdriven.assertj.error.ShouldHaveCoverageAtLeast.shouldHaveCoverageAtLeast;
import static dev.specdriven.assertj.error.ShouldHaveElement.shouldHaveElement;
import static dev.specdriven.assertj.error.ShouldHaveNoFindings.shouldHaveNoFindings;

import dev.specdriven.source.DiagnosticCode;
import dev.specdriven.trace.CoverageSummary;
import dev.specdriven.trace.CriterionCoverage;
import dev.specdriven.trace.Finding;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.NodeKind;
import dev.specdriven.trace.TraceCode;
import dev.specdriven.trace.TraceGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions for a {@link TraceGraph}: coverage, findings, and navigation to one criterion.
 *
 * <pre>{@code
 * TraceGraph graph = TraceGraph.of(SpecParser.create().read(Path.of(".")));
 * assertThat(graph).hasCoverageAtLeast(0.95).hasNoOrphans().hasNoDanglingReferences();
 * assertThat(graph).criterion("order-checkout", "2.3").isCoveredByTask("3.2");
 * }</pre>
 */
public final class TraceGraphAssert extends AbstractAssert<TraceGraphAssert, TraceGraph> {

    /**
     * Creates the assertion; use {@link SpecAssertions#assertThat(TraceGraph)}.
     *
     * @param actual the graph under test
     */
    public TraceGraphAssert(TraceGraph actual) {
        super(actual, TraceGraphAssert.class);
    }

    /**
     * Verifies that the graph has a criterion and navigates to its coverage.
     *
     * @param spec the spec name, such as {@code order-checkout}
     * @param criterion the criterion id, such as {@code 2.3}
     * @return an assertion on the criterion's coverage
     */
    public CriterionTraceAssert criterion(String spec, String criterion) {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(criterion, "criterion must not be null");
        isNotNull();
        NodeId id = NodeId.criterion(spec, criterion);
        Optional<CriterionCoverage> coverage = actual.coverage(id);
        if (coverage.isEmpty()) {
            throwAssertionError(
                    shouldHaveElement(
                            "trace graph",
                            id.toString(),
                            actual.nodes(NodeKind.CRITERION).stream()
                                    .filter(n -> n.spec().equals(spec))
                                    .map(n -> n.id().local())
                                    .toList()));
        }
        return new CriterionTraceAssert(coverage.orElseThrow());
    }

    /**
     * Verifies that at least a share of all criteria is covered: validated by the design and
     * implemented by a task ({@link CriterionCoverage#covered()}). A graph without criteria fails:
     * it has nothing to cover, so it is not covered at any share.
     *
     * @param minimum the minimum share, from 0 to 1 ({@code 0.95} for 95 %)
     * @return {@code this}
     * @throws IllegalArgumentException when {@code minimum} is not in [0, 1]
     */
    public TraceGraphAssert hasCoverageAtLeast(double minimum) {
        if (!(minimum >= 0 && minimum <= 1)) {
            throw new IllegalArgumentException("minimum must be in [0, 1], was " + minimum);
        }
        isNotNull();
        CoverageSummary total = actual.coverage().total();
        double share = total.criteria() == 0 ? 0.0 : (double) total.covered() / total.criteria();
        if (total.criteria() == 0 || share < minimum) {
            throwAssertionError(
                    shouldHaveCoverageAtLeast(
                            minimum,
                            total.covered(),
                            total.criteria(),
                            actual.uncoveredCriteria().stream()
                                    .map(c -> c.criterion().toString())
                                    .toList()));
        }
        return myself;
    }

    /**
     * Verifies that no task and no design element traces to nothing ({@link TraceCode#ORPHAN_TASK},
     * {@link TraceCode#ORPHAN_DESIGN}).
     *
     * @return {@code this}
     */
    public TraceGraphAssert hasNoOrphans() {
        isNotNull();
        List<Finding> orphans = new ArrayList<>(actual.orphanTasks());
        orphans.addAll(actual.orphanDesign());
        if (!orphans.isEmpty()) {
            throwAssertionError(shouldHaveNoFindings("orphans", orphans));
        }
        return myself;
    }

    /**
     * Verifies that every reference resolves ({@code SPEC016}, {@code SPEC017}, {@link
     * TraceCode#DANGLING_DEPENDENCY}; see {@link TraceGraph#danglingReferences()}).
     *
     * @return {@code this}
     */
    public TraceGraphAssert hasNoDanglingReferences() {
        isNotNull();
        List<Finding> dangling = actual.danglingReferences();
        if (!dangling.isEmpty()) {
            throwAssertionError(shouldHaveNoFindings("dangling references", dangling));
        }
        return myself;
    }

    /**
     * Verifies that the graph reports no finding with a code.
     *
     * @param code the code, such as {@link TraceCode#FAILING_EVIDENCE} or {@code
     *     SpecCode.DANGLING_REFERENCE}
     * @return {@code this}
     */
    public TraceGraphAssert hasNoFinding(DiagnosticCode code) {
        Objects.requireNonNull(code, "code must not be null");
        isNotNull();
        List<Finding> found = actual.findings(code);
        if (!found.isEmpty()) {
            throwAssertionError(shouldHaveNoFindings(code.code() + " findings", found));
        }
        return myself;
    }
}
