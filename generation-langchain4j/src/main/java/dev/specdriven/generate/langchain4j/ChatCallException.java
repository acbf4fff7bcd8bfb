package dev.specdriven.generate.langchain4j;

import java.util.OptionalInt;

/**
 * A chat model call failed for good: the error was not worth a retry (an authentication error, a
 * bad request, an unknown model…) or every attempt failed. The generation loop reports it as a
 * {@link dev.specdriven.generate.GeneratorException} with this exception as the cause.
 *
 * <pre>{@code
 * catch (GeneratorException e) {
 *     if (e.getCause() instanceof ChatCallException c && c.statusCode().orElse(0) == 401) {
 *         System.err.println("check OPENAI_API_KEY");
 *     }
 * }
 * }</pre>
 */
public final class ChatCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int attempts;
    private final int statusCode;

    ChatCallException(String message, int attempts, int statusCode, Throwable cause) {
        super(message, cause);
        this.attempts = attempts;
        this.statusCode = statusCode;
    }

    /**
     * The number of attempts made.
     *
     * @return 1 or more
     */
    public int attempts() {
        return attempts;
    }

    /**
     * The HTTP status of the last failure, when the model's client reported one.
     *
     * @return the status
     */
    public OptionalInt statusCode() {
        return statusCode > 0 ? OptionalInt.of(statusCode) : OptionalInt.empty();
    }
}
