package dev.specdriven.generate;

/**
 * Tokens a model counted for one call or, summed, for a whole run: the prompt (input) and the
 * completion (output).
 *
 * <pre>{@code
 * result.metrics().tokenUsage().ifPresent(u ->
 *         System.out.println(u.promptTokens() + " prompt + " + u.completionTokens() + " completion"));
 * }</pre>
 *
 * @param promptTokens tokens of the prompt, 0 or more
 * @param completionTokens tokens of the answer, 0 or more
 */
public record TokenUsage(long promptTokens, long completionTokens) {
    /** Validates. */
    public TokenUsage {
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException(
                    "token counts must be >= 0, were " + promptTokens + " and " + completionTokens);
        }
    }

    /**
     * The sum of this and another usage.
     *
     * @param other the other usage
     * @return the sum
     */
    public TokenUsage plus(TokenUsage other) {
        java.util.Objects.requireNonNull(other, "other must not be null");
        return new TokenUsage(
                promptTokens + other.promptTokens, completionTokens + other.completionTokens);
    }

    /**
     * Prompt and completion tokens together.
     *
     * @return the total
     */
    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
