package dev.specdriven.ears;

import java.util.Objects;

/**
 * A named EARS pattern a requirement can be classified as.
 *
 * <p>The built-in patterns are constants of {@link EarsPatterns}; users register their own through
 * a {@link PatternRegistry}.
 *
 * @param id stable identifier, upper snake case ({@code EVENT_DRIVEN})
 * @param description one line for people
 */
public record EarsPattern(String id, String description) {

    /** Validates the id. */
    public EarsPattern {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(description, "description must not be null");
        if (!id.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("id must be upper snake case, was '" + id + "'");
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
