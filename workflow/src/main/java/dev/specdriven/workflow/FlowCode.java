package dev.specdriven.workflow;

import dev.specdriven.source.DiagnosticCode;
import dev.specdriven.source.Severity;
import java.util.Optional;

/**
 * The stable diagnostic codes of the workflow module ({@code FLOW001}…): approvals, gates, drift,
 * needs-revision and staleness. Match on {@link #code()}, never on message text.
 *
 * <pre>{@code
 * Diagnostic d = FlowCode.DESIGN_SECTION_MISSING.at(span, "design.md has no 'Security' section");
 * }</pre>
 */
public enum FlowCode implements DiagnosticCode {
    /** requirements.md has no recorded approval. */
    REQUIREMENTS_NOT_APPROVED(
            "FLOW001",
            Severity.INFO,
            "requirements not approved",
            "Review requirements.md and run 'specdriven approve <workspace> <spec> requirements'."),
    /** design.md has no recorded approval. */
    DESIGN_NOT_APPROVED(
            "FLOW002",
            Severity.WARNING,
            "design not approved",
            "Review design.md and run 'specdriven approve <workspace> <spec> design'."),
    /** An approved document changed since its approval. */
    APPROVAL_OUTDATED(
            "FLOW003",
            Severity.WARNING,
            "approved document changed since its approval",
            "Review the changes and approve the document again."),
    /** generate tasks refused: the design is not approved or changed since. */
    GENERATION_BLOCKED(
            "FLOW004",
            Severity.ERROR,
            "tasks cannot be generated from an unapproved or modified design",
            "Approve the design first, or pass --force."),
    /** The design lacks a required section (design-completeness gate). */
    DESIGN_SECTION_MISSING(
            "FLOW010",
            Severity.WARNING,
            "design lacks a required section",
            "Add the section (its heading may use any configured synonym)."),
    /** The spec has no scope-boundary / out-of-scope section. */
    SCOPE_SECTION_MISSING(
            "FLOW011",
            Severity.WARNING,
            "no scope boundary or out-of-scope section",
            "Add a '## Scope' or '## Out of Scope' section to requirements.md or design.md."),
    /** A task has no number. */
    TASK_NOT_NUMBERED(
            "FLOW020",
            Severity.WARNING,
            "task not numbered",
            "Number the task ('- [ ] 3. Title')."),
    /** A task comes before a task it depends on, or numbers go backwards. */
    TASK_OUT_OF_ORDER(
            "FLOW021",
            Severity.ERROR,
            "task ordered before a task it depends on",
            "Move the task after its dependencies, or fix the numbering."),
    /** A task maps to no requirement (explicit, or accepted inferred). */
    TASK_WITHOUT_REQUIREMENT(
            "FLOW022",
            Severity.WARNING,
            "task maps to no requirement",
            "Add a '_Requirements: …_' line, or run 'specdriven link --accept-inferred'."),
    /** A task maps to no design section. */
    TASK_WITHOUT_DESIGN(
            "FLOW023",
            Severity.WARNING,
            "task maps to no design section",
            "Name the design section in a '_Design: …_' line or in the task text."),
    /** More tasks than the configured maximum. */
    TOO_MANY_TASKS(
            "FLOW024",
            Severity.WARNING,
            "more tasks than max-tasks",
            "Merge micro-tasks or split the spec; raise maxTasks in .specdriven.json if intended."),
    /** A task is mapped to a requirement only by an inferred link. */
    TASK_INFERRED_ONLY(
            "FLOW025",
            Severity.INFO,
            "task mapped to requirements only by inferred links",
            "Run 'specdriven link <workspace> --accept-inferred' to make the links explicit."),
    /** design.md changed after tasks.md was generated or last reconciled. */
    DESIGN_DRIFT(
            "FLOW030",
            Severity.WARNING,
            "design changed after the tasks were generated or reconciled",
            "Review the tasks that cite the changed sections, then run 'specdriven reconcile'."),
    /** tasks.md has no recorded baseline (never generated or reconciled through specdriven). */
    NO_BASELINE(
            "FLOW031",
            Severity.INFO,
            "no design baseline recorded for the tasks",
            "Run 'specdriven reconcile <workspace> <spec>' once the tasks match the design."),
    /** A completed task whose requirements changed; marked or to be marked needs-revision. */
    NEEDS_REVISION(
            "FLOW032",
            Severity.WARNING,
            "completed task needs revision",
            "Revise the work for the changed requirement, then 'specdriven diff --unmark'."),
    /** A source file changed since a revision with no change in the spec that traces to it. */
    STALE_SPEC(
            "FLOW040",
            Severity.WARNING,
            "code changed without a spec change",
            "Update the spec that traces to the file (or run 'specdriven verify-spec')."),
    /** A source file changed since a revision and no spec traces to it. */
    UNTRACED_CHANGE(
            "FLOW041",
            Severity.INFO,
            "changed code traced by no spec",
            "Tag the code with 'Verifies: <spec> <ids>' or name it in a spec."),
    /** The last verification of a spec is older than the configured age. */
    VERIFICATION_OUTDATED(
            "FLOW042",
            Severity.WARNING,
            "spec not verified recently",
            "Check the spec against the code and run 'specdriven verify-spec'."),
    /** The spec was never verified. */
    NEVER_VERIFIED(
            "FLOW043",
            Severity.INFO,
            "spec never verified",
            "Run 'specdriven verify-spec <workspace> <spec>' after checking it against the code."),
    /** .specdriven.json cannot be read. */
    CONFIG_INVALID(
            "FLOW050",
            Severity.ERROR,
            "invalid workflow configuration",
            "Fix .specdriven.json: it must be a JSON object with the documented keys."),
    /** A spec's .config.kiro cannot be read as JSON; workflow records are ignored. */
    RECORDS_UNREADABLE(
            "FLOW051",
            Severity.WARNING,
            "spec records unreadable",
            "Fix the JSON of the spec folder's .config.kiro.");

    private final Definition definition;

    FlowCode(String code, Severity severity, String title, String fix) {
        this.definition = new Definition(code, severity, title, fix);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    /**
     * The code with a given text.
     *
     * @param code such as {@code FLOW030}
     * @return the code, empty when unknown
     */
    public static Optional<FlowCode> of(String code) {
        return DiagnosticCode.find(values(), code);
    }
}
