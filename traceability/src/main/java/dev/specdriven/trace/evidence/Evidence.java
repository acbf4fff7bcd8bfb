package dev.specdriven.trace.evidence;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * Evidence read from test reports, evidence files and source tags, already joined: each test item
 * carries its outcome.
 *
 * <pre>{@code
 * Evidence ev = EvidenceReader.create().read(List.of(Path.of("src/test"), Path.of("target/surefire-reports")));
 * TraceGraph graph = TraceGraph.builder().workspace(ws).evidence(ev).build();
 * }</pre>
 *
 * @param items the evidence items, tests first in name order, then code tags
 * @param diagnostics problems met while reading (malformed reports)
 * @param sources the files and directories read; empty when no evidence was given
 */
public record Evidence(
        List<EvidenceItem> items, List<Diagnostic> diagnostics, List<String> sources) {

    /** Validates and copies. */
    public Evidence {
        items = List.copyOf(items);
        diagnostics = List.copyOf(diagnostics);
        sources = List.copyOf(sources);
    }

    /**
     * No evidence at all: queries that need evidence (verified, done without evidence) are then not
     * reported.
     *
     * @return the empty evidence
     */
    public static Evidence none() {
        return new Evidence(List.of(), List.of(), List.of());
    }

    /**
     * Whether any evidence source was given (even one that yielded no item).
     *
     * @return true when evidence was read
     */
    public boolean given() {
        return !sources.isEmpty() || !items.isEmpty();
    }

    /**
     * Evidence with the items and sources of both.
     *
     * @param other more evidence
     * @return the union
     */
    public Evidence merge(Evidence other) {
        Objects.requireNonNull(other, "other must not be null");
        return new Evidence(
                concat(items, other.items),
                concat(diagnostics, other.diagnostics),
                concat(sources, other.sources));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        java.util.ArrayList<T> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
