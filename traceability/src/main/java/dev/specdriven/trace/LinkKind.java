package dev.specdriven.trace;

/**
 * The kinds of link of a {@link TraceGraph}. Links point from the dependent element to what it
 * depends on or traces to (a task points to the criterion it implements).
 */
public enum LinkKind {
    /** Structural containment: criterion → requirement, requirement → spec, section → parent. */
    PART_OF,
    /** Design section or correctness property → criterion or requirement it validates. */
    VALIDATES,
    /** Task → criterion or requirement of its {@code _Requirements:_} line. */
    IMPLEMENTS,
    /** Task → correctness property it cites. */
    IMPLEMENTS_PROPERTY,
    /** Sub-task → parent task. */
    SUBTASK_OF,
    /**
     * Task → task it depends on (a {@code Depends on:} detail line, or every task of the previous
     * wave of the Task Dependency Graph block).
     */
    DEPENDS_ON,
    /** Test → criterion or requirement it verifies. */
    VERIFIES,
    /**
     * Code location → criterion or requirement its tag cites; task → design section it names (a
     * {@code _Design:_} line or the section's title, see {@link DesignCitations}, or inferred).
     */
    CITES,
    /** Criterion → glossary term that is the system of its EARS sentence. */
    MENTIONS
}
