package dev.specdriven.generate;

/**
 * Cancels a running generation from another thread: the loop stops waiting for the backend,
 * interrupts its call and throws {@link GeneratorException} with reason {@code CANCELLED}. Thread
 * interrupts of the calling thread have the same effect.
 *
 * <pre>{@code
 * CancellationToken token = new CancellationToken();
 * SpecGenerator gen = SpecGenerator.builder().backend(backend).cancellation(token).build();
 * uiCancelButton.onClick(token::cancel);
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class CancellationToken {
    private volatile boolean cancelled;

    /** Creates a token that is not cancelled. */
    public CancellationToken() {}

    /** Requests cancellation; idempotent. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Whether cancellation was requested.
     *
     * @return true after {@link #cancel()}
     */
    public boolean isCancelled() {
        return cancelled;
    }
}
