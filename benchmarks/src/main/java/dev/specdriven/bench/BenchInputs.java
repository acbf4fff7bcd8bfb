package dev.specdriven.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Inputs of the benchmarks: a corpus directory or a built-in synthetic spec. */
final class BenchInputs {

    /** System property naming a corpus directory (for example {@code bench/out/s10/kiro}). */
    static final String CORPUS_PROPERTY = "specdriven.bench.corpus";

    private static final Pattern CRITERION =
            Pattern.compile("^\\s*\\d+\\.\\s+(.*(?i:shall).*)$", Pattern.MULTILINE);

    private BenchInputs() {}

    /** The corpus directory from the system property, if set and a directory. */
    static Path corpus() {
        String dir = System.getProperty(CORPUS_PROPERTY, "");
        if (dir.isEmpty() || !Files.isDirectory(Path.of(dir))) {
            return null;
        }
        return Path.of(dir);
    }

    /** Every {@code .md} file below a directory, sorted. */
    static List<Path> markdownFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A built-in requirements document with {@code n} requirements of 5 criteria. */
    static String syntheticRequirements(int n) {
        StringBuilder sb = new StringBuilder("# Requirements Document\n\n## Introduction\n\n");
        sb.append("Synthetic requirements for benchmarks.\n\n## Requirements\n\n");
        for (int r = 1; r <= n; r++) {
            sb.append("### Requirement ").append(r).append("\n\n");
            sb.append("**User Story:** As an operator, I want feature ")
                    .append(r)
                    .append(", so that the service keeps working.\n\n");
            sb.append("#### Acceptance Criteria\n\n");
            sb.append("1. WHEN the operator submits order ")
                    .append(r)
                    .append(" THEN the Order Service SHALL store the order within 200 ms\n");
            sb.append(
                    "2. IF the payment is declined, THEN THE Order Service SHALL keep the cart\n");
            sb.append("3. WHILE the queue is full THE Order Service SHALL reject new orders\n");
            sb.append("4. WHERE export is enabled THE Order Service SHALL write a CSV file\n");
            sb.append("5. THE Order Service SHALL log every state change with its time\n\n");
        }
        return sb.toString();
    }

    /** Acceptance criteria sentences: from the corpus when set, else the built-in spec. */
    static List<String> sentences(int max) {
        List<String> out = new ArrayList<>();
        Path corpus = corpus();
        if (corpus != null) {
            for (Path p : markdownFiles(corpus)) {
                if (!p.getFileName().toString().equals("requirements.md")) {
                    continue;
                }
                collect(read(p), out, max);
                if (out.size() >= max) {
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            collect(syntheticRequirements(200), out, max);
        }
        return out;
    }

    private static void collect(String text, List<String> out, int max) {
        Matcher m = CRITERION.matcher(text);
        while (m.find() && out.size() < max) {
            out.add(m.group(1).strip());
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
