package dev.specdriven.assertj.error;

import java.util.Objects;
import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code hasSystem(..)}: the sentence names another system, or none. */
public final class ShouldHaveSystem extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param sentence the sentence
     * @param expected the expected system name
     * @param actual the system as written, empty when the sentence has none
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveSystem(
            String sentence, String expected, Optional<String> actual) {
        Objects.requireNonNull(sentence, "sentence must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        return actual.isPresent()
                ? new ShouldHaveSystem(
                        "%nExpecting EARS sentence:%n  %s%nto have system %s but was %s",
                        sentence, expected, actual.get())
                : new ShouldHaveSystem(
                        "%nExpecting EARS sentence:%n  %s%nto have system %s but it has no system",
                        sentence, expected);
    }

    private ShouldHaveSystem(String format, Object... arguments) {
        super(format, arguments);
    }
}
