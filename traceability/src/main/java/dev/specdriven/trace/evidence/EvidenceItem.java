package dev.specdriven.trace.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of evidence: a test (or a code location) and the criteria it cites.
 *
 * @param kind test or code
 * @param name the test name {@code class#method} (a class name alone for a class-level tag), or
 *     {@code file:line} for code
 * @param targets the criteria and requirements cited
 * @param status the test outcome ({@link TestStatus#NOT_RUN} for code)
 * @param file the source file, relative to the scanned directory, when known
 * @param line the 1-based line of the tag, when known
 * @param origin where it was found: {@code tag}, {@code junit-xml} or {@code evidence-json}
 */
public record EvidenceItem(
        EvidenceKind kind,
        String name,
        List<EvidenceTarget> targets,
        TestStatus status,
        Optional<String> file,
        Optional<Integer> line,
        String origin) {

    /** Validates and copies. */
    public EvidenceItem {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(name, "name must not be null");
        targets = List.copyOf(targets);
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(line, "line must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
    }
}
