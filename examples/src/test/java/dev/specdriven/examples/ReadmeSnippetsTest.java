package dev.specdriven.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code shown in README.md is compiled and tested: every region of the example sources marked
 * {@code // @example:<name>:begin} … {@code // @example:<name>:end} must appear verbatim (common
 * indentation stripped) inside a {@code ```java} fence of README.md.
 */
class ReadmeSnippetsTest {

    private static final Pattern MARKER =
            Pattern.compile("^\\s*// @example:([a-z0-9-]+):(begin|end)\\s*$");
    private static final Pattern JAVA_FENCE =
            Pattern.compile("(?m)^```java\\n(.*?)^```\\s*$", Pattern.DOTALL);

    @Test
    void every_marked_region_is_in_a_java_fence_of_the_readme() throws IOException {
        Path root = ExampleWorkspace.repositoryRoot();
        Map<String, String> snippets = snippets(root.resolve("examples/src"));
        assertThat(snippets)
                .as("marked regions in examples/src")
                .containsKeys(
                        "parse-sentence",
                        "read-workspace",
                        "custom-pattern",
                        "custom-dialect",
                        "custom-parser",
                        "discovered-parser",
                        "trace-graph",
                        "jgrapht-path",
                        "jgrapht-components",
                        "ci-gate",
                        "verifies",
                        "assert-spec",
                        "assert-trace");
        String readme =
                Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8)
                        .replace("\r\n", "\n");
        List<String> fences = new ArrayList<>();
        Matcher m = JAVA_FENCE.matcher(readme);
        while (m.find()) {
            fences.add(m.group(1));
        }
        List<String> missing = new ArrayList<>();
        snippets.forEach(
                (name, code) -> {
                    if (fences.stream().noneMatch(f -> f.contains(code))) {
                        missing.add(name + ":\n" + code);
                    }
                });
        assertThat(missing)
                .as("snippets missing from a ```java fence of README.md (copy them verbatim)")
                .isEmpty();
    }

    @Test
    void extraction_strips_common_indentation_and_keeps_blank_lines() {
        List<String> lines =
                List.of(
                        "    // @example:x:begin",
                        "    int a = 1;",
                        "",
                        "        a++;",
                        "    // @example:x:end");
        assertThat(extract("X.java", lines))
                .containsExactly(Map.entry("x", "int a = 1;\n\n    a++;\n"));
    }

    /** Name → code of every marked region under a directory. */
    static Map<String, String> snippets(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Map<String, String> found =
                        extract(f.toString(), Files.readAllLines(f, StandardCharsets.UTF_8));
                for (Map.Entry<String, String> e : found.entrySet()) {
                    if (out.put(e.getKey(), e.getValue()) != null) {
                        throw new IllegalStateException("duplicate @example name " + e.getKey());
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    static Map<String, String> extract(String file, List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        String open = null;
        List<String> body = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (!m.matches()) {
                if (open != null) {
                    body.add(lines.get(i));
                }
                continue;
            }
            String where = file + ":" + (i + 1);
            if (m.group(2).equals("begin")) {
                if (open != null) {
                    throw new IllegalStateException(where + ": nested @example " + m.group(1));
                }
                open = m.group(1);
                body = new ArrayList<>();
            } else {
                if (!m.group(1).equals(open)) {
                    throw new IllegalStateException(where + ": unmatched end " + m.group(1));
                }
                out.put(open, dedent(body));
                open = null;
            }
        }
        if (open != null) {
            throw new IllegalStateException(file + ": @example " + open + " is never closed");
        }
        return out;
    }

    private static String dedent(List<String> body) {
        // trailing blank lines are not part of the snippet
        List<String> lines = new ArrayList<>(body);
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        int indent =
                lines.stream()
                        .filter(l -> !l.isBlank())
                        .mapToInt(l -> l.length() - l.stripLeading().length())
                        .min()
                        .orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return sb.toString();
    }
}
