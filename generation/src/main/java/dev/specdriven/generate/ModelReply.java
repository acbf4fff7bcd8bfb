package dev.specdriven.generate;

import java.util.Objects;
import java.util.Optional;

/**
 * A backend's answer to one {@link GenerationRequest}: the text and, when the model reports it, the
 * tokens the call used. Backends that know their usage override {@link
 * dev.specdriven.generate.spi.ModelBackend#reply(GenerationRequest)}.
 *
 * <pre>{@code
 * public ModelReply reply(GenerationRequest request) {
 *     ChatResponse r = model.chat(...);
 *     return ModelReply.of(r.text(), new TokenUsage(r.inputTokens(), r.outputTokens()));
 * }
 * }</pre>
 *
 * @param text the Markdown text (empty when the model returned none)
 * @param tokenUsage the tokens of the call, when known
 */
public record ModelReply(String text, Optional<TokenUsage> tokenUsage) {
    /** Validates. */
    public ModelReply {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(tokenUsage, "tokenUsage must not be null");
    }

    /**
     * A reply without token usage.
     *
     * @param text the text
     * @return the reply
     */
    public static ModelReply of(String text) {
        return new ModelReply(text, Optional.empty());
    }

    /**
     * A reply with token usage.
     *
     * @param text the text
     * @param usage the usage
     * @return the reply
     */
    public static ModelReply of(String text, TokenUsage usage) {
        return new ModelReply(text, Optional.of(usage));
    }
}
