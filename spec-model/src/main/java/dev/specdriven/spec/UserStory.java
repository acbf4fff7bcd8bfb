package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * The user story of a requirement, {@code **User Story:** As a …, I want …, so that …} (or {@code
 * **Objective:**}, or a localized label).
 *
 * @param label the label as written without bold marks and colon ({@code User Story}, {@code 用户故事})
 * @param text the story text after the label
 * @param role the role of {@code As a <role>}, when the English form is used
 * @param goal the goal of {@code I want <goal>}
 * @param benefit the benefit of {@code so that <benefit>}
 * @param span the whole story paragraph
 */
public record UserStory(
        String label,
        String text,
        Optional<String> role,
        Optional<String> goal,
        Optional<String> benefit,
        SourceSpan span) {
    /** Validates. */
    public UserStory {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(goal, "goal must not be null");
        Objects.requireNonNull(benefit, "benefit must not be null");
        Objects.requireNonNull(span, "span must not be null");
    }
}
