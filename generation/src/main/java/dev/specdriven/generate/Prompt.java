package dev.specdriven.generate;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a backend sends to its model: chat messages with roles. The standard renderer writes a
 * system message (the task, the output contract and the rules) and a user message (the context);
 * repair rounds add the previous answer as an assistant message and a user message naming what was
 * wrong. Backends that take one string use {@link #text()}.
 *
 * <pre>{@code
 * for (PromptMessage m : request.prompt().messages()) {
 *     chat.add(m.role().name().toLowerCase(), m.text());
 * }
 * String single = request.prompt().text();   // for completion-style models
 * }</pre>
 *
 * @param messages the messages in order, at least one
 */
public record Prompt(List<PromptMessage> messages) {
    /** Validates and copies. */
    public Prompt {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a prompt needs at least one message");
        }
    }

    /**
     * A prompt of messages.
     *
     * @param messages the messages
     * @return the prompt
     */
    public static Prompt of(PromptMessage... messages) {
        Objects.requireNonNull(messages, "messages must not be null");
        return new Prompt(List.of(messages));
    }

    /**
     * A prompt of one user message, for renderers that produce plain text.
     *
     * @param text the text
     * @return the prompt
     */
    public static Prompt ofText(String text) {
        return of(PromptMessage.user(Objects.requireNonNull(text, "text must not be null")));
    }

    /**
     * The texts of the messages of one role, joined by blank lines.
     *
     * @param role the role
     * @return the text, empty when no message has the role
     */
    public String text(PromptMessage.Role role) {
        Objects.requireNonNull(role, "role must not be null");
        return messages.stream()
                .filter(m -> m.role() == role)
                .map(PromptMessage::text)
                .collect(Collectors.joining("\n\n"));
    }

    /**
     * The whole prompt as one text: every message in order, separated by blank lines.
     *
     * @return the text
     */
    public String text() {
        return messages.stream().map(PromptMessage::text).collect(Collectors.joining("\n\n"));
    }

    /**
     * The roles of the messages in order, for example {@code [SYSTEM, USER]}.
     *
     * @return the roles
     */
    public List<PromptMessage.Role> roles() {
        return messages.stream().map(PromptMessage::role).toList();
    }
}
