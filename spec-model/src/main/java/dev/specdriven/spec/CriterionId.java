package dev.specdriven.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * The id of an acceptance criterion: requirement id and 1-based position, written {@code 2.3}.
 *
 * <p>Kiro never writes criterion ids in {@code requirements.md}; they are derived from the
 * requirement id and the position of the criterion under it. Requirement ids are strings ({@code
 * 2}, {@code FR-1}, {@code REQ-2a}).
 *
 * <pre>{@code
 * CriterionId id = CriterionId.parse("2.3").orElseThrow();
 * id.requirement(); // "2"
 * id.index();       // 3
 * }</pre>
 *
 * @param requirement the requirement id
 * @param index the 1-based position of the criterion under its requirement
 */
public record CriterionId(String requirement, int index) implements Comparable<CriterionId> {

    /** Validates. */
    public CriterionId {
        Objects.requireNonNull(requirement, "requirement must not be null");
        if (requirement.isEmpty()) {
            throw new IllegalArgumentException("requirement must not be empty");
        }
        if (index < 1) {
            throw new IllegalArgumentException("index must be >= 1, was " + index);
        }
        requirement = Ids.canonical(requirement);
    }

    /**
     * Parses {@code R.C}: everything before the last dot is the requirement id, the rest the
     * position.
     *
     * @param text such as {@code 2.3} or {@code FR-1.2}
     * @return the id, empty when the text has no such form
     */
    public static Optional<CriterionId> parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        String t = text.strip();
        int dot = t.lastIndexOf('.');
        if (dot <= 0 || dot == t.length() - 1) {
            return Optional.empty();
        }
        String idx = t.substring(dot + 1);
        if (idx.length() > 6 || !idx.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int i = Integer.parseInt(idx);
        return i < 1 ? Optional.empty() : Optional.of(new CriterionId(t.substring(0, dot), i));
    }

    @Override
    public int compareTo(CriterionId o) {
        int c = Ids.compare(requirement, o.requirement);
        return c != 0 ? c : Integer.compare(index, o.index);
    }

    /** Returns {@code requirement.index}, for example {@code 2.3}. */
    @Override
    public String toString() {
        return requirement + "." + index;
    }
}
