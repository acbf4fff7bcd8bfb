package dev.specdriven.generate;

import java.util.Objects;

/**
 * A backend failed: it threw, timed out, was cancelled, or returned empty or garbage text in every
 * round. No file is written when this is thrown.
 *
 * <pre>{@code
 * try {
 *     generator.generateDesign(workspace, spec);
 * } catch (GeneratorException e) {
 *     System.err.println(e.backendId() + " " + e.reason() + ": " + e.getMessage());
 * }
 * }</pre>
 */
public final class GeneratorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the backend failed. */
    public enum Reason {
        /** The backend threw an exception (the cause). */
        BACKEND_ERROR,
        /** The call did not finish within the configured timeout. */
        TIMEOUT,
        /** The run was cancelled (token or thread interrupt). */
        CANCELLED,
        /** The backend returned empty text in the last round. */
        EMPTY_OUTPUT,
        /** The backend returned text that is not a document of the requested kind. */
        GARBAGE_OUTPUT
    }

    private final String backendId;
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param backendId the backend's id
     * @param reason why it failed
     * @param message the detail
     * @param cause the backend's exception, or null
     */
    public GeneratorException(
            String backendId,
            Reason reason,
            String message,
            @org.jspecify.annotations.Nullable Throwable cause) {
        super(
                "backend '"
                        + Objects.requireNonNull(backendId, "backendId must not be null")
                        + "' failed ("
                        + Objects.requireNonNull(reason, "reason must not be null")
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ')
                        + "): "
                        + Objects.requireNonNull(message, "message must not be null"),
                cause);
        this.backendId = backendId;
        this.reason = reason;
    }

    /**
     * The id of the failing backend.
     *
     * @return the id
     */
    public String backendId() {
        return backendId;
    }

    /**
     * Why it failed.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
