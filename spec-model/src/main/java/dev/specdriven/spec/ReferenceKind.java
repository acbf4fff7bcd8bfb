package dev.specdriven.spec;

/** What a requirement reference token denotes. */
public enum ReferenceKind {
    /** One criterion, {@code 2.3}. */
    CRITERION,
    /** A whole requirement, {@code 3} or {@code FR-1} or {@code 需求 1 全部}. */
    REQUIREMENT,
    /** A range of criteria, {@code 1.1-1.4}. */
    RANGE,
    /** Every requirement, {@code All requirements}. */
    ALL,
    /** Anything else, kept raw ({@code Project setup}). */
    FREE_TEXT
}
