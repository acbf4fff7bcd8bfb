package dev.specdriven.generate;

import java.util.Objects;

/**
 * One chat message of a {@link Prompt}: a role and its text.
 *
 * <pre>{@code
 * PromptMessage.system("You write design.md files.");
 * PromptMessage.user("## Requirements\n…");
 * }</pre>
 *
 * @param role who speaks
 * @param text the message text
 */
public record PromptMessage(Role role, String text) {

    /** Who speaks in a chat: the usual roles of chat-completion APIs. */
    public enum Role {
        /** Instructions for the model: the task, the output contract and the rules. */
        SYSTEM,
        /** The request: the context (requirements, current documents, steering) or a repair. */
        USER,
        /** An earlier answer of the model, quoted back in a repair round. */
        ASSISTANT
    }

    /** Validates. */
    public PromptMessage {
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }

    /**
     * A system message.
     *
     * @param text the text
     * @return the message
     */
    public static PromptMessage system(String text) {
        return new PromptMessage(Role.SYSTEM, text);
    }

    /**
     * A user message.
     *
     * @param text the text
     * @return the message
     */
    public static PromptMessage user(String text) {
        return new PromptMessage(Role.USER, text);
    }

    /**
     * An assistant message (an earlier answer).
     *
     * @param text the text
     * @return the message
     */
    public static PromptMessage assistant(String text) {
        return new PromptMessage(Role.ASSISTANT, text);
    }
}
