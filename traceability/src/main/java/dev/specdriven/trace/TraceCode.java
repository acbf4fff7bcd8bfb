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
 */
public enum TraceCode implements DiagnosticCode {
    /**
     * A criterion no design section or property references (reported when the spec has a design).
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
    /** A reference that resolves to nothing. */
    DANGLING_REFERENCE(
            "TRACE003",
            Severity.ERROR,
            "reference to a criterion, requirement, property or task that does not exist",
            "Fix the reference or add the missing element."),
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
    /** Two elements of one spec with the same id. */
    DUPLICATE_ID(
            "TRACE006",
            Severity.ERROR,
            "duplicate id",
            "Renumber so that every requirement, criterion, property and task id is unique in its spec."),
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
    /** A Surefire report or evidence JSON file that is malformed. */
    EVIDENCE_UNREADABLE(
            "TRACE013",
            Severity.WARNING,
            "evidence file cannot be read",
            "Check the report or evidence file; it must be well-formed XML or JSON."),
    /** The content hash recorded with an approval differs from the document. */
    STALE_APPROVAL(
            "TRACE014",
            Severity.INFO,
            "approved document changed since its approval",
            "Review the document and approve it again."),
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
