package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * One token of a reference list such as {@code _Requirements: 1.1, 2, 3.1-3.4_}.
 *
 * <p>Use {@link Spec#resolve(RequirementReference)} to expand it to the criteria it denotes.
 *
 * @param kind what the token denotes
 * @param raw the token as written
 * @param span where the token is
 * @param requirement the requirement id for {@code CRITERION}, {@code REQUIREMENT} and {@code
 *     RANGE} (the first requirement of a range)
 * @param criterion the criterion for {@code CRITERION}, the first criterion of a {@code RANGE}
 * @param rangeEnd the last criterion of a {@code RANGE}
 */
public record RequirementReference(
        ReferenceKind kind,
        String raw,
        SourceSpan span,
        Optional<String> requirement,
        Optional<CriterionId> criterion,
        Optional<CriterionId> rangeEnd) {
    /** Validates. */
    public RequirementReference {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(raw, "raw must not be null");
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(requirement, "requirement must not be null");
        Objects.requireNonNull(criterion, "criterion must not be null");
        Objects.requireNonNull(rangeEnd, "rangeEnd must not be null");
    }
}
