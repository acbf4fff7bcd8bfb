package dev.specdriven.trace;

/**
 * Where a link comes from. Explicit links are written in the specs or tags; inferred links are
 * guessed (shared identifiers, routes, table names) and carry a score. Queries that count coverage
 * use explicit links only unless told otherwise, so the two are never mixed up.
 */
public enum LinkOrigin {
    /** Written in a spec, a tag or an evidence file; score 1. */
    EXPLICIT,
    /** Inferred by a heuristic, with a score in (0, 1]. */
    INFERRED
}
