package dev.specdriven.spec;

/** When Kiro includes a steering document ({@code inclusion:} front matter key). */
public enum SteeringInclusion {
    /** Always included; also the default without front matter. */
    ALWAYS,
    /** Included when a file matching {@code fileMatchPattern} is in context. */
    FILE_MATCH,
    /** Included only when referenced explicitly. */
    MANUAL,
    /** Any other value; reported as a diagnostic. */
    UNKNOWN
}
