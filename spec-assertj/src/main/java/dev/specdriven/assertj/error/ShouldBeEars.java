package dev.specdriven.assertj.error;

import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code isEars()}: the sentence was classified {@code NOT_EARS}. */
public final class ShouldBeEars extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param subject what was checked, such as {@code EARS sentence}
     * @param sentence the sentence
     * @return the factory
     */
    public static ErrorMessageFactory shouldBeEars(String subject, String sentence) {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(sentence, "sentence must not be null");
        return new ShouldBeEars(subject, sentence);
    }

    private ShouldBeEars(String subject, String sentence) {
        super(
                "%nExpecting %s:%n  %s%nto follow an EARS pattern but it was classified NOT_EARS",
                unquotedString(subject), sentence);
    }
}
