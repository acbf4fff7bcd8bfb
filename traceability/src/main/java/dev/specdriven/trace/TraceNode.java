package dev.specdriven.trace;

import dev.specdriven.source.SourceSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a {@link TraceGraph}.
 *
 * @param id the identity
 * @param kind the kind (the same as {@code id.kind()})
 * @param label a short human-readable label: criterion sentence, section title, task title, test
 *     name
 * @param file the file the node is in, relative to the workspace, when it has one
 * @param span where the node is in {@code file}, when known
 */
public record TraceNode(
        NodeId id, NodeKind kind, String label, Optional<String> file, Optional<SourceSpan> span) {

    /** Validates. */
    public TraceNode {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(span, "span must not be null");
        if (id.kind() != kind) {
            throw new IllegalArgumentException("kind " + kind + " differs from id kind " + id);
        }
    }

    /**
     * The spec the node belongs to ({@code ""} for evidence).
     *
     * @return the spec name
     */
    public String spec() {
        return id.spec();
    }

    /**
     * The 1-based line of the node, when known.
     *
     * @return the line
     */
    public Optional<Integer> line() {
        return span.map(s -> s.start().line());
    }
}
