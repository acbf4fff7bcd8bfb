package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.Objects;

/**
 * A reference from a task to a correctness property of {@code design.md}: {@code - **Property 4:
 * Error handler status**} or a token of {@code _Properties: 4, 5_}.
 *
 * @param number the property number as written
 * @param title the title after the number, empty when there is none
 * @param span where the reference is
 */
public record PropertyReference(String number, String title, SourceSpan span) {
    /** Validates. */
    public PropertyReference {
        Objects.requireNonNull(number, "number must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(span, "span must not be null");
    }
}
