package dev.specdriven.generate;

import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.RequirementsDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which acceptance criteria changed between two versions of {@code requirements.md}; the input of
 * an impact-scoped regeneration.
 *
 * <pre>{@code
 * RequirementsChange change = RequirementsChange.between(oldRequirements, spec.requirements().orElseThrow());
 * GenerationResult r = generator.regenerateTasks(workspace, spec, change);
 * }</pre>
 *
 * @param changed criteria present in both versions with different text
 * @param added criteria only in the new version
 * @param removed criteria only in the old version
 */
public record RequirementsChange(
        List<CriterionId> changed, List<CriterionId> added, List<CriterionId> removed) {
    /** Copies. */
    public RequirementsChange {
        changed = List.copyOf(changed);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /**
     * Compares two versions criterion by criterion (by id; whitespace runs are ignored).
     *
     * @param before the old version
     * @param after the new version
     * @return the change
     */
    public static RequirementsChange between(
            RequirementsDocument before, RequirementsDocument after) {
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        Map<CriterionId, String> old = texts(before);
        Map<CriterionId, String> now = texts(after);
        List<CriterionId> changed = new ArrayList<>();
        List<CriterionId> added = new ArrayList<>();
        for (Map.Entry<CriterionId, String> e : now.entrySet()) {
            String o = old.get(e.getKey());
            if (o == null) {
                added.add(e.getKey());
            } else if (!o.equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        List<CriterionId> removed =
                old.keySet().stream().filter(k -> !now.containsKey(k)).sorted().toList();
        return new RequirementsChange(changed, added, removed);
    }

    /**
     * A change naming criteria explicitly (all counted as changed).
     *
     * @param criteria the changed criteria
     * @return the change
     */
    public static RequirementsChange of(Collection<CriterionId> criteria) {
        Objects.requireNonNull(criteria, "criteria must not be null");
        return new RequirementsChange(
                new ArrayList<>(new TreeSet<>(criteria)), List.of(), List.of());
    }

    /**
     * Every criterion of the change, sorted.
     *
     * @return changed, added and removed criteria
     */
    public List<CriterionId> all() {
        TreeSet<CriterionId> s = new TreeSet<>(changed);
        s.addAll(added);
        s.addAll(removed);
        return List.copyOf(s);
    }

    /**
     * Whether nothing changed.
     *
     * @return true when there is no changed, added or removed criterion
     */
    public boolean isEmpty() {
        return changed.isEmpty() && added.isEmpty() && removed.isEmpty();
    }

    private static Map<CriterionId, String> texts(RequirementsDocument doc) {
        Map<CriterionId, String> m = new LinkedHashMap<>();
        for (AcceptanceCriterion c : doc.criteria()) {
            m.putIfAbsent(c.id(), c.text().strip().replaceAll("\\s+", " "));
        }
        return m;
    }
}
