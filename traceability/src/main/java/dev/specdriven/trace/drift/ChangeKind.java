package dev.specdriven.trace.drift;

/** How a criterion changed between the baseline and the current workspace. */
public enum ChangeKind {
    /** Same id, same normalized EARS parts (the text may differ in case, spacing, punctuation). */
    UNCHANGED,
    /** Same normalized EARS parts under another id. */
    RENUMBERED,
    /** Matched (by id or by similarity) but its normalized EARS parts differ. */
    CHANGED,
    /** Only in the current workspace. */
    ADDED,
    /** Only in the baseline. */
    REMOVED
}
