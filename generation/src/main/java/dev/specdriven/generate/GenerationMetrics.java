package dev.specdriven.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one generation run cost, recorded by the generation loop: which backend, how long each call
 * took, how many repair rounds were needed, how many problems remained and, when the backend
 * reports it, how many tokens the calls used.
 *
 * <pre>{@code
 * GenerationMetrics m = result.metrics();
 * System.out.println(m.backendId() + " " + m.latency().toMillis() + " ms, " + m.repairRounds() + " repairs");
 * m.tokenUsage().ifPresent(u -> System.out.println(u.promptTokens() + " + " + u.completionTokens() + " tokens"));
 * }</pre>
 *
 * @param backendId the backend's id
 * @param artifact the generated document kind
 * @param startedAt when the run started
 * @param latency wall time of the whole run (all backend calls, parsing and checks)
 * @param callLatencies wall time of each backend call in order
 * @param repairRounds the number of repair calls made (0 when the first output passed)
 * @param remainingErrors error diagnostics left in the result
 * @param remainingWarnings warning diagnostics left in the result
 * @param remainingCodes the codes of every diagnostic left in the result, in order (for example
 *     {@code [GEN003, SPEC010]})
 * @param tokenUsage the tokens of every call together, when the backend reported usage for at least
 *     one call
 */
public record GenerationMetrics(
        String backendId,
        ArtifactKind artifact,
        Instant startedAt,
        Duration latency,
        List<Duration> callLatencies,
        int repairRounds,
        int remainingErrors,
        int remainingWarnings,
        List<String> remainingCodes,
        Optional<TokenUsage> tokenUsage) {
    /** Validates and copies. */
    public GenerationMetrics {
        Objects.requireNonNull(backendId, "backendId must not be null");
        Objects.requireNonNull(artifact, "artifact must not be null");
        Objects.requireNonNull(startedAt, "startedAt must not be null");
        Objects.requireNonNull(latency, "latency must not be null");
        callLatencies = List.copyOf(callLatencies);
        remainingCodes = List.copyOf(remainingCodes);
        Objects.requireNonNull(tokenUsage, "tokenUsage must not be null");
    }

    /**
     * Metrics without token usage.
     *
     * @param backendId the backend's id
     * @param artifact the generated document kind
     * @param startedAt when the run started
     * @param latency wall time of the whole run
     * @param callLatencies wall time of each backend call in order
     * @param repairRounds the number of repair calls made
     * @param remainingErrors error diagnostics left in the result
     * @param remainingWarnings warning diagnostics left in the result
     * @param remainingCodes the codes of every diagnostic left in the result
     */
    public GenerationMetrics(
            String backendId,
            ArtifactKind artifact,
            Instant startedAt,
            Duration latency,
            List<Duration> callLatencies,
            int repairRounds,
            int remainingErrors,
            int remainingWarnings,
            List<String> remainingCodes) {
        this(
                backendId,
                artifact,
                startedAt,
                latency,
                callLatencies,
                repairRounds,
                remainingErrors,
                remainingWarnings,
                remainingCodes,
                Optional.empty());
    }

    /**
     * The number of backend calls (first call plus repair rounds).
     *
     * @return the calls
     */
    public int backendCalls() {
        return callLatencies.size();
    }
}
