package dev.specdriven.spec;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a parsed workspace or spec: it returns the diagnostics found while reading plus the
 * cross-file checks (missing files, duplicate or non-contiguous numbers, sub-tasks without parent,
 * dangling requirement and property references, empty criteria lists, glossary use).
 *
 * <pre>{@code
 * Workspace ws = SpecParser.create().read(Path.of("."));
 * List<Diagnostic> all = SpecChecker.create().check(ws);
 * all.forEach(System.out::println);   // .kiro/specs/auth/tasks.md:12:5: error SPEC016 ...
 * }</pre>
 *
 * <p>The reference and duplicate-id checks are also available one by one ({@link
 * #danglingReference}, {@link #danglingProperty}, {@link #duplicateIds}), so that the trace graph
 * reports the same problem with the same code, severity and position.
 *
 * <p>Diagnostics are sorted by file, then position, and their file is relative to the workspace.
 * This class is immutable and thread-safe.
 */
public final class SpecChecker {

    private SpecChecker() {}

    /**
     * A checker with every check enabled.
     *
     * @return the checker
     */
    public static SpecChecker create() {
        return new SpecChecker();
    }

    /**
     * Checks a whole workspace, its specs in parallel on the common fork-join pool (the result does
     * not depend on it).
     *
     * @param workspace the workspace
     * @return every diagnostic, read and checked, sorted
     */
    public List<Diagnostic> check(Workspace workspace) {
        Objects.requireNonNull(workspace, "workspace must not be null");
        return Checks.check(workspace);
    }

    /**
     * Checks one spec.
     *
     * @param spec the spec
     * @return its diagnostics, read and checked, sorted
     */
    public List<Diagnostic> check(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        return Checks.check(spec);
    }

    /**
     * Checks one requirement reference of a spec's design or tasks: a {@link
     * SpecCode#DANGLING_REFERENCE} error when it names a requirement or criterion the spec does not
     * have. A spec without any requirement reports none (its missing requirements are reported
     * instead).
     *
     * <pre>{@code
     * for (RequirementReference r : task.requirementReferences()) {
     *     checker.danglingReference(spec, r, tasks.path()).ifPresent(System.out::println);
     * }
     * }</pre>
     *
     * @param spec the spec
     * @param reference a reference of its design.md or tasks.md
     * @param file the path of the file holding the reference, relative to the workspace
     * @return the diagnostic, empty when the reference resolves or is free text
     */
    public Optional<Diagnostic> danglingReference(
            Spec spec, RequirementReference reference, String file) {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(reference, "reference must not be null");
        Objects.requireNonNull(file, "file must not be null");
        return Checks.danglingReference(spec, reference, file);
    }

    /**
     * Checks one correctness-property reference of a task: a {@link SpecCode#DANGLING_PROPERTY}
     * error when design.md defines correctness properties but not this one.
     *
     * @param spec the spec
     * @param task the task that cites the property
     * @param reference the reference
     * @param file the path of tasks.md, relative to the workspace
     * @return the diagnostic, empty when the property exists or the design defines none
     */
    public Optional<Diagnostic> danglingProperty(
            Spec spec, Task task, PropertyReference reference, String file) {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(reference, "reference must not be null");
        Objects.requireNonNull(file, "file must not be null");
        return Checks.danglingProperty(spec, task, reference, file);
    }

    /**
     * The duplicate ids of a spec: requirements ({@link SpecCode#DUPLICATE_REQUIREMENT}), numbered
     * tasks ({@link SpecCode#DUPLICATE_TASK}) and correctness properties ({@link
     * SpecCode#DUPLICATE_PROPERTY}), each reported at the later element.
     *
     * @param spec the spec
     * @return the diagnostics ({@link #check(Spec)} includes them)
     */
    public List<Diagnostic> duplicateIds(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        return Checks.duplicateIds(spec);
    }
}
