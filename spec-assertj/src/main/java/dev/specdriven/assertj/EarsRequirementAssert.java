package dev.specdriven.assertj;

import static dev.specdriven.assertj.error.ShouldBeEars.shouldBeEars;
import static dev.specdriven.assertj.error.ShouldHaveClause.shouldHaveClause;
import static dev.specdriven.assertj.error.ShouldHavePattern.shouldHavePattern;
import static dev.specdriven.assertj.error.ShouldHaveResponseContaining.shouldHaveResponseContaining;
import static dev.specdriven.assertj.error.ShouldHaveSystem.shouldHaveSystem;

import dev.specdriven.ears.ClauseKind;
import dev.specdriven.ears.EarsPattern;
import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.ears.EarsRequirement;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions for a parsed EARS sentence.
 *
 * <pre>{@code
 * EarsRequirement r = EarsParser.create()
 *         .parse("When an order is paid, the Order_Service shall send a receipt.").value();
 * assertThat(r).isEventDriven()
 *         .hasSystem("Order_Service")
 *         .hasResponseContaining("receipt")
 *         .hasClauseContaining(ClauseKind.WHEN, "paid");
 * }</pre>
 */
public final class EarsRequirementAssert
        extends AbstractAssert<EarsRequirementAssert, EarsRequirement> {

    private final String subject;

    /**
     * Creates the assertion; use {@link SpecAssertions#assertThat(EarsRequirement)}.
     *
     * @param actual the requirement under test
     */
    public EarsRequirementAssert(EarsRequirement actual) {
        this(actual, "EARS sentence");
    }

    EarsRequirementAssert(EarsRequirement actual, String subject) {
        super(actual, EarsRequirementAssert.class);
        this.subject = subject;
    }

    /**
     * Verifies the pattern the sentence was classified as.
     *
     * @param expected the pattern, a constant of {@link EarsPatterns} or a custom one
     * @return {@code this}
     */
    public EarsRequirementAssert hasPattern(EarsPattern expected) {
        Objects.requireNonNull(expected, "expected must not be null");
        return hasPattern(expected.id());
    }

    /**
     * Verifies the id of the pattern the sentence was classified as.
     *
     * @param expectedId the pattern id, such as {@code TIMED_RESPONSE}
     * @return {@code this}
     */
    public EarsRequirementAssert hasPattern(String expectedId) {
        Objects.requireNonNull(expectedId, "expectedId must not be null");
        isNotNull();
        if (!actual.pattern().id().equals(expectedId)) {
            throwAssertionError(
                    shouldHavePattern(subject, actual.text(), expectedId, actual.pattern()));
        }
        return myself;
    }

    /**
     * Verifies that the sentence is {@link EarsPatterns#UBIQUITOUS}.
     *
     * @return {@code this}
     */
    public EarsRequirementAssert isUbiquitous() {
        return hasPattern(EarsPatterns.UBIQUITOUS);
    }

    /**
     * Verifies that the sentence is {@link EarsPatterns#EVENT_DRIVEN}.
     *
     * @return {@code this}
     */
    public EarsRequirementAssert isEventDriven() {
        return hasPattern(EarsPatterns.EVENT_DRIVEN);
    }

    /**
     * Verifies that the sentence is {@link EarsPatterns#UNWANTED_BEHAVIOR}.
     *
     * @return {@code this}
     */
    public EarsRequirementAssert isUnwantedBehavior() {
        return hasPattern(EarsPatterns.UNWANTED_BEHAVIOR);
    }

    /**
     * Verifies that the sentence is {@link EarsPatterns#STATE_DRIVEN}.
     *
     * @return {@code this}
     */
    public EarsRequirementAssert isStateDriven() {
        return hasPattern(EarsPatterns.STATE_DRIVEN);
    }

    /**
     * Verifies that the sentence is {@link EarsPatterns#OPTIONAL_FEATURE}.
     *
     * @return {@code this}
     */
    public EarsRequirementAssert isOptionalFeature() {
        return hasPattern(EarsPatterns.OPTIONAL_FEATURE);
    }

    /**
     * Verifies that the sentence is {@link EarsPatterns#COMPLEX}.
     *
     * @return {@code this}
     */
    public EarsRequirementAssert isComplex() {
        return hasPattern(EarsPatterns.COMPLEX);
    }

    /**
     * Verifies that the sentence is {@link EarsPatterns#NOT_EARS}.
     *
     * @return {@code this}
     */
    public EarsRequirementAssert isNotEars() {
        return hasPattern(EarsPatterns.NOT_EARS);
    }

    /**
     * Verifies that the sentence follows some EARS pattern (anything but {@link
     * EarsPatterns#NOT_EARS}).
     *
     * @return {@code this}
     */
    public EarsRequirementAssert isEars() {
        isNotNull();
        if (!actual.isEars()) {
            throwAssertionError(shouldBeEars(subject, actual.text()));
        }
        return myself;
    }

    /**
     * Verifies the system of the sentence. It matches the system as written ({@code the Editor}) or
     * without its article ({@code Editor}, see {@link EarsRequirement#systemName()}).
     *
     * @param expected the system name
     * @return {@code this}
     */
    public EarsRequirementAssert hasSystem(String expected) {
        Objects.requireNonNull(expected, "expected must not be null");
        isNotNull();
        Optional<String> written = actual.system();
        if (!written.map(expected::equals).orElse(false)
                && !actual.systemName().map(expected::equals).orElse(false)) {
            throwAssertionError(shouldHaveSystem(actual.text(), expected, written));
        }
        return myself;
    }

    /**
     * Verifies that the response (the text after {@code shall}) contains a text.
     *
     * @param expected the text, case-sensitive
     * @return {@code this}
     */
    public EarsRequirementAssert hasResponseContaining(String expected) {
        Objects.requireNonNull(expected, "expected must not be null");
        isNotNull();
        Optional<String> response = actual.response();
        if (!response.map(r -> r.contains(expected)).orElse(false)) {
            throwAssertionError(shouldHaveResponseContaining(actual.text(), expected, response));
        }
        return myself;
    }

    /**
     * Verifies that a clause of a kind contains a text.
     *
     * @param kind the clause kind, such as {@link ClauseKind#WHEN}
     * @param expected the text, case-sensitive
     * @return {@code this}
     */
    public EarsRequirementAssert hasClauseContaining(ClauseKind kind, String expected) {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        isNotNull();
        if (actual.clauses(kind).stream().noneMatch(c -> c.text().contains(expected))) {
            throwAssertionError(shouldHaveClause(actual.text(), kind, expected, actual.clauses()));
        }
        return myself;
    }
}
