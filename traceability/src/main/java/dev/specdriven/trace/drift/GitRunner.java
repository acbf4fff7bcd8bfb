package dev.specdriven.trace.drift;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the {@code git} executable: the one place specdriven starts git ({@link GitRevisions}, the
 * workflow's stale check, the CLI's default approver name).
 *
 * <p>Every run is defensive, because the repository may be hostile (a pull request, a fresh clone):
 *
 * <ul>
 *   <li>{@code git --no-pager -c core.fsmonitor=false -c core.quotePath=false …}: the repository's
 *       own configuration starts no fsmonitor hook, and paths come back as UTF-8 instead of octal
 *       escapes ({@link #split(byte[])} reads the {@code -z} form); {@code GIT_TERMINAL_PROMPT=0}
 *       and {@code GIT_OPTIONAL_LOCKS=0} in the environment, standard input closed;
 *   <li>the timeout really fires: standard output and error are read on their own threads while the
 *       caller waits with a deadline, and on timeout the process and its descendants are destroyed;
 *   <li>a failure is an {@link IOException} whose message holds the command and git's own error
 *       text (its standard error);
 *   <li>callers put {@code --end-of-options} before revisions and {@code --} before paths, so a
 *       revision is never parsed as an option ({@link #checkRevision(String)} refuses one that
 *       starts with {@code -} anyway).
 * </ul>
 *
 * <pre>{@code
 * GitRunner git = GitRunner.create();
 * String head = git.text(dir, List.of("rev-parse", "--verify", "--end-of-options", "HEAD^{commit}"));
 * List<String> changed = GitRunner.split(git.run(dir, List.of("diff", "--name-only", "-z", "--end-of-options", "main", "--")));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GitRunner {
    /** The default timeout of one git command, 120 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    /** The default cap on a command's standard output, 256 MiB. */
    public static final long DEFAULT_MAX_OUTPUT = 256L * 1024 * 1024;

    private static final int MAX_ERROR_TEXT = 2_000;

    private final String executable;
    private final Duration timeout;
    private final long maxOutput;

    private GitRunner(Builder b) {
        this.executable = b.executable;
        this.timeout = b.timeout;
        this.maxOutput = b.maxOutput;
    }

    /**
     * A runner of the {@code git} found on the {@code PATH}, with the default timeout.
     *
     * @return the runner
     */
    public static GitRunner create() {
        return builder().build();
    }

    /**
     * A builder for another executable or timeout.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether git can be run: {@code git --version} succeeds.
     *
     * @return true when it does
     */
    public boolean available() {
        try {
            run(Path.of("."), List.of("--version"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs git in a directory.
     *
     * @param dir the working directory
     * @param args the arguments after {@code git} and the fixed options
     * @return the standard output
     * @throws IOException when git cannot be started, fails (the message holds its error text),
     *     times out or prints more than the output cap
     */
    public byte[] run(Path dir, List<String> args) throws IOException {
        Objects.requireNonNull(dir, "dir must not be null");
        Objects.requireNonNull(args, "args must not be null");
        List<String> cmd = new ArrayList<>();
        cmd.add(executable);
        cmd.addAll(
                List.of("--no-pager", "-c", "core.fsmonitor=false", "-c", "core.quotePath=false"));
        for (String a : args) {
            cmd.add(Objects.requireNonNull(a, "args must not contain null"));
        }
        String shown = "git " + String.join(" ", args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
        pb.environment().put("GIT_PAGER", "cat");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run " + executable + ": " + e.getMessage(), e);
        }
        p.getOutputStream().close();
        AtomicBoolean tooLarge = new AtomicBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outReader = reader(p.getInputStream(), out, maxOutput, tooLarge, p);
        Thread errReader = reader(p.getErrorStream(), err, MAX_ERROR_TEXT * 4L, null, p);
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                destroyTree(p);
                throw new IOException(shown + " timed out after " + timeout.toSeconds() + " s");
            }
            // the pipes close when git ends (a descendant still holding one gets a bounded wait)
            outReader.join(5_000);
            errReader.join(5_000);
        } catch (InterruptedException e) {
            destroyTree(p);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + shown, e);
        }
        if (tooLarge.get()) {
            throw new IOException(shown + " printed more than " + maxOutput + " bytes");
        }
        if (p.exitValue() != 0) {
            String text = new String(err.toByteArray(), StandardCharsets.UTF_8).strip();
            if (text.length() > MAX_ERROR_TEXT) {
                text = text.substring(0, MAX_ERROR_TEXT) + "…";
            }
            throw new IOException(
                    shown
                            + " failed (exit "
                            + p.exitValue()
                            + ")"
                            + (text.isEmpty() ? "" : ": " + text));
        }
        synchronized (out) {
            return out.toByteArray();
        }
    }

    /**
     * Runs git and returns its standard output as UTF-8 text.
     *
     * @param dir the working directory
     * @param args the arguments after {@code git}
     * @return the output
     * @throws IOException as {@link #run(Path, List)}
     */
    public String text(Path dir, List<String> args) throws IOException {
        return new String(run(dir, args), StandardCharsets.UTF_8);
    }

    /**
     * The entries of a {@code -z} output (NUL-separated UTF-8), empty ones dropped.
     *
     * @param output the output
     * @return the entries, in order
     */
    public static List<String> split(byte[] output) {
        Objects.requireNonNull(output, "output must not be null");
        List<String> out = new ArrayList<>();
        for (String s : new String(output, StandardCharsets.UTF_8).split("\0")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Checks that a text can be a revision argument: not blank, not starting with {@code -}, no NUL
     * or line break.
     *
     * @param revision the revision
     * @return the revision
     * @throws IllegalArgumentException when it cannot be one
     */
    public static String checkRevision(String revision) {
        Objects.requireNonNull(revision, "revision must not be null");
        if (revision.isBlank()
                || revision.startsWith("-")
                || revision.indexOf('\0') >= 0
                || revision.indexOf('\n') >= 0
                || revision.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("not a revision: " + revision);
        }
        return revision;
    }

    private static Thread reader(
            InputStream in,
            ByteArrayOutputStream sink,
            long cap,
            AtomicBoolean overflow,
            Process p) {
        Thread t =
                new Thread(
                        () -> {
                            byte[] buf = new byte[8192];
                            long total = 0;
                            try (in) {
                                int n;
                                while ((n = in.read(buf)) >= 0) {
                                    total += n;
                                    if (total > cap) {
                                        if (overflow != null) {
                                            overflow.set(true);
                                            destroyTree(p);
                                        }
                                        continue; // drain, keep nothing more
                                    }
                                    synchronized (sink) {
                                        sink.write(buf, 0, n);
                                    }
                                }
                            } catch (IOException e) {
                                // the process ended or was destroyed: its exit code tells
                            }
                        },
                        "git-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void destroyTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /** Configures a {@link GitRunner}. */
    public static final class Builder {
        private String executable = "git";
        private Duration timeout = DEFAULT_TIMEOUT;
        private long maxOutput = DEFAULT_MAX_OUTPUT;

        private Builder() {}

        /**
         * The git executable: a name looked up on the {@code PATH} ({@code git}, the default) or a
         * path.
         *
         * @param executable the executable
         * @return {@code this}
         */
        public Builder executable(String executable) {
            Objects.requireNonNull(executable, "executable must not be null");
            if (executable.isBlank()) {
                throw new IllegalArgumentException("executable must not be blank");
            }
            this.executable = executable;
            return this;
        }

        /**
         * The timeout of one command (default {@link #DEFAULT_TIMEOUT}).
         *
         * @param timeout a positive duration
         * @return {@code this}
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout must not be null");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * The cap on a command's standard output (default {@link #DEFAULT_MAX_OUTPUT}).
         *
         * @param bytes at least 1
         * @return {@code this}
         */
        public Builder maxOutput(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxOutput must be >= 1, was " + bytes);
            }
            this.maxOutput = bytes;
            return this;
        }

        /**
         * Builds the runner.
         *
         * @return the runner
         */
        public GitRunner build() {
            return new GitRunner(this);
        }
    }
}
