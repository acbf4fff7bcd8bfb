package dev.specdriven.trace;

import java.util.List;
import java.util.Objects;

/**
 * How far one criterion is traced: designed, tasked, done, verified. Only explicit links count.
 *
 * @param criterion the criterion node
 * @param text the criterion sentence
 * @param design the design sections and properties that validate it (or its requirement)
 * @param tasks the tasks that implement it (or its requirement)
 * @param evidence the tests and code locations that cite it (or its requirement)
 * @param done whether it has tasks and every required (non-optional) one is done; when all its
 *     tasks are optional, whether all of them are done
 * @param verified whether at least one passing test cites it and no citing test fails
 * @param failing whether a citing test fails
 */
public record CriterionCoverage(
        NodeId criterion,
        String text,
        List<NodeId> design,
        List<NodeId> tasks,
        List<NodeId> evidence,
        boolean done,
        boolean verified,
        boolean failing) {

    /** Validates and copies. */
    public CriterionCoverage {
        Objects.requireNonNull(criterion, "criterion must not be null");
        Objects.requireNonNull(text, "text must not be null");
        design = List.copyOf(design);
        tasks = List.copyOf(tasks);
        evidence = List.copyOf(evidence);
    }

    /**
     * Whether a design section or property validates it.
     *
     * @return true when designed
     */
    public boolean designed() {
        return !design.isEmpty();
    }

    /**
     * Whether a task implements it.
     *
     * @return true when tasked
     */
    public boolean tasked() {
        return !tasks.isEmpty();
    }

    /**
     * Whether it is covered: designed and tasked.
     *
     * @return true when covered
     */
    public boolean covered() {
        return designed() && tasked();
    }
}
