package dev.specdriven.assertj.error;

import dev.specdriven.ears.EarsPattern;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure of {@code hasPattern(..)}, {@code isEventDriven()} and the other pattern shortcuts: the
 * sentence was classified as another pattern.
 */
public final class ShouldHavePattern extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param subject what was checked, such as {@code EARS sentence} or {@code criterion 2.3}
     * @param sentence the sentence
     * @param expected the expected pattern id
     * @param actual the pattern the sentence was classified as
     * @return the factory
     */
    public static ErrorMessageFactory shouldHavePattern(
            String subject, String sentence, String expected, EarsPattern actual) {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(sentence, "sentence must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        return new ShouldHavePattern(subject, sentence, expected, actual);
    }

    private ShouldHavePattern(
            String subject, String sentence, String expected, EarsPattern actual) {
        super(
                "%nExpecting %s:%n  %s%nto be classified as %s but was %s",
                unquotedString(subject),
                sentence,
                unquotedString(expected),
                unquotedString(actual.id()));
    }
}
