package dev.specdriven.trace.drift;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a workspace as it was at a git revision, by running the {@code git} executable through
 * {@link GitRunner} ({@code git rev-parse}, {@code git ls-tree -z}, {@code git show}, the revision
 * after {@code --end-of-options}). Only spec files are copied: {@code *.md} and {@code
 * .config.kiro} files under the workspace directory.
 *
 * <pre>{@code
 * Path old = GitRevisions.materialize(Path.of("."), "main~5", Files.createTempDirectory("base"));
 * Workspace baseline = SpecParser.create().read(old);
 * }</pre>
 */
public final class GitRevisions {
    private GitRevisions() {}

    /**
     * Whether a {@code git} executable can be run.
     *
     * @return true when {@code git --version} succeeds
     */
    public static boolean gitAvailable() {
        return GitRunner.create().available();
    }

    /**
     * Writes the spec files of a workspace directory, as they were at a revision, into a target
     * directory (same relative paths).
     *
     * @param workspace a directory inside a git work tree
     * @param revision any revision git understands ({@code HEAD~2}, a tag, a hash)
     * @param target an existing, preferably empty, directory
     * @return {@code target}
     * @throws IOException when git is missing, the directory is not in a work tree, the revision is
     *     unknown, or writing fails
     * @throws IllegalArgumentException when the revision is blank or starts with {@code -}
     */
    public static Path materialize(Path workspace, String revision, Path target)
            throws IOException {
        return materialize(workspace, revision, target, GitRunner.create());
    }

    /**
     * Like {@link #materialize(Path, String, Path)}, with a given git runner.
     *
     * @param workspace a directory inside a git work tree
     * @param revision any revision git understands
     * @param target an existing, preferably empty, directory
     * @param git the runner
     * @return {@code target}
     * @throws IOException when git fails or writing fails
     */
    public static Path materialize(Path workspace, String revision, Path target, GitRunner git)
            throws IOException {
        Objects.requireNonNull(workspace, "workspace must not be null");
        Objects.requireNonNull(revision, "revision must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(git, "git must not be null");
        GitRunner.checkRevision(revision);
        String prefix = git.text(workspace, List.of("rev-parse", "--show-prefix")).strip();
        String top = git.text(workspace, List.of("rev-parse", "--show-toplevel")).strip();
        Path root = Path.of(top);
        git.run(
                root,
                List.of(
                        "rev-parse",
                        "--verify",
                        "--quiet",
                        "--end-of-options",
                        revision + "^{commit}"));
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                "ls-tree",
                                "-r",
                                "-z",
                                "--name-only",
                                "--end-of-options",
                                revision));
        if (!prefix.isEmpty()) {
            cmd.add(prefix); // ls-tree takes no "--": after --end-of-options it is a path
        }
        for (String path : GitRunner.split(git.run(root, cmd))) {
            if (!path.startsWith(prefix)) {
                continue;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (!name.endsWith(".md") && !name.equals(".config.kiro")) {
                continue;
            }
            byte[] content =
                    git.run(root, List.of("show", "--end-of-options", revision + ":" + path));
            Path out = target.resolve(path.substring(prefix.length())).normalize();
            if (!out.startsWith(target.normalize())) {
                continue;
            }
            Files.createDirectories(out.getParent());
            Files.write(out, content);
        }
        return target;
    }
}
