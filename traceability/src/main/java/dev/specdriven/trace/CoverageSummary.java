package dev.specdriven.trace;

import java.util.Objects;

/**
 * Coverage counts of one spec (or of the whole workspace, spec {@code ""}).
 *
 * @param spec the spec name, {@code ""} for the total
 * @param criteria the number of criteria
 * @param designed criteria validated by the design
 * @param tasked criteria implemented by a task
 * @param covered criteria both designed and tasked
 * @param done criteria whose tasks are done
 * @param verified criteria verified by a passing test
 */
public record CoverageSummary(
        String spec, int criteria, int designed, int tasked, int covered, int done, int verified) {

    /** Validates. */
    public CoverageSummary {
        Objects.requireNonNull(spec, "spec must not be null");
    }

    /**
     * The covered share in percent (designed and tasked), 100 when there are no criteria.
     *
     * @return the percentage, 0 to 100
     */
    public double coveredPercent() {
        return percent(covered);
    }

    /**
     * A count as a percentage of the criteria (100 when there are none).
     *
     * @param count designed, tasked, done, verified...
     * @return the percentage
     */
    public double percent(int count) {
        return criteria == 0 ? 100.0 : 100.0 * count / criteria;
    }
}
