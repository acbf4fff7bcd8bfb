package dev.specdriven.trace;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * A traceability finding: a {@link Diagnostic} with a {@link TraceCode} plus the nodes it concerns.
 *
 * <pre>{@code
 * for (Finding f : graph.findings()) {
 *     System.out.println(f.diagnostic() + " " + f.nodes());
 * }
 * }</pre>
 *
 * @param diagnostic the diagnostic (code, severity, message, fix, file and span)
 * @param nodes the nodes concerned, most specific first
 */
public record Finding(Diagnostic diagnostic, List<NodeId> nodes) {

    /** Validates and copies. */
    public Finding {
        Objects.requireNonNull(diagnostic, "diagnostic must not be null");
        nodes = List.copyOf(nodes);
    }

    /**
     * The stable code, such as {@code TRACE002}.
     *
     * @return the code
     */
    public String code() {
        return diagnostic.code();
    }
}
