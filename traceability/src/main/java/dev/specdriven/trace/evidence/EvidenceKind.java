package dev.specdriven.trace.evidence;

/** What a piece of evidence is. */
public enum EvidenceKind {
    /** A test (tag in a test source, Surefire result, evidence JSON entry). */
    TEST,
    /** A requirement tag in non-test code. */
    CODE
}
