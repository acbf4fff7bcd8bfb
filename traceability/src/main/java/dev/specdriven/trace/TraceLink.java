package dev.specdriven.trace;

import dev.specdriven.source.SourceSpan;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A typed, directed link of a {@link TraceGraph}: from the dependent element ({@link #source()}) to
 * what it traces to ({@link #target()}).
 *
 * <p>Links have <em>identity</em> equality (they are not records), so two links of the same kind
 * between the same nodes (a task citing {@code 2.3} twice) stay two links, as JGraphT requires for
 * multigraph edges.
 *
 * <pre>{@code
 * TraceLink l = TraceLink.explicit(NodeId.task("auth", "2.1"), NodeId.criterion("auth", "1.2"),
 *         LinkKind.IMPLEMENTS, "1.2", ".kiro/specs/auth/tasks.md", span);
 * TraceLink guess = TraceLink.inferred(task, crit, LinkKind.IMPLEMENTS, 0.72, "AuthService");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TraceLink {
    private final NodeId source;
    private final NodeId target;
    private final LinkKind kind;
    private final LinkOrigin origin;
    private final double score;
    private final String text;
    // nullable rather than Optional: a large graph holds a million links
    private final @Nullable String file;
    private final @Nullable SourceSpan span;

    private TraceLink(
            NodeId source,
            NodeId target,
            LinkKind kind,
            LinkOrigin origin,
            double score,
            String text,
            @Nullable String file,
            @Nullable SourceSpan span) {
        this.source = Objects.requireNonNull(source, "source must not be null");
        this.target = Objects.requireNonNull(target, "target must not be null");
        this.kind = Objects.requireNonNull(kind, "kind must not be null");
        this.origin = Objects.requireNonNull(origin, "origin must not be null");
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in (0, 1], was " + score);
        }
        this.score = score;
        this.text = Objects.requireNonNull(text, "text must not be null");
        this.file = file;
        this.span = span;
    }

    /**
     * An explicit link written in a file.
     *
     * @param source the dependent node
     * @param target the node it traces to
     * @param kind the kind
     * @param text the reference as written ({@code 2.3}, {@code 1.1-1.4}), or a short description
     * @param file the file holding the reference, relative to the workspace
     * @param span where the reference is in {@code file}
     * @return the link
     */
    public static TraceLink explicit(
            NodeId source,
            NodeId target,
            LinkKind kind,
            String text,
            String file,
            SourceSpan span) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(span, "span must not be null");
        return new TraceLink(source, target, kind, LinkOrigin.EXPLICIT, 1.0, text, file, span);
    }

    /**
     * An explicit link with no position (structure, evidence reports).
     *
     * @param source the dependent node
     * @param target the node it traces to
     * @param kind the kind
     * @param text a short description
     * @return the link
     */
    public static TraceLink structural(NodeId source, NodeId target, LinkKind kind, String text) {
        return new TraceLink(source, target, kind, LinkOrigin.EXPLICIT, 1.0, text, null, null);
    }

    /**
     * An inferred link with a score.
     *
     * @param source the dependent node
     * @param target the node it probably traces to
     * @param kind the kind
     * @param score the confidence, in (0, 1]
     * @param reason why it was inferred (the shared identifier, for example)
     * @return the link
     * @throws IllegalArgumentException when the score is out of range
     */
    public static TraceLink inferred(
            NodeId source, NodeId target, LinkKind kind, double score, String reason) {
        return new TraceLink(source, target, kind, LinkOrigin.INFERRED, score, reason, null, null);
    }

    /**
     * The dependent node.
     *
     * @return the source
     */
    public NodeId source() {
        return source;
    }

    /**
     * The node traced to.
     *
     * @return the target
     */
    public NodeId target() {
        return target;
    }

    /**
     * The kind.
     *
     * @return the kind
     */
    public LinkKind kind() {
        return kind;
    }

    /**
     * Whether the link is explicit or inferred.
     *
     * @return the origin
     */
    public LinkOrigin origin() {
        return origin;
    }

    /**
     * Whether the link is explicit.
     *
     * @return true for {@link LinkOrigin#EXPLICIT}
     */
    public boolean isExplicit() {
        return origin == LinkOrigin.EXPLICIT;
    }

    /**
     * The confidence: 1 for explicit links.
     *
     * @return the score in (0, 1]
     */
    public double score() {
        return score;
    }

    /**
     * The reference as written, or the reason of an inferred link.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The file holding the reference, relative to the workspace.
     *
     * @return the file, empty for structural and inferred links
     */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Where the reference is.
     *
     * @return the span, empty for structural and inferred links
     */
    public Optional<SourceSpan> span() {
        return Optional.ofNullable(span);
    }

    /** Returns {@code source -KIND-> target}. */
    @Override
    public String toString() {
        return source
                + " -"
                + kind
                + (origin == LinkOrigin.INFERRED ? "(" + score + ")" : "")
                + "-> "
                + target;
    }
}
