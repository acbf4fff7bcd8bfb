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
        if (!upperSnakeCase(id)) {
            throw new IllegalArgumentException("id must be upper snake case, was '" + id + "'");
        }
    }

    /** {@code [A-Z][A-Z0-9_]*}, checked by a scan (no regular expression on configured text). */
    private static boolean upperSnakeCase(String id) {
        if (id.isEmpty() || id.charAt(0) < 'A' || id.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return id;
    }
}
