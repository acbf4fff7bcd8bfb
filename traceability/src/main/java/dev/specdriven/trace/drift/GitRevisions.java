package dev.specdriven.trace.drift;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Reads a workspace as it was at a git revision, by running the {@code git} executable ({@code git
 * rev-parse}, {@code git ls-tree}, {@code git show}). Only spec files are copied: {@code *.md} and
 * {@code .config.kiro} files under the workspace directory.
 *
 * <pre>{@code
 * Path old = GitRevisions.materialize(Path.of("."), "main~5", Files.createTempDirectory("base"));
 * Workspace baseline = SpecParser.create().read(old);
 * }</pre>
 */
public final class GitRevisions {
    private static final long TIMEOUT_SECONDS = 120;

    private GitRevisions() {}

    /**
     * Whether a {@code git} executable can be run.
     *
     * @return true when {@code git --version} succeeds
     */
    public static boolean gitAvailable() {
        try {
            run(Path.of("."), List.of("git", "--version"));
            return true;
        } catch (IOException e) {
            return false;
        }
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
     */
    public static Path materialize(Path workspace, String revision, Path target)
            throws IOException {
        Objects.requireNonNull(workspace, "workspace must not be null");
        Objects.requireNonNull(revision, "revision must not be null");
        Objects.requireNonNull(target, "target must not be null");
        if (revision.isBlank() || revision.startsWith("-")) {
            throw new IllegalArgumentException("not a revision: " + revision);
        }
        String prefix = text(run(workspace, List.of("git", "rev-parse", "--show-prefix"))).strip();
        String top = text(run(workspace, List.of("git", "rev-parse", "--show-toplevel"))).strip();
        Path root = Path.of(top);
        run(root, List.of("git", "rev-parse", "--verify", "--quiet", revision + "^{commit}"));
        List<String> cmd =
                new ArrayList<>(List.of("git", "ls-tree", "-r", "-z", "--name-only", revision));
        if (!prefix.isEmpty()) {
            cmd.add("--");
            cmd.add(prefix);
        }
        String listing = text(run(root, cmd));
        for (String path : listing.split("\0")) {
            if (path.isEmpty() || !path.startsWith(prefix)) {
                continue;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (!name.endsWith(".md") && !name.equals(".config.kiro")) {
                continue;
            }
            byte[] content = run(root, List.of("git", "show", revision + ":" + path));
            Path out = target.resolve(path.substring(prefix.length())).normalize();
            if (!out.startsWith(target.normalize())) {
                continue;
            }
            Files.createDirectories(out.getParent());
            Files.write(out, content);
        }
        return target;
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] run(Path dir, List<String> cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process p = pb.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t = new Thread(() -> copy(p.getErrorStream(), err));
        t.setDaemon(true);
        t.start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("git timed out: " + String.join(" ", cmd));
            }
            t.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", cmd), e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(
                    String.join(" ", cmd) + " failed: " + text(err.toByteArray()).strip());
        }
        return out;
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // the exit code tells
        }
    }
}
