package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One checkbox line of {@code tasks.md} with its detail bullets.
 *
 * <p>The id is the written number without its trailing dot ({@code 1}, {@code 2.3}, {@code 2.3.1});
 * a task without a number gets {@code #n}, its 1-based position among all tasks of the document.
 * The parent comes from the number ({@code 2.3} belongs to {@code 2}); only unnumbered tasks fall
 * back to the Markdown nesting.
 *
 * @param id the task id
 * @param number the number as written without trailing dot, empty for unnumbered tasks
 * @param title the title after the number, as written (bold marks and {@code (P)} kept)
 * @param state the state
 * @param marker the text between the brackets exactly as written ({@code x}, {@code X}, {@code })
 * @param optional whether the task is optional ({@code - [ ]*}, {@code - [ ]\*}, or a title ending
 *     in {@code (optional)})
 * @param span the whole task line
 * @param stateSpan the span of {@code marker}: the only bytes a state change touches
 * @param indent the number of characters before the list marker on the task line
 * @param parentId the id of the parent task or task group heading, empty for top-level tasks
 * @param requirements reference lines ({@code _Requirements: …_}, {@code **Validates: …**})
 * @param properties references to correctness properties
 * @param details every other detail bullet or continuation line, kept as written
 */
public record Task(
        String id,
        Optional<String> number,
        String title,
        TaskState state,
        String marker,
        boolean optional,
        SourceSpan span,
        SourceSpan stateSpan,
        int indent,
        Optional<String> parentId,
        List<ReferenceList> requirements,
        List<PropertyReference> properties,
        List<TextBlock> details) {
    /** Validates and copies. */
    public Task {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(number, "number must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(marker, "marker must not be null");
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(stateSpan, "stateSpan must not be null");
        Objects.requireNonNull(parentId, "parentId must not be null");
        requirements = List.copyOf(requirements);
        properties = List.copyOf(properties);
        details = List.copyOf(details);
    }

    /**
     * All requirement reference tokens of the task, in order.
     *
     * @return the tokens
     */
    public List<RequirementReference> requirementReferences() {
        return requirements.stream().flatMap(r -> r.references().stream()).toList();
    }

    /**
     * The 1-based line of the task.
     *
     * @return the line
     */
    public int line() {
        return span.start().line();
    }
}
