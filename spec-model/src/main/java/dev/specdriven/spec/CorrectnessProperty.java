package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.List;
import java.util.Objects;

/**
 * A correctness property of {@code design.md}: {@code ### Property 3: Title}, {@code Property 3:
 * Title}, {@code **Property 3: Title**} or {@code ### 属性 3: …}, with its {@code **Validates:
 * Requirements 1.2, 3.4**} lines.
 *
 * @param number the property number as written
 * @param title the title after the number
 * @param span from the property's heading or paragraph to the end of its body
 * @param body the body text as written (without the title line)
 * @param validates the {@code Validates} reference lines of the property
 */
public record CorrectnessProperty(
        String number, String title, SourceSpan span, String body, List<ReferenceList> validates) {
    /** Validates and copies. */
    public CorrectnessProperty {
        Objects.requireNonNull(number, "number must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(body, "body must not be null");
        validates = List.copyOf(validates);
    }

    /**
     * All reference tokens of all {@code Validates} lines.
     *
     * @return the tokens in order
     */
    public List<RequirementReference> validatedReferences() {
        return validates.stream().flatMap(v -> v.references().stream()).toList();
    }
}
