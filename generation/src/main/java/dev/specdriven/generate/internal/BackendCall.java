package dev.specdriven.generate.internal;

import dev.specdriven.generate.CancellationToken;
import dev.specdriven.generate.GenerationRequest;
import dev.specdriven.generate.GeneratorException;
import dev.specdriven.generate.GeneratorException.Reason;
import dev.specdriven.generate.ModelReply;
import dev.specdriven.generate.spi.ModelBackend;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs one backend call on its own thread with a timeout and cancellation. */
public final class BackendCall {
    private BackendCall() {}

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /**
     * Calls the backend.
     *
     * @param backend the backend
     * @param request the request
     * @param timeout the per-call timeout
     * @param token the cancellation token
     * @return the reply, never null
     * @throws GeneratorException when the backend throws, times out or the call is cancelled
     */
    public static ModelReply call(
            ModelBackend backend,
            GenerationRequest request,
            Duration timeout,
            CancellationToken token) {
        String id = backend.id();
        if (token.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new GeneratorException(id, Reason.CANCELLED, "cancelled before the call", null);
        }
        ExecutorService ex =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t = new Thread(r, "specdriven-generate-" + id);
                            t.setDaemon(true);
                            return t;
                        });
        try {
            Future<ModelReply> f = ex.submit(() -> backend.reply(request));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                if (token.isCancelled()) {
                    f.cancel(true);
                    throw new GeneratorException(
                            id, Reason.CANCELLED, "cancelled during the call", null);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    f.cancel(true);
                    throw new GeneratorException(
                            id,
                            Reason.TIMEOUT,
                            "no answer within " + timeout.toMillis() + " ms",
                            null);
                }
                try {
                    ModelReply r = f.get(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS);
                    return r == null ? ModelReply.of("") : r;
                } catch (TimeoutException e) {
                    // poll again: check the token and the deadline
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    if (token.isCancelled()
                            || cause instanceof java.util.concurrent.CancellationException
                            || cause instanceof InterruptedException) {
                        // the backend noticed the cancellation first
                        throw new GeneratorException(
                                id, Reason.CANCELLED, "cancelled during the call", cause);
                    }
                    throw new GeneratorException(
                            id, Reason.BACKEND_ERROR, String.valueOf(cause), cause);
                } catch (InterruptedException e) {
                    f.cancel(true);
                    Thread.currentThread().interrupt();
                    throw new GeneratorException(id, Reason.CANCELLED, "interrupted", e);
                }
            }
        } finally {
            ex.shutdownNow();
        }
    }
}
