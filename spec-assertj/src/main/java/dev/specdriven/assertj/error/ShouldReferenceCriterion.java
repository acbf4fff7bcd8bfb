package dev.specdriven.assertj.error;

import java.util.List;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure of {@code referencesRequirement(..)}: the task's reference lines lack the token. */
public final class ShouldReferenceCriterion extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param taskId the task id
     * @param reference the expected reference token, such as {@code 2.3}
     * @param references the tokens the task has, as written
     * @return the factory
     */
    public static ErrorMessageFactory shouldReferenceCriterion(
            String taskId, String reference, List<String> references) {
        Objects.requireNonNull(taskId, "taskId must not be null");
        Objects.requireNonNull(reference, "reference must not be null");
        Objects.requireNonNull(references, "references must not be null");
        return new ShouldReferenceCriterion(taskId, reference, references);
    }

    private ShouldReferenceCriterion(String taskId, String reference, List<String> references) {
        super(
                "%nExpecting task %s to reference %s but its references are:%n  %s",
                unquotedString(taskId),
                reference,
                unquotedString(references.isEmpty() ? "(none)" : String.join(", ", references)));
    }
}
