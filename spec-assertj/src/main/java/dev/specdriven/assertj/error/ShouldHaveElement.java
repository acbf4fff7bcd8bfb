package dev.specdriven.assertj.error;

import java.util.List;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure of navigation assertions ({@code hasSpec(..)}, {@code hasCriterion(..)}, {@code tasks()},
 * {@code criterion(..)}): the element to navigate to does not exist.
 */
public final class ShouldHaveElement extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param subject what was checked, such as {@code spec "checkout"}
     * @param element what is missing, such as {@code criterion 2.3} or {@code tasks.md}
     * @param available what there is instead (ids), possibly empty
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveElement(
            String subject, String element, List<String> available) {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(element, "element must not be null");
        Objects.requireNonNull(available, "available must not be null");
        return new ShouldHaveElement(subject, element, available);
    }

    private ShouldHaveElement(String subject, String element, List<String> available) {
        super(
                "%nExpecting %s to have %s but it has:%n  %s",
                unquotedString(subject),
                unquotedString(element),
                unquotedString(available.isEmpty() ? "(none)" : String.join(", ", available)));
    }
}
