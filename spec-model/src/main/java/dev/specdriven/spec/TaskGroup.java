package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.Objects;

/**
 * A numbered heading that acts as the parent of tasks: {@code ### 1. Types and interfaces} followed
 * by {@code - [x] 1.1 …}, or {@code ## Phase 2: …}, {@code ### Task 3: …}.
 *
 * @param number the number as written ({@code 1}, {@code 2})
 * @param title the heading text
 * @param level the heading level
 * @param span the heading
 */
public record TaskGroup(String number, String title, int level, SourceSpan span) {
    /** Validates. */
    public TaskGroup {
        Objects.requireNonNull(number, "number must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(span, "span must not be null");
    }
}
