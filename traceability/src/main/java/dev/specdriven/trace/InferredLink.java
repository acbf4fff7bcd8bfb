package dev.specdriven.trace;

import java.util.List;
import java.util.Objects;

/**
 * A link from a task to a criterion or design section that no reference states but that shared
 * identifiers suggest: {@code AuthService.issueToken()}, {@code POST /auth/login}, table names and
 * rare words, weighted by rarity (IDF). Always {@link LinkOrigin#INFERRED}; never produced when an
 * explicit link between the same nodes exists.
 *
 * <pre>{@code
 * InferredLinks inferred = InferredLinks.infer(spec);
 * InferredLink best = inferred.best("3", NodeKind.CRITERION).orElseThrow();
 * best.target();        // criterion:user-authentication/FR-1.1
 * best.score();         // 0.41
 * best.sharedTokens();  // [post /auth/login, credential]
 * }</pre>
 *
 * @param source the task
 * @param target the criterion or design section
 * @param kind {@link LinkKind#IMPLEMENTS} for criteria, {@link LinkKind#CITES} for design sections
 * @param score the cosine similarity of the two TF-IDF vectors, in (0, 1]
 * @param sharedTokens the shared tokens, most weighty first
 */
public record InferredLink(
        NodeId source, NodeId target, LinkKind kind, double score, List<String> sharedTokens) {

    /** Validates and copies. */
    public InferredLink {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        if (!(score > 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in (0, 1], was " + score);
        }
        sharedTokens = List.copyOf(sharedTokens);
    }

    /**
     * This link as an inferred {@link TraceLink}, its text naming the shared tokens.
     *
     * @return the trace link
     */
    public TraceLink toTraceLink() {
        return TraceLink.inferred(
                source, target, kind, score, "shared: " + String.join(", ", sharedTokens));
    }
}
