package dev.specdriven.generate.spi;

import dev.specdriven.generate.GenerationRequest;
import dev.specdriven.generate.ModelReply;

/**
 * The model a host plugs in: an HTTP client of a large language model, a local model, a template or
 * rules engine. It receives a structured request and returns the document as Markdown text.
 *
 * <p>Implementations are passed explicitly to {@link dev.specdriven.generate.SpecGenerator}, or
 * installed for {@link java.util.ServiceLoader} discovery ({@code provides
 * dev.specdriven.generate.spi.ModelBackend with …} in {@code module-info.java} and a {@code
 * META-INF/services/dev.specdriven.generate.spi.ModelBackend} file) and found by id with {@link
 * dev.specdriven.generate.ModelBackends}.
 *
 * <pre>{@code
 * public final class MyLlmBackend implements ModelBackend {
 *     public String id() { return "my-llm"; }
 *     public String complete(GenerationRequest request) throws Exception {
 *         return client.chat(request.prompt().text());   // may throw; the loop reports it
 *     }
 * }
 * }</pre>
 *
 * <p>A chat model gets the messages with their roles from {@code request.prompt().messages()}; a
 * backend that knows the tokens a call used overrides {@link #reply(GenerationRequest)} (the
 * LangChain4j backend of the {@code generation-langchain4j} module does both). Answers may be
 * wrapped in a Markdown code fence or carry a line of chatter before or after the document: the
 * generation loop strips those before it checks the document.
 *
 * <p>Implementations must be thread-safe when a generator is shared between threads. A call may be
 * interrupted (timeout, cancellation); honour {@link Thread#interrupted()} where possible. This SPI
 * is evolving until 1.0.
 */
public interface ModelBackend {

    /**
     * A stable, unique id such as {@code builtin} or {@code openai-gpt}: lower case letters,
     * digits, {@code -}, {@code _} and {@code .}.
     *
     * @return the id
     */
    String id();

    /**
     * Produces the document for a request.
     *
     * @param request the context, the rendered prompt and, in repair rounds, the previous output
     *     and its diagnostics
     * @return the Markdown document
     * @throws Exception when the backend fails; reported as a {@link
     *     dev.specdriven.generate.GeneratorException} naming this backend
     */
    String complete(GenerationRequest request) throws Exception;

    /**
     * Produces the document for a request with the tokens the call used. The default calls {@link
     * #complete(GenerationRequest)} and reports no usage; backends whose model counts tokens
     * override it. The generation loop calls this method.
     *
     * @param request the request
     * @return the reply
     * @throws Exception when the backend fails
     */
    default ModelReply reply(GenerationRequest request) throws Exception {
        String text = complete(request);
        return ModelReply.of(text == null ? "" : text);
    }
}
