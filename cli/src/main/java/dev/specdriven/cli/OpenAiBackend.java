package dev.specdriven.cli;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.specdriven.generate.langchain4j.LangChain4jBackend;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@code --backend openai}: any OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI,
 * Ollama's {@code /v1}, vLLM, llama.cpp server, LM Studio) through LangChain4j's OpenAI module and
 * the generation-langchain4j backend. Configured by {@code OPENAI_BASE_URL}, {@code
 * OPENAI_API_KEY}, {@code --model} or {@code SPECDRIVEN_MODEL}, and {@code --temperature}.
 *
 * <p>The HTTP client is the JDK's, created here (no class path discovery, no other client, nothing
 * contacted before the first request), speaking HTTP/1.1 so that plain local servers answer at
 * once. Request and response logging stay off: the key is sent in a header and must never be
 * printed.
 */
final class OpenAiBackend {
    private OpenAiBackend() {}

    static final String ID = "openai";
    static final String BASE_URL = "OPENAI_BASE_URL";
    static final String API_KEY = "OPENAI_API_KEY";
    static final String MODEL = "SPECDRIVEN_MODEL";
    static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    static BackendChoice.Chosen create(
            Function<String, String> env,
            @Nullable String modelOption,
            @Nullable Double temperature,
            Duration timeout)
            throws BackendChoice.Refused {
        String key = env.apply(API_KEY);
        if (key == null || key.isBlank()) {
            throw new BackendChoice.Refused(
                    "backend 'openai' needs an API key: set "
                            + API_KEY
                            + " (for a local server without keys, such as Ollama, any value)");
        }
        String model = modelOption != null ? modelOption : env.apply(MODEL);
        if (model == null || model.isBlank()) {
            throw new BackendChoice.Refused(
                    "backend 'openai' needs a model: pass --model NAME or set " + MODEL);
        }
        String base = env.apply(BASE_URL);
        if (base == null || base.isBlank()) {
            base = DEFAULT_BASE_URL;
        }
        base = base.strip();
        checkUrl(base);
        if (temperature != null && (!(temperature >= 0) || temperature.isInfinite())) {
            throw new BackendChoice.Refused(
                    "--temperature must be a number >= 0, was " + temperature);
        }
        OpenAiChatModel.OpenAiChatModelBuilder chat =
                OpenAiChatModel.builder()
                        .baseUrl(base)
                        .apiKey(key.strip())
                        .modelName(model.strip())
                        .timeout(timeout)
                        .maxRetries(0) // LangChain4jBackend retries, with back-off
                        .logRequests(false)
                        .logResponses(false)
                        .httpClientBuilder(
                                new JdkHttpClientBuilder()
                                        .httpClientBuilder(
                                                HttpClient.newBuilder()
                                                        .version(HttpClient.Version.HTTP_1_1))
                                        .connectTimeout(Duration.ofSeconds(30))
                                        .readTimeout(timeout));
        if (temperature != null) {
            chat.temperature(temperature);
        }
        LangChain4jBackend.Builder backend =
                LangChain4jBackend.builder(chat.build())
                        .id(ID)
                        .modelName(model.strip())
                        .attemptTimeout(timeout);
        if (temperature != null) {
            backend.temperature(temperature);
        }
        return new BackendChoice.Chosen(
                backend.build(),
                Optional.of(key.strip()),
                List.of(),
                Optional.of("model " + model.strip() + " at " + base));
    }

    private static void checkUrl(String base) throws BackendChoice.Refused {
        try {
            URI u = new URI(base);
            String scheme = u.getScheme() == null ? "" : u.getScheme();
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new BackendChoice.Refused(
                BASE_URL
                        + " must be an http(s) URL such as "
                        + DEFAULT_BASE_URL
                        + " or http://localhost:11434/v1, was '"
                        + base
                        + "'");
    }
}
