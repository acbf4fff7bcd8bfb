package dev.specdriven.generate;

import dev.specdriven.generate.internal.BuiltinWriter;
import dev.specdriven.generate.spi.ModelBackend;
import java.util.Objects;

/**
 * The deterministic built-in backend, id {@code builtin}: no network, no model. It reads the
 * structured {@link GenerationContext} (never the prompt text) and writes
 *
 * <ul>
 *   <li>a design skeleton: Overview, Architecture (one component per EARS system), Components and
 *       Interfaces (one section per requirement with a {@code _Requirements:_} line), Data Models
 *       (glossary entities), Correctness Properties (one {@code ### Property N} per criterion group
 *       with {@code **Validates: Requirements …**}), Error Handling, Testing Strategy;
 *   <li>a task list: a set-up task, one task per requirement with one sub-task per criterion group
 *       (main behaviour, error handling, optional features) carrying {@code _Requirements:_} lines,
 *       optional property-test sub-tasks for the design's properties, and a checkpoint;
 *   <li>requirements from a feature idea: one requirement per sentence with two EARS criteria;
 *   <li>in impact-scoped regenerations: the current document with the sections or tasks in scope
 *       rewritten from the current criteria, and new sections or tasks for uncovered criteria.
 * </ul>
 *
 * <pre>{@code
 * GenerationResult design = SpecGenerator.builder().backend(new BuiltinBackend()).build()
 *         .generateDesign(workspace, spec);
 * }</pre>
 *
 * <p>Registered for {@link java.util.ServiceLoader}. This class is immutable and thread-safe.
 */
public final class BuiltinBackend implements ModelBackend {
    /** The id, {@code builtin}. */
    public static final String ID = "builtin";

    /** Creates the backend (public for {@link java.util.ServiceLoader}). */
    public BuiltinBackend() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String complete(GenerationRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        GenerationContext ctx = request.context();
        switch (ctx.kind()) {
            case DESIGN:
                return BuiltinWriter.design(ctx);
            case TASKS:
                return BuiltinWriter.tasks(ctx);
            default:
                return BuiltinWriter.requirements(ctx);
        }
    }
}
