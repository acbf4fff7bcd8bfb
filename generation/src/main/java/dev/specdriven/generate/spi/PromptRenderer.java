package dev.specdriven.generate.spi;

import dev.specdriven.generate.GenerationContext;
import dev.specdriven.generate.GenerationDiagnostic;
import dev.specdriven.generate.internal.StandardPromptRenderer;
import java.util.List;
import java.util.Optional;

/**
 * Turns a structured {@link GenerationContext} into the prompt text of a {@link
 * dev.specdriven.generate.GenerationRequest}. Hosts replace it to fit their model (chat roles,
 * token budgets, language).
 *
 * <pre>{@code
 * PromptRenderer mine = (context, round, previous, diagnostics) ->
 *         "You are a senior engineer.\n" + PromptRenderer.standard().render(context, round, previous, diagnostics);
 * SpecGenerator gen = SpecGenerator.builder().backend(backend).promptRenderer(mine).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must not throw for any context.
 */
@FunctionalInterface
public interface PromptRenderer {

    /**
     * Renders the prompt of one call.
     *
     * @param context the structured context
     * @param round 0 for the first call, 1… for repair rounds
     * @param previousOutput the previous output, for repair rounds
     * @param diagnostics the problems of the previous output, for repair rounds
     * @return the prompt text
     */
    String render(
            GenerationContext context,
            int round,
            Optional<String> previousOutput,
            List<GenerationDiagnostic> diagnostics);

    /**
     * The default renderer: task statement, output contract, steering documents, glossary,
     * requirements with their ids and EARS parts, the current document and scope when updating, and
     * for repairs the previous output with one line per diagnostic.
     *
     * @return the standard renderer
     */
    static PromptRenderer standard() {
        return StandardPromptRenderer.INSTANCE;
    }
}
