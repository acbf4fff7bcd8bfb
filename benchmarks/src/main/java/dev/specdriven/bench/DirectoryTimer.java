package dev.specdriven.bench;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * One-shot timing of a whole directory: a bare commonmark parse of every {@code .md} file (read,
 * decode, parse; no source spans, no model) against the spec model's read and check of the
 * workspace.
 *
 * <pre>
 * java -cp ... dev.specdriven.bench.DirectoryTimer bare DIR [--threads N]
 * java -cp ... dev.specdriven.bench.DirectoryTimer spec DIR
 * java -cp ... dev.specdriven.bench.DirectoryTimer compare DIR [--repeat N]
 * </pre>
 *
 * <p>{@code bare} and {@code spec} do one pass (for process-level timing by {@code bench/run.sh});
 * {@code compare} runs both in one JVM {@code N} times (default 3) and prints the best of each.
 */
public final class DirectoryTimer {

    private DirectoryTimer() {}

    /**
     * Runs the timer.
     *
     * @param args mode, directory, options
     * @throws IOException when the directory cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println(
                    "usage: DirectoryTimer bare|spec|compare DIR [--threads N] [--repeat N]");
            System.exit(2);
        }
        String mode = args[0];
        Path dir = Path.of(args[1]);
        int threads = intOption(args, "--threads", 1);
        int repeat = intOption(args, "--repeat", 3);
        switch (mode) {
            case "bare" -> print("bare commonmark", bare(dir, threads));
            case "spec" -> print("spec read+check", spec(dir));
            case "compare" -> {
                Result bestBare = null;
                Result bestSpec = null;
                for (int i = 0; i < repeat; i++) {
                    Result b = bare(dir, threads);
                    Result s = spec(dir);
                    bestBare = bestBare == null || b.nanos < bestBare.nanos ? b : bestBare;
                    bestSpec = bestSpec == null || s.nanos < bestSpec.nanos ? s : bestSpec;
                }
                print("bare commonmark (best of " + repeat + ")", bestBare);
                print("spec read+check (best of " + repeat + ")", bestSpec);
                System.out.printf(
                        Locale.ROOT,
                        "ratio spec/bare: %.2f%n",
                        (double) bestSpec.nanos / bestBare.nanos);
            }
            default -> {
                System.err.println("unknown mode " + mode);
                System.exit(2);
            }
        }
    }

    private static int intOption(String[] args, String name, int dflt) {
        for (int i = 2; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return dflt;
    }

    /** Files, bytes, nanos and a count of the work done (nodes or diagnostics). */
    record Result(long files, long bytes, long nanos, long count, String countName) {}

    static Result bare(Path dir, int threads) throws IOException {
        long start = System.nanoTime();
        List<Path> files = BenchInputs.markdownFiles(dir);
        Parser parser = Parser.builder().build();
        AtomicLong bytes = new AtomicLong();
        AtomicLong nodes = new AtomicLong();
        if (threads <= 1) {
            for (Path p : files) {
                parseOne(parser, p, bytes, nodes);
            }
        } else {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                pool.submit(
                                () ->
                                        files.parallelStream()
                                                .forEach(p -> parseOne(parser, p, bytes, nodes)))
                        .join();
            } finally {
                pool.shutdown();
            }
        }
        return new Result(
                files.size(), bytes.get(), System.nanoTime() - start, nodes.get(), "top blocks");
    }

    private static void parseOne(Parser parser, Path p, AtomicLong bytes, AtomicLong nodes) {
        byte[] b;
        try {
            b = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        bytes.addAndGet(b.length);
        Node doc = parser.parse(new String(b, StandardCharsets.UTF_8));
        long n = 0;
        for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
            n++;
        }
        nodes.addAndGet(n);
    }

    static Result spec(Path dir) throws IOException {
        long start = System.nanoTime();
        Workspace ws = SpecParser.create().read(dir);
        List<Diagnostic> diagnostics = SpecChecker.create().check(ws);
        long nanos = System.nanoTime() - start;
        long files = ws.specs().stream().mapToLong(s -> s.documents().size()).sum();
        long bytes =
                ws.specs().stream()
                        .flatMap(s -> s.documents().stream())
                        .mapToLong(d -> d.source().byteLength())
                        .sum();
        return new Result(files, bytes, nanos, diagnostics.size(), "diagnostics");
    }

    private static void print(String what, Result r) {
        System.out.printf(
                Locale.ROOT,
                "%-36s %6d files %8.1f MB %9.3f s %8.1f MB/s %d %s%n",
                what,
                r.files,
                r.bytes / 1e6,
                r.nanos / 1e9,
                r.bytes / 1e6 / (r.nanos / 1e9),
                r.count,
                r.countName);
    }
}
