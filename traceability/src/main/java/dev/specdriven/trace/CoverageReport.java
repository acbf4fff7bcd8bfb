package dev.specdriven.trace;

import java.util.List;
import java.util.Objects;

/**
 * Coverage of every criterion, per spec and overall.
 *
 * <pre>{@code
 * CoverageReport r = graph.coverage();
 * System.out.printf("%.1f%% covered%n", r.total().coveredPercent());
 * r.criteria().stream().filter(c -> !c.tasked()).forEach(c -> System.out.println(c.criterion()));
 * }</pre>
 *
 * @param criteria one entry per criterion, in spec and document order
 * @param specs one summary per spec, in spec order
 * @param total the summary over all specs
 */
public record CoverageReport(
        List<CriterionCoverage> criteria, List<CoverageSummary> specs, CoverageSummary total) {

    /** Validates and copies. */
    public CoverageReport {
        criteria = List.copyOf(criteria);
        specs = List.copyOf(specs);
        Objects.requireNonNull(total, "total must not be null");
    }
}
