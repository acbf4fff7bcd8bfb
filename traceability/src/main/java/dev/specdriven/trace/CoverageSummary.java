package dev.specdriven.trace;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Coverage counts of one spec (or of the whole workspace, spec {@code ""}). The percentages are
 * absent when there are no criteria.
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
     * The covered share in percent (designed and tasked); absent when there are no criteria (a spec
     * without criteria is not "100 % covered": there is nothing to cover).
     *
     * <pre>{@code
     * String shown = s.coveredPercent().isPresent()
     *         ? String.format("%.1f%%", s.coveredPercent().getAsDouble()) : "n/a";
     * }</pre>
     *
     * @return the percentage, 0 to 100, or empty
     */
    public OptionalDouble coveredPercent() {
        return percent(covered);
    }

    /**
     * A count as a percentage of the criteria; absent when there are none.
     *
     * @param count designed, tasked, done, verified...
     * @return the percentage, or empty when {@link #criteria()} is 0
     */
    public OptionalDouble percent(int count) {
        return criteria == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * count / criteria);
    }
}
