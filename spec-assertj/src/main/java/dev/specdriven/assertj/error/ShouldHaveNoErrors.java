package dev.specdriven.assertj.error;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code hasNoErrors()}: the subject has diagnostics of severity {@code ERROR}. */
public final class ShouldHaveNoErrors extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param subject what was checked, such as {@code spec "checkout"}
     * @param errors the errors found
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveNoErrors(String subject, List<Diagnostic> errors) {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(errors, "errors must not be null");
        return new ShouldHaveNoErrors(subject, errors);
    }

    private ShouldHaveNoErrors(String subject, List<Diagnostic> errors) {
        super(
                "%nExpecting %s to have no errors but found %s:%n%s",
                unquotedString(subject), errors.size(), unquotedString(Lines.of(errors)));
    }
}
