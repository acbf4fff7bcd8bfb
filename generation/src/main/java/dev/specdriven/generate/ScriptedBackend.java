package dev.specdriven.generate;

import dev.specdriven.generate.spi.ModelBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A backend for tests: it replays canned outputs (broken ones included) in order and records every
 * request it gets, so tests can drive the repair loop and assert what was sent back.
 *
 * <pre>{@code
 * ScriptedBackend backend = ScriptedBackend.builder()
 *         .reply(designMissingCriterion)          // round 0
 *         .reply(goodDesign)                      // round 1 (repair)
 *         .build();
 * GenerationResult r = SpecGenerator.builder().backend(backend).build().generateDesign(ws, spec);
 * backend.requests().get(1).diagnostics();        // what the repair call was told
 * }</pre>
 *
 * <p>Steps may also compute the reply from the request, throw, or block (to test timeouts and
 * cancellation). When the script is exhausted the last step is repeated. This class is thread-safe.
 */
public final class ScriptedBackend implements ModelBackend {

    /** One scripted step. */
    @FunctionalInterface
    public interface Step {
        /**
         * Produces the reply.
         *
         * @param request the request
         * @return the reply
         * @throws Exception to simulate a failing backend
         */
        String reply(GenerationRequest request) throws Exception;
    }

    private final String id;
    private final List<Step> steps;
    private final List<GenerationRequest> requests = new ArrayList<>();

    private ScriptedBackend(Builder b) {
        this.id = b.id;
        this.steps = List.copyOf(b.steps);
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String complete(GenerationRequest request) throws Exception {
        Objects.requireNonNull(request, "request must not be null");
        int i;
        synchronized (requests) {
            requests.add(request);
            i = requests.size() - 1;
        }
        return steps.get(Math.min(i, steps.size() - 1)).reply(request);
    }

    /**
     * The requests received so far, in order.
     *
     * @return a copy
     */
    public List<GenerationRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Configures a {@link ScriptedBackend}. */
    public static final class Builder {
        private String id = "scripted";
        private final List<Step> steps = new ArrayList<>();

        private Builder() {}

        /**
         * The id (default {@code scripted}).
         *
         * @param id the id
         * @return {@code this}
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id must not be null");
            return this;
        }

        /**
         * Adds a canned reply.
         *
         * @param text the reply
         * @return {@code this}
         */
        public Builder reply(String text) {
            Objects.requireNonNull(text, "text must not be null");
            steps.add(r -> text);
            return this;
        }

        /**
         * Adds a computed reply, for example the built-in backend's output edited.
         *
         * @param fn computes the reply from the request
         * @return {@code this}
         */
        public Builder reply(Function<GenerationRequest, String> fn) {
            Objects.requireNonNull(fn, "fn must not be null");
            steps.add(fn::apply);
            return this;
        }

        /**
         * Adds a step that may throw or block.
         *
         * @param step the step
         * @return {@code this}
         */
        public Builder step(Step step) {
            steps.add(Objects.requireNonNull(step, "step must not be null"));
            return this;
        }

        /**
         * Adds a step that throws.
         *
         * @param failure the exception to throw
         * @return {@code this}
         */
        public Builder fail(Exception failure) {
            Objects.requireNonNull(failure, "failure must not be null");
            steps.add(
                    r -> {
                        throw failure;
                    });
            return this;
        }

        /**
         * Builds the backend.
         *
         * @return the backend
         * @throws IllegalStateException when no step was added
         */
        public ScriptedBackend build() {
            if (steps.isEmpty()) {
                throw new IllegalStateException("at least one reply must be scripted");
            }
            return new ScriptedBackend(this);
        }
    }
}
