package dev.specdriven.workflow.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code git} executable. */
public final class Git {
    private Git() {}

    private static final long TIMEOUT_SECONDS = 120;

    /**
     * Runs git in a directory and returns its standard output as UTF-8.
     *
     * @param dir the working directory
     * @param args the arguments after {@code git}
     * @return the output
     * @throws IOException when git is missing or fails
     */
    public static String run(Path dir, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(args);
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
                    String.join(" ", cmd)
                            + " failed: "
                            + new String(err.toByteArray(), StandardCharsets.UTF_8).strip());
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /**
     * Non-empty lines of a git output.
     *
     * @param output the output
     * @return the lines
     */
    public static List<String> lines(String output) {
        List<String> out = new ArrayList<>();
        for (String l : output.split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
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
