package dev.specdriven.examples.gen;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.specdriven.generate.GenerationResult;
import dev.specdriven.generate.SpecGenerator;
import dev.specdriven.generate.langchain4j.LangChain4jBackend;
import dev.specdriven.generate.spi.ModelBackend;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Workspace;

/**
 * A real model as generation backend: any LangChain4j {@link ChatModel} wrapped by {@link
 * LangChain4jBackend}, here an OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Ollama's {@code
 * /v1}, vLLM, llama.cpp server, LM Studio). The README shows this method's body.
 */
public final class ChatModelSetup {
    private ChatModelSetup() {}

    /**
     * Generates the design of a spec with a model behind an OpenAI-compatible endpoint.
     *
     * @param workspace the workspace
     * @param spec the spec
     * @param url such as {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}
     * @param key the API key (any value for a local server without keys)
     * @param name the model, such as {@code gpt-4o-mini} or {@code llama3.1}
     * @return the validated and repaired result; nothing is written
     */
    public static GenerationResult design(
            Workspace workspace, Spec spec, String url, String key, String name) {
        // @example:langchain4j-backend:begin
        ChatModel llm = OpenAiChatModel.builder().baseUrl(url).apiKey(key).modelName(name).build();
        // or AnthropicChatModel, GoogleAiGeminiChatModel, OllamaChatModel, BedrockChatModel…
        ModelBackend backend = LangChain4jBackend.builder(llm).id("openai").build();
        SpecGenerator generator = SpecGenerator.builder().backend(backend).build();
        GenerationResult design = generator.generateDesign(workspace, spec); // checked, repaired
        // @example:langchain4j-backend:end
        return design;
    }
}
