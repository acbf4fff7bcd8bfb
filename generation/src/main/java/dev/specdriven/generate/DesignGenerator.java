package dev.specdriven.generate;

import dev.specdriven.generate.spi.ModelBackend;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Workspace;

/**
 * Writes {@code design.md} from a spec's requirements. The default implementation is {@link
 * SpecGenerator}; hosts may implement this interface to replace the whole design step.
 *
 * <pre>{@code
 * DesignGenerator gen = DesignGenerator.using(new BuiltinBackend());
 * GenerationResult r = gen.generateDesign(workspace, spec);
 * }</pre>
 */
public interface DesignGenerator {

    /**
     * Generates a new design (replacing the current one, if any, once accepted). For a bugfix spec
     * ({@code bugfix.md} and no {@code requirements.md}) the design is written from the bug
     * analysis. {@link GenerationResult#replacesContent()} tells whether accepting would drop text
     * of the current design.
     *
     * @param workspace the workspace (steering documents)
     * @param spec the spec with requirements (or a bugfix document)
     * @return the result; nothing is written
     * @throws GeneratorException when the backend fails
     */
    GenerationResult generateDesign(Workspace workspace, Spec spec);

    /**
     * Regenerates only the design sections that trace to changed criteria; every other byte of the
     * current design is kept.
     *
     * @param workspace the workspace
     * @param spec the spec with the new requirements and the current design
     * @param change what changed in the requirements
     * @return the result; nothing is written
     * @throws GeneratorException when the backend fails
     */
    GenerationResult regenerateDesign(Workspace workspace, Spec spec, RequirementsChange change);

    /**
     * The default implementation over a backend.
     *
     * @param backend the backend
     * @return a generator with default settings
     */
    static DesignGenerator using(ModelBackend backend) {
        return SpecGenerator.builder().backend(backend).build();
    }
}
