package dev.specdriven.generate.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.specdriven.generate.CancellationToken;
import dev.specdriven.generate.GenerationRequest;
import dev.specdriven.generate.ModelReply;
import dev.specdriven.generate.PromptMessage;
import dev.specdriven.generate.TokenUsage;
import dev.specdriven.generate.spi.ModelBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ModelBackend} over any LangChain4j {@link ChatModel}: OpenAI and every OpenAI-compatible
 * server (Azure OpenAI, Ollama's {@code /v1}, vLLM, llama.cpp, LM Studio), Anthropic, Gemini,
 * Ollama, Bedrock… through their LangChain4j modules.
 *
 * <p>Each request's {@link dev.specdriven.generate.Prompt} goes to the model as chat messages with
 * their roles (system: the task, the output contract and the rules; user: the context; in repair
 * rounds the previous answer as an AI message and a user message naming what was wrong). Each
 * attempt has a timeout; rate limits (HTTP 429), server errors (HTTP 5xx) and timeouts are retried
 * with exponential back-off; other errors (401, 400, 404…) fail at once with a {@link
 * ChatCallException}. The tokens the model reports are returned with the answer and end up in
 * {@link dev.specdriven.generate.GenerationMetrics#tokenUsage()}.
 *
 * <pre>{@code
 * ChatModel model = OpenAiChatModel.builder()
 *         .apiKey(System.getenv("OPENAI_API_KEY"))
 *         .modelName("gpt-4o-mini")
 *         .maxRetries(0)                      // this backend retries
 *         .build();
 * ModelBackend backend = LangChain4jBackend.builder(model).id("openai").build();
 * GenerationResult design = SpecGenerator.builder().backend(backend).build().generateDesign(ws, spec);
 * }</pre>
 *
 * <p>Cancellation: the generation loop interrupts a call on timeout or when its {@link
 * CancellationToken} is cancelled; this backend then abandons the attempt and its back-off. A token
 * given to {@link Builder#cancellation(CancellationToken)} is also checked before every attempt and
 * during back-off (pass the generator's token to stop at once).
 *
 * <p>This class is immutable and thread-safe as far as its {@link ChatModel} is.
 */
public final class LangChain4jBackend implements ModelBackend {

    /** The default id, {@code langchain4j}. */
    public static final String DEFAULT_ID = "langchain4j";

    /** The default timeout of one attempt, 3 minutes. */
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofMinutes(3);

    /** The default number of retries after the first attempt, 3. */
    public static final int DEFAULT_MAX_RETRIES = 3;

    /** The default first back-off, 1 second; it doubles after each retry. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);

    /** The default longest back-off, 30 seconds. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final ChatModel model;
    private final String id;
    private final @Nullable String modelName;
    private final @Nullable Double temperature;
    private final Duration attemptTimeout;
    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final @Nullable CancellationToken token;

    private LangChain4jBackend(Builder b) {
        this.model = b.model;
        this.id = b.id;
        this.modelName = b.modelName;
        this.temperature = b.temperature;
        this.attemptTimeout = b.attemptTimeout;
        this.maxRetries = b.maxRetries;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.token = b.token;
    }

    /**
     * A builder over a chat model.
     *
     * @param model the LangChain4j chat model (configured with its endpoint, key and model name)
     * @return a new builder
     */
    public static Builder builder(ChatModel model) {
        return new Builder(Objects.requireNonNull(model, "model must not be null"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String complete(GenerationRequest request) throws Exception {
        return reply(request).text();
    }

    @Override
    public ModelReply reply(GenerationRequest request) throws Exception {
        Objects.requireNonNull(request, "request must not be null");
        ChatRequest chat = chatRequest(request);
        int attempt = 0;
        while (true) {
            checkCancelled();
            attempt++;
            try {
                ChatResponse response = attempt(chat);
                return reply(response);
            } catch (InterruptedException | CancellationException e) {
                throw e;
            } catch (Exception e) {
                int status = status(e);
                boolean retry = retryable(e, status) && attempt <= maxRetries;
                if (!retry) {
                    throw new ChatCallException(
                            "chat model call failed"
                                    + (attempt > 1 ? " after " + attempt + " attempts" : "")
                                    + (status > 0 ? " (HTTP " + status + ")" : "")
                                    + ": "
                                    + describe(e),
                            attempt,
                            status,
                            e);
                }
                backOff(attempt);
            }
        }
    }

    /** The chat request of a generation request: its messages with their roles. */
    ChatRequest chatRequest(GenerationRequest request) {
        List<ChatMessage> messages = new ArrayList<>();
        for (PromptMessage m : request.prompt().messages()) {
            switch (m.role()) {
                case SYSTEM:
                    messages.add(SystemMessage.from(m.text()));
                    break;
                case ASSISTANT:
                    messages.add(AiMessage.from(m.text()));
                    break;
                default:
                    messages.add(UserMessage.from(m.text()));
                    break;
            }
        }
        ChatRequest.Builder b = ChatRequest.builder().messages(messages);
        if (modelName != null) {
            b.modelName(modelName);
        }
        if (temperature != null) {
            b.temperature(temperature);
        }
        return b.build();
    }

    private static ModelReply reply(@Nullable ChatResponse response) {
        if (response == null || response.aiMessage() == null) {
            return ModelReply.of("");
        }
        String text = response.aiMessage().text();
        dev.langchain4j.model.output.TokenUsage u = response.tokenUsage();
        Optional<TokenUsage> usage = Optional.empty();
        if (u != null && (u.inputTokenCount() != null || u.outputTokenCount() != null)) {
            usage =
                    Optional.of(
                            new TokenUsage(
                                    Math.max(0, orZero(u.inputTokenCount())),
                                    Math.max(0, orZero(u.outputTokenCount()))));
        }
        return new ModelReply(text == null ? "" : text, usage);
    }

    private static int orZero(@Nullable Integer i) {
        return i == null ? 0 : i;
    }

    /** One call on its own thread, so that a hung call times out and an interrupt stops it. */
    private ChatResponse attempt(ChatRequest chat) throws Exception {
        ExecutorService ex =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t = new Thread(r, "specdriven-langchain4j-" + id);
                            t.setDaemon(true);
                            return t;
                        });
        try {
            Future<ChatResponse> f = ex.submit(() -> model.chat(chat));
            long deadline = System.nanoTime() + attemptTimeout.toNanos();
            while (true) {
                if (token != null && token.isCancelled()) {
                    f.cancel(true);
                    throw new CancellationException("cancelled during the model call");
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    f.cancel(true);
                    throw new AttemptTimeout(attemptTimeout);
                }
                try {
                    return f.get(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // poll again
                } catch (ExecutionException e) {
                    Throwable c = e.getCause() == null ? e : e.getCause();
                    if (c instanceof Exception) {
                        throw (Exception) c;
                    }
                    throw e;
                } catch (InterruptedException e) {
                    f.cancel(true);
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        } finally {
            ex.shutdownNow();
        }
    }

    private void backOff(int attempt) throws InterruptedException {
        long nanos = initialBackoff.toNanos();
        for (int i = 1; i < attempt && nanos < maxBackoff.toNanos(); i++) {
            nanos *= 2;
        }
        nanos = Math.min(nanos, maxBackoff.toNanos());
        long until = System.nanoTime() + nanos;
        while (true) {
            checkCancelled();
            long left = until - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, POLL_NANOS));
        }
    }

    private void checkCancelled() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted");
        }
        if (token != null && token.isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    /** The HTTP status in the cause chain, or 0. */
    static int status(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (t instanceof HttpException) {
                return ((HttpException) t).statusCode();
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return 0;
    }

    /** Rate limits, server errors and timeouts are worth another attempt. */
    static boolean retryable(Throwable e, int status) {
        if (status == 408 || status == 429 || (status >= 500 && status <= 599)) {
            return true;
        }
        if (status > 0) {
            return false;
        }
        return e instanceof RetriableException || e instanceof AttemptTimeout;
    }

    /** The exception's class and message, with its root cause when the message does not say it. */
    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder(e.getClass().getSimpleName());
        String m = e.getMessage();
        if (m != null && !m.isBlank()) {
            b.append(": ").append(oneLine(m));
        }
        Throwable root = e;
        for (int depth = 0;
                depth < 20 && root.getCause() != null && root.getCause() != root;
                depth++) {
            root = root.getCause();
        }
        if (root != e) {
            String rm = root.getMessage();
            boolean said =
                    m != null
                            && m.contains(root.getClass().getName())
                            && (rm == null || m.contains(rm.strip()));
            if (!said) {
                b.append(" (caused by ").append(root.getClass().getName());
                if (rm != null && !rm.isBlank()) {
                    b.append(": ").append(oneLine(rm));
                }
                b.append(')');
            }
        }
        return b.toString();
    }

    private static String oneLine(String m) {
        String one = m.strip().replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    /** An attempt that did not finish within the attempt timeout. */
    static final class AttemptTimeout extends Exception {
        private static final long serialVersionUID = 1L;

        AttemptTimeout(Duration timeout) {
            super("no answer within " + timeout.toMillis() + " ms");
        }
    }

    /** Configures a {@link LangChain4jBackend}. */
    public static final class Builder {
        private final ChatModel model;
        private String id = DEFAULT_ID;
        private @Nullable String modelName;
        private @Nullable Double temperature;
        private Duration attemptTimeout = DEFAULT_ATTEMPT_TIMEOUT;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private @Nullable CancellationToken token;

        private Builder(ChatModel model) {
            this.model = model;
        }

        /**
         * The backend id (default {@value #DEFAULT_ID}): lower case letters, digits, {@code .},
         * {@code _} and {@code -}.
         *
         * @param id the id
         * @return {@code this}
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id must not be null");
            return this;
        }

        /**
         * The model name sent with every request, overriding the chat model's default.
         *
         * @param modelName such as {@code gpt-4o-mini} or {@code llama3.1}
         * @return {@code this}
         */
        public Builder modelName(String modelName) {
            this.modelName = Objects.requireNonNull(modelName, "modelName must not be null");
            return this;
        }

        /**
         * The sampling temperature sent with every request, overriding the chat model's default.
         *
         * @param temperature 0 or more (low values give steadier documents)
         * @return {@code this}
         * @throws IllegalArgumentException when negative or not a number
         */
        public Builder temperature(double temperature) {
            if (!(temperature >= 0) || Double.isInfinite(temperature)) {
                throw new IllegalArgumentException(
                        "temperature must be a number >= 0, was " + temperature);
            }
            this.temperature = temperature;
            return this;
        }

        /**
         * The timeout of one attempt (default 3 minutes); a timed-out attempt is retried.
         *
         * @param timeout a positive duration
         * @return {@code this}
         */
        public Builder attemptTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout must not be null");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.attemptTimeout = timeout;
            return this;
        }

        /**
         * Retries after the first attempt on HTTP 408, 429, 5xx and timeouts (default {@value
         * #DEFAULT_MAX_RETRIES}; 0 disables retries).
         *
         * @param maxRetries 0 or more
         * @return {@code this}
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * The back-off before the first retry and its upper bound; it doubles after each retry.
         *
         * @param initial the first wait (zero or more)
         * @param max the longest wait (at least {@code initial})
         * @return {@code this}
         */
        public Builder backoff(Duration initial, Duration max) {
            Objects.requireNonNull(initial, "initial must not be null");
            Objects.requireNonNull(max, "max must not be null");
            if (initial.isNegative() || max.compareTo(initial) < 0) {
                throw new IllegalArgumentException(
                        "backoff must be 0 <= initial <= max, was " + initial + ", " + max);
            }
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /**
         * A token that stops attempts and back-off when cancelled (pass the generator's token).
         *
         * @param token the token
         * @return {@code this}
         */
        public Builder cancellation(CancellationToken token) {
            this.token = Objects.requireNonNull(token, "token must not be null");
            return this;
        }

        /**
         * Builds the backend.
         *
         * @return the backend
         * @throws IllegalArgumentException when the id is invalid
         */
        public LangChain4jBackend build() {
            LangChain4jBackend b = new LangChain4jBackend(this);
            dev.specdriven.generate.ModelBackends.of(b); // validates the id as registries do
            return b;
        }
    }
}
