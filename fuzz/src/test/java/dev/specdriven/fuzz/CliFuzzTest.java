package dev.specdriven.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.specdriven.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fuzzes the CLI end to end: the input is split at {@code \0\0} into requirements.md, design.md,
 * tasks.md and .config.kiro of a temp workspace; {@code check} (text, json, sarif) and {@code task}
 * must exit with 0, 1 or 2 and never print a stack trace or an internal error.
 */
class CliFuzzTest {

    private static final String[] FILES = {
        "requirements.md", "design.md", "tasks.md", ".config.kiro"
    };
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.<>/]+\\(");

    @FuzzTest(maxDuration = "3m")
    void checkAndTask(byte[] data) throws IOException {
        Path ws = Files.createTempDirectory("specdriven-fuzz");
        try {
            Path spec = Files.createDirectories(ws.resolve(".kiro/specs/feature"));
            List<byte[]> parts = split(data);
            for (int i = 0; i < parts.size() && i < FILES.length; i++) {
                Files.write(spec.resolve(FILES[i]), parts.get(i));
            }
            String context = Invariants.describe(data);
            run(context, "check", ws.toString());
            run(context, "check", "--format", "json", ws.toString());
            run(context, "check", "--format", "sarif", "--fail-on", "warning", ws.toString());
            run(context, "task", ws.toString(), "feature", "1", "--status", "done");
            run(context, "task", ws.toString(), "feature", "#2", "--status", "in-progress");
        } finally {
            try (Stream<Path> s = Files.walk(ws)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static List<byte[]> split(byte[] data) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < data.length; i++) {
            if (data[i] == 0 && data[i + 1] == 0) {
                parts.add(Arrays.copyOfRange(data, start, i));
                start = i + 2;
                i++;
            }
        }
        parts.add(Arrays.copyOfRange(data, start, data.length));
        return parts;
    }

    /** Runs the CLI with captured stdout and stderr and checks exit code and output. */
    static void run(String context, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String o = out.toString(StandardCharsets.UTF_8);
        String e = err.toString(StandardCharsets.UTF_8);
        String what =
                String.join(" ", args)
                        + " on "
                        + context
                        + "\nstderr: "
                        + e.substring(0, Math.min(2000, e.length()));
        assertThat(code).as("exit code of %s", what).isIn(0, 1, 2);
        assertThat(STACK_FRAME.matcher(e).find()).as("stack trace on stderr: %s", what).isFalse();
        assertThat(STACK_FRAME.matcher(o).find()).as("stack trace on stdout: %s", what).isFalse();
        for (String internal : Invariants.INTERNAL_ERROR_CODES) {
            // text lines "file:1:1: error SPEC026 ...", JSON "code", SARIF "ruleId"; the code alone
            // may appear in quoted input text (a fuzzer finding wrote it into a system name)
            Pattern text = Pattern.compile("(?m)^\\s*\\S*:\\d+:\\d+: [a-z]+ " + internal + " ");
            assertThat(text.matcher(o).find())
                    .as("internal error %s in output of %s", internal, what)
                    .isFalse();
            for (String form :
                    List.of(
                            "\"code\":\"" + internal + "\",\"severity",
                            "\"ruleId\":\"" + internal + "\"")) {
                assertThat(o.contains(form))
                        .as("internal error %s in output of %s", internal, what)
                        .isFalse();
            }
        }
    }
}
