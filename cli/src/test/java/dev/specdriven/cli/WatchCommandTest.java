package dev.specdriven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code specdriven watch}: started in a thread, driven by file edits, stopped by --once. */
class WatchCommandTest {
    private static final long WAIT_MS = 30_000;

    @TempDir Path ws;

    private Path spec() throws IOException {
        Path s = ws.resolve(".kiro/specs/checkout");
        Files.createDirectories(s);
        Files.writeString(s.resolve("requirements.md"), TraceCommandsTest.REQUIREMENTS);
        Files.writeString(s.resolve("design.md"), TraceCommandsTest.DESIGN);
        Files.writeString(s.resolve("tasks.md"), TraceCommandsTest.TASKS);
        return s;
    }

    private record Started(Thread thread, StringWriter out, StringWriter err, AtomicInteger exit) {}

    private static Started start(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread t =
                new Thread(
                        () ->
                                exit.set(
                                        Main.run(
                                                new PrintWriter(out, true),
                                                new PrintWriter(err, true),
                                                args)),
                        "watch-test");
        t.setDaemon(true);
        t.start();
        return new Started(t, out, err, exit);
    }

    private static void awaitOutput(Started s, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (!s.out().toString().contains(text)
                && s.thread().isAlive()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(s.out().toString()).as("stderr: %s", s.err()).contains(text);
    }

    @Test
    void textDeltaAfterEditingTasks() throws Exception {
        Path spec = spec();
        Started s = start("watch", ws.toString(), "--once", "--debounce", "50");
        awaitOutput(s, "watching ");
        // the dangling reference 7.1 disappears
        Files.writeString(
                spec.resolve("tasks.md"),
                TraceCommandsTest.TASKS.replace("1.2, 7.1", "1.2"),
                StandardCharsets.UTF_8);
        s.thread().join(WAIT_MS);
        assertThat(s.thread().isAlive()).as("watch did not stop; out: %s", s.out()).isFalse();
        assertThat(s.exit().get()).isZero();
        String out = s.out().toString();
        assertThat(out)
                .containsPattern("(?m)^- \\.kiro/specs/checkout/tasks\\.md:\\d+:\\d+ \\S+ .*7\\.1");
        assertThat(out).contains("  now ");
    }

    @Test
    void jsonDeltaAfterCreatingASpecFolder() throws Exception {
        spec();
        Started s = start("watch", ws.toString(), "--once", "--format", "json");
        awaitOutput(s, "\"event\":\"initial\"");
        // prepared outside, then moved in at once, so the first change seen is the complete folder
        Path staged = ws.resolve("staged");
        Files.createDirectories(staged);
        Files.writeString(staged.resolve("requirements.md"), TraceCommandsTest.REQUIREMENTS);
        Files.move(staged, ws.resolve(".kiro/specs/other"));
        s.thread().join(WAIT_MS);
        assertThat(s.thread().isAlive()).as("watch did not stop; out: %s", s.out()).isFalse();
        String[] lines = s.out().toString().strip().split("\n");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        JsonNode first = Json.MAPPER.readTree(lines[0]);
        JsonNode last = Json.MAPPER.readTree(lines[lines.length - 1]);
        assertThat(first.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(first.get("specs").asInt()).isEqualTo(1);
        assertThat(last.get("event").asText()).isEqualTo("delta");
        assertThat(last.get("coverage").get("criteria").asInt())
                .isEqualTo(2 * first.get("coverage").get("criteria").asInt());
    }

    @Test
    void notADirectoryIsAUsageError() {
        CliRun r = CliRun.of("watch", ws.resolve("missing").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("not a directory");
    }
}
