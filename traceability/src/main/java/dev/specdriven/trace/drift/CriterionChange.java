package dev.specdriven.trace.drift;

import dev.specdriven.trace.NodeId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion compared with the baseline.
 *
 * @param spec the spec name
 * @param kind how it changed
 * @param before the baseline criterion node, empty for added criteria
 * @param after the current criterion node, empty for removed criteria
 * @param changedParts the EARS parts that differ ({@code trigger}, {@code response}...), empty
 *     unless {@link ChangeKind#CHANGED}
 * @param beforeText the baseline sentence ({@code ""} when added)
 * @param afterText the current sentence ({@code ""} when removed)
 * @param similarity word similarity of the two sentences, 0 to 1
 */
public record CriterionChange(
        String spec,
        ChangeKind kind,
        Optional<NodeId> before,
        Optional<NodeId> after,
        List<String> changedParts,
        String beforeText,
        String afterText,
        double similarity) {

    /** Validates and copies. */
    public CriterionChange {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        changedParts = List.copyOf(changedParts);
        Objects.requireNonNull(beforeText, "beforeText must not be null");
        Objects.requireNonNull(afterText, "afterText must not be null");
    }

    /**
     * Whether the criterion changed in meaning (changed or removed).
     *
     * @return true for {@link ChangeKind#CHANGED} and {@link ChangeKind#REMOVED}
     */
    public boolean semantic() {
        return kind == ChangeKind.CHANGED || kind == ChangeKind.REMOVED;
    }
}
