package dev.specdriven.trace;

import dev.specdriven.source.DiagnosticCode;
import dev.specdriven.source.Severity;
import java.util.Optional;

/**
 * The stable diagnostic codes of the traceability module ({@code TRACE001}…). Match on {@link
 * #code()}, never on message text.
 *
 * <pre>{@code
 * Diagnostic d = TraceCode.NOT_TASKED.at(span, "criterion 2.3 has no task");
 * }</pre>
 *
 * <p>A problem has one code: where the spec model sees it without a graph (a reference to a
 * criterion that does not exist, a duplicate requirement or task number), the trace graph reports
 * the spec model's code ({@code SPEC016}, {@code SPEC012}...) at the same position, and a {@link
 * Finding} carries that code. Codes that were replaced are listed by {@link #retired()}.
 */
public enum TraceCode implements DiagnosticCode {
    /**
     * A criterion no design section or property references (reported when the spec has a design; a
     * design.md that is empty gets one finding for the whole spec instead of one per criterion).
     */
    NOT_DESIGNED(
            "TRACE001",
            Severity.WARNING,
            "criterion not validated by the design",
            "Reference the criterion from a design section or a property's **Validates:** line."),
    /** A criterion no task references (reported when the spec has a task list). */
    NOT_TASKED(
            "TRACE002",
            Severity.WARNING,
            "criterion without a task",
            "Add the criterion to a task's _Requirements:_ line."),
    /**
     * A correctness property without a resolvable Validates reference, or a section whose
     * references all dangle.
     */
    ORPHAN_DESIGN(
            "TRACE004",
            Severity.INFO,
            "design element traces to no requirement",
            "Add a **Validates:** line, or remove the element if it is not needed."),
    /**
     * A leaf task with no requirement or property reference in itself, its ancestors or its
     * sub-tasks.
     */
    ORPHAN_TASK(
            "TRACE005",
            Severity.INFO,
            "task traces to no requirement",
            "Add a _Requirements:_ line to the task or to its parent."),
    /** Tasks that depend on each other in a cycle; they have no valid execution order. */
    TASK_CYCLE(
            "TRACE007",
            Severity.ERROR,
            "dependency cycle among tasks",
            "Remove one of the dependencies of the cycle."),
    /** A done task whose criteria no passing test cites (reported when evidence is given). */
    DONE_WITHOUT_EVIDENCE(
            "TRACE008",
            Severity.WARNING,
            "task done but its criteria have no passing test",
            "Add or run a test that verifies the task's criteria (@Verifies)."),
    /** A failed or erroring test cites the criterion. */
    FAILING_EVIDENCE(
            "TRACE009",
            Severity.ERROR,
            "a test that verifies the criterion fails",
            "Fix the implementation or the test."),
    /** A tag or evidence entry citing an unknown spec, requirement or criterion. */
    UNKNOWN_EVIDENCE_TARGET(
            "TRACE010",
            Severity.WARNING,
            "evidence cites a criterion that does not exist",
            "Fix the tag: spec name and criterion id must exist."),
    /** A wave of the Task Dependency Graph lists an unknown task id. */
    UNKNOWN_WAVE_TASK(
            "TRACE011",
            Severity.WARNING,
            "dependency graph names a task that does not exist",
            "Fix the task id in the Task Dependency Graph block."),
    /** A criterion no passing test cites (reported when evidence is given). */
    NOT_VERIFIED(
            "TRACE012",
            Severity.INFO,
            "criterion not verified by a passing test",
            "Add a test tagged @Verifies(\"spec:id\") and run it."),
    /**
     * An evidence input that cannot be read: a path that does not exist, an unreadable file, a
     * JUnit report that is not well-formed XML, an evidence file that is not JSON or has no {@code
     * results} array, an entry without a test name. The other inputs are still read; the
     * verification figures miss what this one held.
     */
    EVIDENCE_UNREADABLE(
            "TRACE013",
            Severity.ERROR,
            "evidence input cannot be read",
            "Fix the path, or the file at the position given: a JUnit report must be well-formed"
                    + " XML, an evidence file a JSON object with a results array."),
    /** The content hash recorded with an approval differs from the document. */
    STALE_APPROVAL(
            "TRACE014",
            Severity.INFO,
            "approved document changed since its approval",
            "Review the document and approve it again."),
    /**
     * A {@code Depends on:} line of a task names a task that does not exist. (References to
     * requirements, criteria and properties are checked by the spec model: {@code SPEC016}, {@code
     * SPEC017}.)
     */
    DANGLING_DEPENDENCY(
            "TRACE015",
            Severity.ERROR,
            "task depends on a task that does not exist",
            "Fix the task id in the 'Depends on:' line or add the missing task."),
    /**
     * Two criteria of one requirement with the same id. (Duplicate requirements, tasks and
     * properties are reported by the spec model: {@code SPEC006}, {@code SPEC012}, {@code
     * SPEC021}.)
     */
    DUPLICATE_CRITERION(
            "TRACE016",
            Severity.ERROR,
            "duplicate criterion id",
            "Renumber the criteria so that every id is unique in its requirement."),
    /** A criterion's normalized EARS parts differ from the baseline. */
    CRITERION_CHANGED(
            "TRACE020",
            Severity.WARNING,
            "criterion changed semantically",
            "Review the design sections, tasks and tests that trace to it."),
    /** A baseline criterion has no counterpart any more. */
    CRITERION_REMOVED(
            "TRACE021",
            Severity.WARNING,
            "criterion removed",
            "Remove or retarget the references to it."),
    /** A criterion that is not in the baseline. */
    CRITERION_ADDED(
            "TRACE022",
            Severity.INFO,
            "criterion added",
            "Design, plan and test the new criterion."),
    /** A criterion whose content is unchanged but whose id moved. */
    CRITERION_RENUMBERED(
            "TRACE023",
            Severity.INFO,
            "criterion renumbered",
            "Update the references that use the old id."),
    /** A design section, property, task or test that traces to a changed or removed criterion. */
    SUSPECT_LINK(
            "TRACE024",
            Severity.WARNING,
            "downstream element is suspect",
            "Review the element against the changed criterion, then update it."),
    /**
     * A _Requirements:_ or Validates reference left pointing at the old id of a renumbered
     * criterion.
     */
    STALE_REFERENCE(
            "TRACE025",
            Severity.WARNING,
            "reference uses an id that was renumbered",
            "Rewrite the reference as suggested."),
    /** A task whose text changed in the same revision range as its criteria. */
    TASK_EDITED_AFTER_CHANGE(
            "TRACE026",
            Severity.WARNING,
            "task edited while its requirements changed",
            "Check that the task edit reflects the new requirement text."),
    /** A task done in the baseline whose criteria changed since. */
    DONE_TASK_REQUIREMENT_CHANGED(
            "TRACE027",
            Severity.WARNING,
            "requirement changed after its task was done",
            "Re-open the task or mark it as needing revision.");

    private final Definition definition;

    TraceCode(String code, Severity severity, String title, String fix) {
        this.definition = new Definition(code, severity, title, fix);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    private static final java.util.Map<String, String> RETIRED =
            java.util.Map.of(
                    "TRACE003",
                    "reference that resolves to nothing: now SPEC016 (requirement or criterion),"
                            + " SPEC017 (correctness property) or TRACE015 (task dependency)",
                    "TRACE006",
                    "duplicate id: now SPEC006 (requirement), SPEC012 (task), SPEC021 (property)"
                            + " or TRACE016 (criterion)");

    /**
     * The codes this module no longer reports, each with what replaced it. A retired code is never
     * reused for another problem.
     *
     * <pre>{@code
     * TraceCode.retired().get("TRACE003"); // "reference that resolves to nothing: now SPEC016 ..."
     * }</pre>
     *
     * @return retired code → what it meant and which codes replace it, sorted by code
     */
    public static java.util.SortedMap<String, String> retired() {
        return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(RETIRED));
    }

    /**
     * The code with a given text.
     *
     * @param code such as {@code TRACE003}
     * @return the code, empty when unknown
     */
    public static Optional<TraceCode> of(String code) {
        return DiagnosticCode.find(values(), code);
    }
}
