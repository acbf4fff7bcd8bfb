package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.List;
import java.util.Objects;

/**
 * A labelled reference line: {@code _Requirements: 1.1, 2.3_}, {@code **Validates: Requirements
 * 5.2**}, {@code - 需求: 1.1-1.7}.
 *
 * @param label the label as written ({@code Requirements}, {@code Validates}, {@code 需求})
 * @param span the whole line or bullet text (emphasis marks included)
 * @param valueSpan the part after the label holding the tokens
 * @param references the tokens in order
 */
public record ReferenceList(
        String label,
        SourceSpan span,
        SourceSpan valueSpan,
        List<RequirementReference> references) {
    /** Validates and copies. */
    public ReferenceList {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(valueSpan, "valueSpan must not be null");
        references = List.copyOf(references);
    }
}
