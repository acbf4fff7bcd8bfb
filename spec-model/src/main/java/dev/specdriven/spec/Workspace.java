package dev.specdriven.spec;

import dev.specdriven.source.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed workspace: its specs and steering documents.
 *
 * <pre>{@code
 * Workspace ws = SpecParser.create().read(Path.of("."));
 * for (Spec spec : ws.specs()) {
 *     System.out.println(spec.name() + ": " + spec.criteria().size() + " criteria");
 * }
 * List<Diagnostic> problems = SpecChecker.create().check(ws);
 * }</pre>
 *
 * @param root the workspace directory
 * @param layout how the specs were found
 * @param specs the specs, sorted by path
 * @param steering the steering documents, sorted by path
 * @param diagnostics problems with the workspace itself (no specs, unreadable directories)
 */
public record Workspace(
        Path root,
        WorkspaceLayout layout,
        List<Spec> specs,
        List<SteeringDocument> steering,
        List<Diagnostic> diagnostics) {
    /** Validates and copies. */
    public Workspace {
        Objects.requireNonNull(root, "root must not be null");
        Objects.requireNonNull(layout, "layout must not be null");
        specs = List.copyOf(specs);
        steering = List.copyOf(steering);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The spec with a folder name (or path relative to the workspace).
     *
     * @param nameOrPath such as {@code auth} or {@code .kiro/specs/auth}
     * @return the spec
     */
    public Optional<Spec> spec(String nameOrPath) {
        Objects.requireNonNull(nameOrPath, "nameOrPath must not be null");
        for (Spec s : specs) {
            if (s.name().equals(nameOrPath) || s.path().equals(nameOrPath)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The diagnostics found while reading: workspace-level, per spec folder, per document,
     * steering. Cross-file checks are added by {@link SpecChecker}.
     *
     * @return the diagnostics
     */
    public List<Diagnostic> readDiagnostics() {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        for (SteeringDocument d : steering) {
            out.addAll(d.diagnostics());
        }
        for (Spec s : specs) {
            out.addAll(s.diagnostics());
            s.config().ifPresent(c -> out.addAll(c.diagnostics()));
            for (SpecDocument d : s.documents()) {
                out.addAll(d.diagnostics());
            }
        }
        return List.copyOf(out);
    }
}
