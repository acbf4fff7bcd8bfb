package dev.specdriven.spec;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * Checks a parsed workspace or spec: it returns the diagnostics found while reading plus the
 * cross-file checks (missing files, duplicate or non-contiguous numbers, sub-tasks without parent,
 * dangling requirement and property references, empty criteria lists, glossary use).
 *
 * <pre>{@code
 * Workspace ws = SpecParser.create().read(Path.of("."));
 * List<Diagnostic> all = SpecChecker.create().check(ws);
 * all.forEach(System.out::println);   // .kiro/specs/auth/tasks.md:12:5: warning SPEC016 ...
 * }</pre>
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
}
