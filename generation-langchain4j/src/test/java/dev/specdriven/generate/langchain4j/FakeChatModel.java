package dev.specdriven.generate.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A scripted LangChain4j chat model: each call runs the next step, the last one repeats. */
final class FakeChatModel implements ChatModel {

    /** One scripted answer. */
    interface Step {
        ChatResponse answer(ChatRequest request) throws Exception;
    }

    private final List<Step> steps = new ArrayList<>();
    private final List<ChatRequest> requests = new ArrayList<>();

    FakeChatModel then(Step step) {
        steps.add(step);
        return this;
    }

    FakeChatModel answer(String text, int in, int out) {
        return then(r -> response(text, in, out));
    }

    FakeChatModel answer(Function<ChatRequest, String> text) {
        return then(r -> response(text.apply(r), 10, 5));
    }

    FakeChatModel fail(RuntimeException e) {
        return then(
                r -> {
                    throw e;
                });
    }

    static ChatResponse response(String text, int in, int out) {
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(text))
                .tokenUsage(new TokenUsage(in, out))
                .build();
    }

    synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        Step step;
        synchronized (this) {
            requests.add(request);
            step = steps.get(Math.min(requests.size() - 1, steps.size() - 1));
        }
        try {
            return step.answer(request);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
