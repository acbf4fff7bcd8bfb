/**
 * {@link dev.specdriven.generate.langchain4j.LangChain4jBackend}: a model backend that sends the
 * generation prompt's chat messages to a LangChain4j {@code ChatModel}, with a timeout per attempt,
 * retries with back-off on rate limits (HTTP 429) and server errors (HTTP 5xx), cancellation, and
 * the token usage the model reports.
 */
@NullMarked
package dev.specdriven.generate.langchain4j;

import org.jspecify.annotations.NullMarked;
