package dev.specdriven.generate.spi;

import dev.specdriven.generate.GenerationContext;
import dev.specdriven.generate.GenerationDiagnostic;
import dev.specdriven.generate.Prompt;
import dev.specdriven.generate.PromptMessage;
import dev.specdriven.generate.internal.StandardPromptRenderer;
import java.util.List;
import java.util.Optional;

/**
 * Turns a structured {@link GenerationContext} into the chat messages of a {@link
 * dev.specdriven.generate.GenerationRequest}. Hosts replace it to fit their model (persona, token
 * budgets, language).
 *
 * <pre>{@code
 * PromptRenderer mine = (context, round, previous, diagnostics) -> {
 *     Prompt p = PromptRenderer.standard().render(context, round, previous, diagnostics);
 *     List<PromptMessage> m = new ArrayList<>(p.messages());
 *     m.add(0, PromptMessage.system("You are a senior engineer of our payments team."));
 *     return new Prompt(m);
 * };
 * SpecGenerator gen = SpecGenerator.builder().backend(backend).promptRenderer(mine).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must not throw for any context.
 */
@FunctionalInterface
public interface PromptRenderer {

    /**
     * Renders the messages of one call.
     *
     * @param context the structured context
     * @param round 0 for the first call, 1… for repair rounds
     * @param previousOutput the previous output, for repair rounds
     * @param diagnostics the problems of the previous output, for repair rounds
     * @return the prompt
     */
    Prompt render(
            GenerationContext context,
            int round,
            Optional<String> previousOutput,
            List<GenerationDiagnostic> diagnostics);

    /**
     * The default renderer. The {@link PromptMessage.Role#SYSTEM system} message holds the task
     * statement, the output contract and the rules; the {@link PromptMessage.Role#USER user}
     * message holds the context: steering documents, glossary, requirements (or the bug analysis of
     * a bugfix spec) with their ids and EARS parts, the current document and the scope when
     * updating. A repair round adds the previous answer as an {@link PromptMessage.Role#ASSISTANT
     * assistant} message and a user message that names what was wrong (for example the criterion
     * ids the design misses) with one line per diagnostic.
     *
     * @return the standard renderer
     */
    static PromptRenderer standard() {
        return StandardPromptRenderer.INSTANCE;
    }
}
