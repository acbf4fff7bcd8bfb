package dev.specdriven.assertj.error;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code hasCoverageAtLeast(..)}: too few criteria are designed and tasked. */
public final class ShouldHaveCoverageAtLeast extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param expected the minimum share, 0 to 1
     * @param covered the number of covered criteria
     * @param criteria the number of criteria
     * @param uncovered the uncovered criteria (node ids as strings)
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveCoverageAtLeast(
            double expected, int covered, int criteria, List<String> uncovered) {
        Objects.requireNonNull(uncovered, "uncovered must not be null");
        return new ShouldHaveCoverageAtLeast(expected, covered, criteria, uncovered);
    }

    private ShouldHaveCoverageAtLeast(
            double expected, int covered, int criteria, List<String> uncovered) {
        super(
                criteria == 0
                        ? "%nExpecting trace graph to cover at least %s of its criteria but it has"
                                + " no criteria (coverage n/a)"
                        : "%nExpecting trace graph to cover at least %s of its criteria but it"
                                + " covers %s (%s of %s); uncovered:%n%s",
                criteria == 0
                        ? new Object[] {unquotedString(percent(expected))}
                        : new Object[] {
                            unquotedString(percent(expected)),
                            unquotedString(percent((double) covered / criteria)),
                            covered,
                            criteria,
                            unquotedString(Lines.of(uncovered))
                        });
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
