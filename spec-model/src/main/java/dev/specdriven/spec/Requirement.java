package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One requirement: {@code ### Requirement 2: Title}, its user story and acceptance criteria.
 *
 * <p>The id is a string: the written number ({@code 2}), an id such as {@code FR-1} or {@code
 * REQ-2a}, or the position when the heading carries no number. In a bugfix document the three
 * behaviour sections are requirements {@code 1}, {@code 2} and {@code 3}.
 *
 * @param id the requirement id
 * @param title the title after the id, empty when there is none
 * @param heading the heading text as written
 * @param headingSpan where the heading is
 * @param span from the heading to the end of the requirement
 * @param story the user story, when there is one
 * @param criteria the acceptance criteria in order
 * @param notes other content of the requirement kept as written (notes, metadata lines)
 */
public record Requirement(
        String id,
        String title,
        String heading,
        SourceSpan headingSpan,
        SourceSpan span,
        Optional<UserStory> story,
        List<AcceptanceCriterion> criteria,
        List<TextBlock> notes) {
    /** Validates and copies. */
    public Requirement {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(heading, "heading must not be null");
        Objects.requireNonNull(headingSpan, "headingSpan must not be null");
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(story, "story must not be null");
        criteria = List.copyOf(criteria);
        notes = List.copyOf(notes);
    }

    /**
     * The criterion with a given index: the first whose id has that index (the position for derived
     * ids, the written number for literal ids such as {@code 1.2} paragraphs).
     *
     * @param index the index, 1-based
     * @return the criterion, empty when there is none
     */
    public Optional<AcceptanceCriterion> criterion(int index) {
        for (AcceptanceCriterion c : criteria) {
            if (c.id().index() == index) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
