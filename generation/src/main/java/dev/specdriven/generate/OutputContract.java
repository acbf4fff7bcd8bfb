package dev.specdriven.generate;

import java.util.Objects;

/**
 * The exact Markdown shape a backend must return for one kind of document: the shape {@link
 * dev.specdriven.spec.SpecParser} reads and the generation loop checks. It is part of every {@link
 * GenerationContext} and rendered into every prompt.
 *
 * <pre>{@code
 * String rules = OutputContract.of(ArtifactKind.TASKS).text();
 * }</pre>
 *
 * @param kind the document kind
 * @param text the contract as Markdown text for a prompt
 */
public record OutputContract(ArtifactKind kind, String text) {
    /** Validates. */
    public OutputContract {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }

    /**
     * The standard contract for a kind.
     *
     * @param kind the kind
     * @return the contract
     */
    public static OutputContract of(ArtifactKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        switch (kind) {
            case REQUIREMENTS:
                return new OutputContract(kind, REQUIREMENTS);
            case DESIGN:
                return new OutputContract(kind, DESIGN);
            default:
                return new OutputContract(kind, TASKS);
        }
    }

    /**
     * The contract for a bugfix spec (one whose requirements are the clauses of {@code bugfix.md}):
     * a bugfix design (bug details, expected behaviour, root cause, fix, properties for fix and
     * preservation checking) citing the clause ids; the task contract is the standard one.
     *
     * @param kind {@link ArtifactKind#DESIGN} or {@link ArtifactKind#TASKS}
     * @return the contract
     * @throws IllegalArgumentException for {@link ArtifactKind#REQUIREMENTS}
     */
    public static OutputContract forBugfix(ArtifactKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        switch (kind) {
            case DESIGN:
                return new OutputContract(kind, BUGFIX_DESIGN);
            case TASKS:
                return new OutputContract(kind, TASKS + BUGFIX_TASKS);
            default:
                throw new IllegalArgumentException("bugfix specs generate design and tasks only");
        }
    }

    private static final String COMMON =
            "Return only the Markdown document, without commentary or code fences around it."
                    + " Criterion ids are derived: criterion C of '### Requirement R' is R.C.\n";

    private static final String REQUIREMENTS =
            COMMON
                    + "Shape of requirements.md:\n"
                    + "# Requirements Document: <Feature>\n"
                    + "## Introduction\n<one paragraph>\n"
                    + "## Glossary\n- **Term_Name**: definition (one bullet per system or"
                    + " domain term)\n"
                    + "## Requirements\n"
                    + "### Requirement 1: <Title>   (numbered 1, 2, 3… without gaps)\n"
                    + "**User Story:** As a <role>, I want <goal>, so that <benefit>\n"
                    + "#### Acceptance Criteria\n"
                    + "1. WHEN <trigger>, THE <System_Name> SHALL <response>\n"
                    + "2. IF <unwanted condition>, THEN THE <System_Name> SHALL <response>\n"
                    + "Every criterion is one EARS sentence (ubiquitous THE … SHALL, WHEN, WHILE,"
                    + " IF … THEN, WHERE), uses SHALL (never should/may), names a glossary term as"
                    + " system, and is testable.\n";

    private static final String DESIGN =
            COMMON
                    + "Shape of design.md:\n"
                    + "# Design Document: <Feature>\n"
                    + "## Overview\n## Architecture\n## Components and Interfaces\n"
                    + "### <Component or requirement title>   (one per requirement)\n"
                    + "<text>\n_Requirements: 1.1, 1.2_   (the criteria the section realises)\n"
                    + "## Data Models\n"
                    + "## Correctness Properties\n"
                    + "### Property 1: <Title>   (numbered 1, 2, 3… without gaps)\n"
                    + "*For any* <input>, <what holds>.\n"
                    + "**Validates: Requirements 1.1, 1.2**\n"
                    + "## Error Handling\n## Testing Strategy\n"
                    + "Every acceptance criterion is referenced at least once; references name only"
                    + " existing criteria.\n"
                    + "When a current design is given with sections in scope: return the whole"
                    + " document, keep every heading, rewrite only the sections in scope, copy all"
                    + " other sections unchanged, and add new sections only for criteria no"
                    + " section covers.\n";

    private static final String TASKS =
            COMMON
                    + "Shape of tasks.md:\n"
                    + "# Implementation Plan: <Feature>\n"
                    + "- [ ] 1. <Task title>   (top-level tasks numbered 1, 2, 3… without gaps)\n"
                    + "  - [ ] 1.1 <Sub-task title>   (sub-tasks N.1, N.2…, indented two spaces)\n"
                    + "    - <detail bullet>\n"
                    + "    - _Requirements: 1.1, 1.2_\n"
                    + "  - [ ]* 1.2 <Optional test task>\n"
                    + "    - **Property 1: <Title>**\n"
                    + "    - **Validates: Requirements 1.1**\n"
                    + "- [ ] 9. Checkpoint - Ensure all tests pass, ask the user if questions"
                    + " arise.\n"
                    + "Every acceptance criterion is referenced by at least one task; references"
                    + " name only existing criteria and properties.\n"
                    + "When a current task list is given: return the whole list, copy done ([x])"
                    + " and locked (<!-- locked -->) tasks byte for byte, keep the numbers of"
                    + " existing tasks, rewrite only tasks in scope, and give new tasks numbers"
                    + " after the highest existing one.\n";

    private static final String BUGFIX_DESIGN =
            COMMON
                    + "The requirements are the clauses of bugfix.md: 1.x the current (defective)"
                    + " behaviour, 2.x the expected behaviour, 3.x the behaviour that must not"
                    + " change.\n"
                    + "Shape of design.md:\n"
                    + "# Bugfix Design: <Feature>\n"
                    + "## Overview\n"
                    + "## Bug Details\n<the bug condition and examples>\n"
                    + "_Requirements: 1.1, 1.2_   (the defect clauses)\n"
                    + "## Expected Behavior\n<what the fix guarantees>\n"
                    + "_Requirements: 2.1, 3.1_\n"
                    + "## Hypothesized Root Cause\n"
                    + "## Correctness Properties\n"
                    + "### Property 1: Fix Checking\n"
                    + "*For any* input where the bug condition holds, <what holds after the fix>.\n"
                    + "**Validates: Requirements 2.1, 2.2**\n"
                    + "### Property 2: Preservation Checking\n"
                    + "*For any* input where the bug condition does not hold, the behaviour is"
                    + " unchanged.\n"
                    + "**Validates: Requirements 3.1, 3.2**\n"
                    + "## Fix Implementation\n## Testing Strategy\n"
                    + "Every clause is referenced at least once; references name only existing"
                    + " clauses.\n";

    private static final String BUGFIX_TASKS =
            "For a bugfix: first a task that writes the test exposing the bug (clauses 1.x), then"
                    + " the fix (2.x), then the preservation tests (3.x).\n";
}
