package dev.specdriven.assertj;

import static dev.specdriven.assertj.error.ShouldHaveNoDiagnostics.shouldHaveNoDiagnostics;

import dev.specdriven.ears.EarsPattern;
import dev.specdriven.spec.AcceptanceCriterion;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions for an {@link AcceptanceCriterion} of a requirements (or bugfix) document.
 *
 * <pre>{@code
 * AcceptanceCriterion c = spec.criterion(CriterionId.parse("2.3").orElseThrow()).orElseThrow();
 * assertThat(c).hasPattern(EarsPatterns.STATE_DRIVEN).hasNoEarsDiagnostics();
 * assertThat(c).ears().hasSystem("Stock_Service");
 * }</pre>
 */
public final class AcceptanceCriterionAssert
        extends AbstractAssert<AcceptanceCriterionAssert, AcceptanceCriterion> {

    /**
     * Creates the assertion; use {@link SpecAssertions#assertThat(AcceptanceCriterion)}.
     *
     * @param actual the criterion under test
     */
    public AcceptanceCriterionAssert(AcceptanceCriterion actual) {
        super(actual, AcceptanceCriterionAssert.class);
    }

    /**
     * Verifies the EARS pattern of the criterion's sentence.
     *
     * @param expected the pattern
     * @return {@code this}
     */
    public AcceptanceCriterionAssert hasPattern(EarsPattern expected) {
        Objects.requireNonNull(expected, "expected must not be null");
        ears().hasPattern(expected);
        return myself;
    }

    /**
     * Verifies that the EARS parser reported nothing for the criterion's sentence.
     *
     * @return {@code this}
     */
    public AcceptanceCriterionAssert hasNoEarsDiagnostics() {
        isNotNull();
        if (!actual.earsDiagnostics().isEmpty()) {
            throwAssertionError(shouldHaveNoDiagnostics(subject(), actual.earsDiagnostics()));
        }
        return myself;
    }

    /**
     * Navigates to the EARS parse of the criterion's sentence.
     *
     * @return an assertion on the parsed sentence
     */
    public EarsRequirementAssert ears() {
        isNotNull();
        return new EarsRequirementAssert(actual.ears(), subject());
    }

    private String subject() {
        return "criterion " + actual.id();
    }
}
