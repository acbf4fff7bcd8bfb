/**
 * A generation {@link dev.specdriven.generate.spi.ModelBackend} over any LangChain4j {@code
 * ChatModel} (OpenAI and OpenAI-compatible servers, Anthropic, Gemini, Ollama, Bedrock… through
 * their LangChain4j modules). Entry point: {@link
 * dev.specdriven.generate.langchain4j.LangChain4jBackend}.
 *
 * <p>langchain4j-core has no module descriptor; on the module path it is the automatic module
 * {@code langchain4j.core} (named after its jar).
 */
module dev.specdriven.generate.langchain4j {
    requires static org.jspecify;
    requires transitive dev.specdriven.generate;
    requires transitive langchain4j.core;

    exports dev.specdriven.generate.langchain4j;
}
