package dev.specdriven.generate;

import dev.specdriven.source.DiagnosticCode;
import dev.specdriven.source.Severity;

/**
 * The stable diagnostic codes of generation ({@code GEN001}…). Generated documents are also checked
 * with the spec model's {@code SPEC…} and {@code EARS…} codes; these codes cover what only a
 * generator can get wrong. Match on {@link #code()}, never on message text.
 *
 * <pre>{@code
 * result.diagnostics().stream().anyMatch(d -> d.code().equals(GenCode.CRITERION_NOT_IN_TASKS.code()));
 * }</pre>
 */
public enum GenCode implements DiagnosticCode {
    /** The backend returned no text. */
    EMPTY_OUTPUT(
            "GEN001",
            Severity.ERROR,
            "backend returned empty output",
            "Return the complete Markdown document described by the output contract."),
    /** The text is not a document of the requested kind. */
    NOT_A_DOCUMENT(
            "GEN002",
            Severity.ERROR,
            "output is not a document of the requested kind",
            "Return only the Markdown document, with the headings and list shapes of the output"
                    + " contract, no commentary around it."),
    /** A criterion is not referenced by the design. */
    CRITERION_NOT_IN_DESIGN(
            "GEN003",
            Severity.ERROR,
            "criterion not referenced by the design",
            "Reference the criterion from a component section or a property, for example"
                    + " '_Requirements: 2.3_' or '**Validates: Requirements 2.3**'."),
    /** A criterion is not referenced by any task. */
    CRITERION_NOT_IN_TASKS(
            "GEN004",
            Severity.ERROR,
            "criterion not referenced by any task",
            "Add or extend a task with a '_Requirements: 2.3_' line naming the criterion."),
    /** A reference names a criterion, requirement or property that does not exist. */
    DANGLING_REFERENCE(
            "GEN005",
            Severity.ERROR,
            "generated reference to something that does not exist",
            "Reference only criteria and properties listed in the context."),
    /** The generated requirements have no acceptance criteria, or a criterion is not EARS. */
    WEAK_REQUIREMENTS(
            "GEN006",
            Severity.WARNING,
            "generated requirement without EARS acceptance criteria",
            "Give every requirement numbered EARS acceptance criteria (WHEN/IF/WHILE/WHERE …"
                    + " THE <system> SHALL …)."),
    /** A unit in scope of an impact-scoped regeneration is missing from the output. */
    SCOPED_UNIT_MISSING(
            "GEN007",
            Severity.WARNING,
            "section or task in scope missing from the output; the current text was kept",
            "Return every section and task of the current document, rewriting those in scope and"
                    + " keeping their headings and numbers."),
    /** The generated document has no title heading. */
    MISSING_TITLE(
            "GEN008",
            Severity.WARNING,
            "generated document has no '# ' title",
            "Start the document with a '# Design Document: <feature>' (or Implementation Plan /"
                    + " Requirements Document) heading."),
    /** A generated design lacks a standard section. */
    MISSING_SECTION(
            "GEN009",
            Severity.WARNING,
            "generated design lacks a standard section",
            "Add the section: Overview, Architecture, Components and Interfaces, Data Models,"
                    + " Correctness Properties, Error Handling, Testing Strategy."),
    /** A task kept from the current document (done or locked) was changed by the output. */
    KEPT_TASK_CHANGED(
            "GEN010",
            Severity.INFO,
            "the output changed a done or locked task; the current text was kept",
            "Copy done ([x]) and locked tasks byte for byte.");

    private final Definition definition;

    GenCode(String code, Severity severity, String title, String fix) {
        this.definition = new Definition(code, severity, title, fix);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
