package dev.specdriven.generate;

import dev.specdriven.generate.spi.ModelBackend;
import dev.specdriven.spec.Workspace;

/**
 * Writes {@code requirements.md} from a feature idea; the output is checked with the EARS lint. The
 * default implementation is {@link SpecGenerator}.
 *
 * <pre>{@code
 * GenerationResult r = RequirementsGenerator.using(backend)
 *         .generateRequirements(workspace, "order-export", "Shop owners export orders as CSV.");
 * }</pre>
 */
public interface RequirementsGenerator {

    /**
     * Generates requirements for a new or existing spec folder.
     *
     * @param workspace the workspace (steering documents; the spec folder is {@code
     *     .kiro/specs/<specName>} under its root)
     * @param specName the name of a spec of the workspace, or for a new spec a name as {@code
     *     specdriven new} takes it: lower case letters, digits and {@code -} (never a path)
     * @param featureIdea the idea in a few sentences
     * @return the result; nothing is written
     * @throws GeneratorException when the backend fails
     * @throws IllegalArgumentException when {@code specName} names no spec of the workspace and is
     *     not a valid new spec name (for example {@code ../x} or an absolute path)
     */
    GenerationResult generateRequirements(Workspace workspace, String specName, String featureIdea);

    /**
     * The default implementation over a backend.
     *
     * @param backend the backend
     * @return a generator with default settings
     */
    static RequirementsGenerator using(ModelBackend backend) {
        return SpecGenerator.builder().backend(backend).build();
    }
}
