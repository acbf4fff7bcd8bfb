package dev.specdriven.generate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One call of a {@link dev.specdriven.generate.spi.ModelBackend}: the structured context, the
 * rendered prompt (chat messages with roles), and for repair rounds the previous output with the
 * structured diagnostics it had.
 *
 * <pre>{@code
 * public String complete(GenerationRequest request) {
 *     if (request.isRepair()) {
 *         request.diagnostics().forEach(d -> log(d.code() + " " + d.target()));
 *     }
 *     return httpClient.send(request.prompt().text());
 * }
 * }</pre>
 *
 * @param context the structured context
 * @param prompt the context rendered as chat messages by the generator's prompt renderer
 * @param round 0 for the first call, 1… for repair rounds
 * @param previousOutput the output of the previous round, for repair rounds
 * @param diagnostics the problems of the previous output, for repair rounds
 */
public record GenerationRequest(
        GenerationContext context,
        Prompt prompt,
        int round,
        Optional<String> previousOutput,
        List<GenerationDiagnostic> diagnostics) {
    /** Validates and copies. */
    public GenerationRequest {
        Objects.requireNonNull(context, "context must not be null");
        Objects.requireNonNull(prompt, "prompt must not be null");
        if (round < 0) {
            throw new IllegalArgumentException("round must be >= 0, was " + round);
        }
        Objects.requireNonNull(previousOutput, "previousOutput must not be null");
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Whether this call asks to repair a previous output.
     *
     * @return true for round 1 and later
     */
    public boolean isRepair() {
        return round > 0;
    }
}
