package dev.specdriven.spec;

import dev.specdriven.source.DiagnosticCode;
import dev.specdriven.source.Severity;

/**
 * The stable diagnostic codes of the spec model ({@code SPEC001}…). Match on {@link #code()}, never
 * on message text.
 *
 * <pre>{@code
 * Diagnostic d = SpecCode.DANGLING_REFERENCE.at(span, "requirement 8.1 does not exist");
 * }</pre>
 */
public enum SpecCode implements DiagnosticCode {
    /** A canonical spec file is missing. */
    MISSING_FILE(
            "SPEC001",
            Severity.WARNING,
            "spec file missing",
            "Create the missing document, or ignore it if the spec phase is not reached yet."),
    /** The directory holds no spec. */
    NO_SPECS(
            "SPEC002",
            Severity.ERROR,
            "directory without specs",
            "Point the command at a directory holding .kiro/specs/, specs/ or a spec folder."),
    /** A file or directory cannot be read. */
    UNREADABLE_FILE(
            "SPEC003",
            Severity.ERROR,
            "file cannot be read",
            "Check that the file exists and is readable."),
    /** A file is not valid UTF-8. */
    INVALID_UTF8(
            "SPEC004", Severity.ERROR, "file is not valid UTF-8", "Re-save the file as UTF-8."),
    /** A file looks binary. */
    BINARY_FILE(
            "SPEC005",
            Severity.ERROR,
            "file is binary",
            "Replace it by the Markdown document it should be."),
    /** Two requirements have the same id; a reference to it is ambiguous. */
    DUPLICATE_REQUIREMENT(
            "SPEC006",
            Severity.ERROR,
            "duplicate requirement id",
            "Renumber the requirements so every id is unique."),
    /** Requirement numbers are not 1..n in order. */
    NON_CONTIGUOUS_REQUIREMENT(
            "SPEC007",
            Severity.WARNING,
            "requirement numbers not contiguous",
            "Number the requirements 1, 2, 3… in document order."),
    /** A written criterion number differs from its position. */
    CRITERION_NUMBERING(
            "SPEC008",
            Severity.WARNING,
            "criterion number differs from its position",
            "Number the criteria 1, 2, 3… under each requirement; ids are derived by position."),
    /** A requirement has no acceptance criteria. */
    EMPTY_CRITERIA(
            "SPEC009",
            Severity.WARNING,
            "requirement without acceptance criteria",
            "Add an '#### Acceptance Criteria' heading with numbered EARS sentences."),
    /** A SHALL subject looks like a glossary term but is not defined. */
    UNDEFINED_TERM(
            "SPEC010",
            Severity.WARNING,
            "system term not defined in the glossary",
            "Add the term to the '## Glossary' section as '- **Term**: definition'."),
    /** A glossary term is never used. */
    UNUSED_TERM(
            "SPEC011",
            Severity.INFO,
            "glossary term never used",
            "Use the term in a requirement or remove it from the glossary."),
    /** Two tasks have the same number; a dependency on it is ambiguous. */
    DUPLICATE_TASK(
            "SPEC012",
            Severity.ERROR,
            "duplicate task number",
            "Renumber the tasks so every number is unique."),
    /** Task numbers have gaps or are out of order. */
    NON_CONTIGUOUS_TASK(
            "SPEC013",
            Severity.WARNING,
            "task numbers not contiguous",
            "Number sibling tasks 1, 2, 3… (sub-tasks N.1, N.2…) in document order."),
    /** A sub-task's parent number exists nowhere. */
    MISSING_PARENT_TASK(
            "SPEC014",
            Severity.WARNING,
            "sub-task without parent task",
            "Add the parent task (or a numbered heading) or renumber the sub-task."),
    /** A checkbox holds an unknown state. */
    UNKNOWN_TASK_STATE(
            "SPEC015",
            Severity.WARNING,
            "unknown task state",
            "Use [ ] (not started), [-] (in progress), [~] (queued) or [x] (done)."),
    /**
     * A reference names a requirement or criterion that does not exist (reported by {@code check}
     * and by the trace graph alike).
     */
    DANGLING_REFERENCE(
            "SPEC016",
            Severity.ERROR,
            "reference to a requirement or criterion that does not exist",
            "Reference an existing criterion (requirement.position) or fix requirements.md."),
    /** A task cites a correctness property the design does not have. */
    DANGLING_PROPERTY(
            "SPEC017",
            Severity.ERROR,
            "reference to a correctness property that does not exist",
            "Reference a property defined in design.md or add it there."),
    /** A reference token could not be understood. */
    UNPARSED_REFERENCE(
            "SPEC018",
            Severity.INFO,
            "reference is free text",
            "Write references as criterion ids (1.2), requirement numbers (3) or ranges (1.1-1.4)."),
    /** The task dependency graph block is not valid. */
    INVALID_DEPENDENCY_GRAPH(
            "SPEC019",
            Severity.WARNING,
            "invalid task dependency graph",
            "Write the block as JSON {\"waves\":[{\"id\":0,\"tasks\":[\"1\",\"2.1\"]}]} with existing task ids."),
    /** The requirements document has no recognisable requirement. */
    NO_REQUIREMENTS(
            "SPEC020",
            Severity.WARNING,
            "no requirements found",
            "Write requirements as '### Requirement N: Title' headings with acceptance criteria."),
    /** Two correctness properties have the same number; a task citing it is ambiguous. */
    DUPLICATE_PROPERTY(
            "SPEC021",
            Severity.ERROR,
            "duplicate correctness property number",
            "Renumber the correctness properties so every number is unique."),
    /** The .config.kiro side-car is not a JSON object. */
    INVALID_CONFIG(
            "SPEC022",
            Severity.WARNING,
            "invalid .config.kiro",
            "Write .config.kiro as a JSON object such as {\"specType\":\"feature\"}."),
    /** Invalid steering front matter. */
    INVALID_FRONT_MATTER(
            "SPEC023",
            Severity.WARNING,
            "invalid steering front matter",
            "Use inclusion: always|fileMatch|manual, and fileMatchPattern with fileMatch."),
    /** Two glossary entries define the same term. */
    DUPLICATE_TERM(
            "SPEC024",
            Severity.WARNING,
            "glossary term defined twice",
            "Keep one definition per glossary term."),
    /** A document is empty. */
    EMPTY_DOCUMENT(
            "SPEC025",
            Severity.INFO,
            "document is empty",
            "Fill in the document when the spec reaches this phase."),
    /** A component failed on some input (a bug); the rest of the file was read. */
    INTERNAL_ERROR(
            "SPEC026",
            Severity.ERROR,
            "internal error while reading",
            "Report the input that triggers it; the rest of the spec was read."),
    /** A file is larger than the configured maximum; it was not parsed. */
    FILE_TOO_LARGE(
            "SPEC027",
            Severity.ERROR,
            "file too large",
            "Split the file, or raise SpecParser.Builder.maxFileSize."),
    /** A line is longer than the configured maximum; it was read as blank. */
    LINE_TOO_LONG(
            "SPEC028",
            Severity.WARNING,
            "line too long",
            "Break the line, or raise SpecParser.Builder.maxLineLength."),
    /**
     * Lists or block quotes nest deeper than the configured maximum; the deeper part was dropped.
     */
    NESTING_TOO_DEEP(
            "SPEC029",
            Severity.WARNING,
            "nesting too deep",
            "Flatten the nested lists or quotes, or raise SpecParser.Builder.maxNesting.");

    private final Definition definition;

    SpecCode(String code, Severity severity, String title, String fix) {
        this.definition = new Definition(code, severity, title, fix);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
