package dev.specdriven.generate;

import dev.specdriven.generate.spi.ModelBackend;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Workspace;

/**
 * Writes {@code tasks.md} from a spec's requirements and design. Done ({@code [x]}) and locked
 * ({@code <!-- locked -->}) tasks of a current task list are always kept byte-identical. The
 * default implementation is {@link SpecGenerator}.
 *
 * <pre>{@code
 * TasksGenerator gen = TasksGenerator.using(new BuiltinBackend());
 * GenerationResult r = gen.generateTasks(workspace, spec);
 * }</pre>
 */
public interface TasksGenerator {

    /**
     * Generates the task list; with a current task list, every task that is neither done nor locked
     * is regenerated and criteria no task covers get new tasks.
     *
     * @param workspace the workspace (steering documents)
     * @param spec the spec with requirements (and design)
     * @return the result; nothing is written
     * @throws GeneratorException when the backend fails
     */
    GenerationResult generateTasks(Workspace workspace, Spec spec);

    /**
     * Regenerates only the tasks that trace to changed criteria; new tasks get numbers after the
     * highest existing one.
     *
     * @param workspace the workspace
     * @param spec the spec with the new requirements and the current tasks
     * @param change what changed in the requirements
     * @return the result; nothing is written
     * @throws GeneratorException when the backend fails
     */
    GenerationResult regenerateTasks(Workspace workspace, Spec spec, RequirementsChange change);

    /**
     * The default implementation over a backend.
     *
     * @param backend the backend
     * @return a generator with default settings
     */
    static TasksGenerator using(ModelBackend backend) {
        return SpecGenerator.builder().backend(backend).build();
    }
}
