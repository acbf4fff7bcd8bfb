package dev.specdriven.assertj.error;

import java.util.Objects;
import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code hasResponseContaining(..)}: the response lacks the text, or is missing. */
public final class ShouldHaveResponseContaining extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param sentence the sentence
     * @param expected the text the response should contain
     * @param actual the response, empty when the sentence has none
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveResponseContaining(
            String sentence, String expected, Optional<String> actual) {
        Objects.requireNonNull(sentence, "sentence must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        return actual.isPresent()
                ? new ShouldHaveResponseContaining(
                        "%nExpecting the response of EARS sentence:%n  %s%nto contain %s but the"
                                + " response was %s",
                        sentence, expected, actual.get())
                : new ShouldHaveResponseContaining(
                        "%nExpecting the response of EARS sentence:%n  %s%nto contain %s but it"
                                + " has no response",
                        sentence, expected);
    }

    private ShouldHaveResponseContaining(String format, Object... arguments) {
        super(format, arguments);
    }
}
