package dev.specdriven.workflow;

import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.drift.GitRevisions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads a workspace as it was at a git revision ({@code --at <rev>}): the spec files are written by
 * {@code git show <rev>:<path>} into a temporary directory, parsed, and the directory is deleted.
 * The returned workspace's root and spec folders name that (deleted) directory; use it for reading
 * only.
 *
 * <pre>{@code
 * Workspace approved = WorkspaceAt.read(Path.of("."), "design-approved", SpecParser.create());
 * }</pre>
 */
public final class WorkspaceAt {
    private WorkspaceAt() {}

    /**
     * Reads a workspace at a revision.
     *
     * @param workspace the workspace directory (inside a git work tree)
     * @param revision the revision
     * @param parser the parser
     * @return the workspace as it was
     * @throws IOException when git is missing, the revision unknown, or reading fails
     */
    public static Workspace read(Path workspace, String revision, SpecParser parser)
            throws IOException {
        Objects.requireNonNull(workspace, "workspace must not be null");
        Objects.requireNonNull(revision, "revision must not be null");
        Objects.requireNonNull(parser, "parser must not be null");
        Path tmp = Files.createTempDirectory("specdriven-at");
        try {
            GitRevisions.materialize(workspace, revision, tmp);
            return parser.read(tmp);
        } finally {
            delete(tmp);
        }
    }

    /**
     * Writes the spec files of a revision into a new temporary directory that the caller deletes
     * (with {@link #delete(Path)}).
     *
     * @param workspace the workspace directory
     * @param revision the revision
     * @return the directory
     * @throws IOException when git fails
     */
    public static Path materialize(Path workspace, String revision) throws IOException {
        Objects.requireNonNull(workspace, "workspace must not be null");
        Objects.requireNonNull(revision, "revision must not be null");
        Path tmp = Files.createTempDirectory("specdriven-at");
        try {
            GitRevisions.materialize(workspace, revision, tmp);
            return tmp;
        } catch (IOException | RuntimeException e) {
            delete(tmp);
            throw e;
        }
    }

    /**
     * Deletes a directory tree, best effort.
     *
     * @param dir the directory
     */
    public static void delete(Path dir) {
        Objects.requireNonNull(dir, "dir must not be null");
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
