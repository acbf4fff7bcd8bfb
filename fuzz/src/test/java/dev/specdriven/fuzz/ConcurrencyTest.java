package dev.specdriven.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.ParseResult;
import dev.specdriven.spec.DocumentKind;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.SpecFiles;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.StaleFileException;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One parser instance shared by 8 threads gives the same results as sequential use; edits of a file
 * that changes on disk between read and write are refused and lose nothing.
 */
class ConcurrencyTest {

    static final int THREADS = 8;

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs {@code work} on 8 threads released together and returns each thread's result. */
    static <T> List<T> onEightThreads(java.util.function.IntFunction<T> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            Callable<T> c =
                    () -> {
                        start.await();
                        return work.apply(id);
                    };
            futures.add(pool.submit(c));
        }
        start.countDown();
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            out.add(f.get(120, TimeUnit.SECONDS));
        }
        return out;
    }

    static Path examples() {
        Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (d != null && !Files.isDirectory(d.resolve("examples/workspace/.kiro"))) {
            d = d.getParent();
        }
        assertThat(d).as("examples/workspace above %s", System.getProperty("user.dir")).isNotNull();
        return d.resolve("examples/workspace");
    }

    /** Sentences: criteria of the example workspace plus awkward ones. */
    static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>();
        SpecParser parser = SpecParser.create();
        Workspace ws = parser.read(examples());
        ws.specs().forEach(s -> s.criteria().forEach(c -> out.add(c.text())));
        out.addAll(
                List.of(
                        "",
                        "WHEN ((( THEN",
                        "IF the payment fails, THEN THE Order_Service SHALL keep the cart",
                        "WHILE offline the App SHALL queue edits and/or retry as appropriate",
                        "Cuando el usuario pulsa, el sistema DEBERÁ guardar",
                        "x".repeat(20_000)));
        assertThat(out).hasSizeGreaterThan(10);
        return out;
    }

    @RepeatedTest(2)
    void earsParserSharedByEightThreadsMatchesSequentialUse() throws Exception {
        EarsParser parser = EarsParser.create();
        List<String> sentences = sentences();
        List<ParseResult<EarsRequirement>> sequential =
                sentences.stream().map(parser::parse).toList();
        List<List<ParseResult<EarsRequirement>>> results =
                onEightThreads(
                        id -> {
                            // each thread walks the sentences in its own order, many times
                            List<Integer> order = new ArrayList<>();
                            for (int r = 0; r < 20; r++) {
                                for (int i = 0; i < sentences.size(); i++) {
                                    order.add(i);
                                }
                            }
                            Collections.shuffle(order, new Random(id));
                            @SuppressWarnings("unchecked")
                            ParseResult<EarsRequirement>[] got = new ParseResult[sentences.size()];
                            for (int i : order) {
                                ParseResult<EarsRequirement> r = parser.parse(sentences.get(i));
                                if (got[i] != null && !got[i].equals(r)) {
                                    throw new AssertionError(
                                            "thread "
                                                    + id
                                                    + " sentence "
                                                    + i
                                                    + " differs between calls");
                                }
                                got[i] = r;
                            }
                            return List.of(got);
                        });
        for (int t = 0; t < THREADS; t++) {
            assertThat(results.get(t)).as("thread %d", t).isEqualTo(sequential);
        }
    }

    @Test
    void specParserSharedByEightThreadsMatchesSequentialUse() throws Exception {
        SpecParser parser = SpecParser.create();
        List<Path> files;
        try (Stream<Path> s = Files.walk(examples().resolve(".kiro"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<byte[]> contents = new ArrayList<>();
        List<DocumentKind> kinds = new ArrayList<>();
        for (Path p : files) {
            contents.add(Files.readAllBytes(p));
            kinds.add(
                    DocumentKind.ofFileName(p.getFileName().toString())
                            .orElse(DocumentKind.STEERING));
        }
        List<SpecDocument> sequential = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            sequential.add(parser.parse(kinds.get(i), "f.md", contents.get(i)));
        }
        Workspace sequentialWs = parser.read(examples());
        List<List<Object>> results =
                onEightThreads(
                        id -> {
                            List<Object> got =
                                    new ArrayList<>(Collections.nCopies(files.size(), ""));
                            for (int r = 0; r < 5; r++) {
                                for (int i = 0; i < files.size(); i++) {
                                    int k = (i + id) % files.size();
                                    SpecDocument d =
                                            parser.parse(kinds.get(k), "f.md", contents.get(k));
                                    got.set(k, d);
                                }
                            }
                            try {
                                got.add(parser.read(examples()));
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            return got;
                        });
        for (int t = 0; t < THREADS; t++) {
            assertThat(results.get(t).subList(0, files.size()))
                    .as("thread %d documents", t)
                    .isEqualTo(sequential);
            assertThat(results.get(t).get(files.size()))
                    .as("thread %d workspace", t)
                    .isEqualTo(sequentialWs);
        }
    }

    private static final String TASKS =
            "# Implementation Plan\n\n"
                    + "- [ ] 1. First\n  - _Requirements: 1.1_\n"
                    + "- [ ] 2. Second\r\n"
                    + "- [-] 3. Third\n"
                    + "- [ ] 4. Fourth\n"
                    + "- [ ] 5. Fifth\n"
                    + "- [ ] 6. Sixth\n"
                    + "- [ ] 7. Seventh\n"
                    + "- [ ] 8. Eighth\n";

    @Test
    void editOfAFileChangedOnDiskIsRefusedAndNothingIsLost(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tasks.md");
        Files.writeString(file, TASKS, StandardCharsets.UTF_8);
        SpecParser parser = SpecParser.create();
        TasksDocument doc = parser.parseTasks("tasks.md", Files.readAllBytes(file));
        SourceText edited = doc.withTaskState("2", TaskState.DONE);
        // someone else saves the file between our read and our write
        String theirs = TASKS.replace("Fourth", "Fourth, renamed by a colleague");
        Files.writeString(file, theirs, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SpecFiles.writeAtomically(file, doc.source().sha256(), edited))
                .isInstanceOf(StaleFileException.class);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(theirs);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("tasks.md");
        }
        // deleted in between: refused, not recreated
        Files.delete(file);
        assertThatThrownBy(() -> SpecFiles.writeAtomically(file, doc.source().sha256(), edited))
                .isInstanceOf(StaleFileException.class);
        assertThat(file).doesNotExist();
    }

    @RepeatedTest(3)
    void eightThreadsEditingOneFileLoseNoEdit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tasks.md");
        Files.writeString(file, TASKS, StandardCharsets.UTF_8);
        SpecParser parser = SpecParser.create();
        List<Integer> refusals =
                onEightThreads(
                        id -> {
                            String task = String.valueOf(id + 1);
                            int refused = 0;
                            while (true) {
                                try {
                                    TasksDocument doc =
                                            parser.parseTasks("tasks.md", Files.readAllBytes(file));
                                    SpecFiles.writeAtomically(
                                            file,
                                            doc.source().sha256(),
                                            doc.withTaskState(task, TaskState.DONE));
                                    return refused;
                                } catch (StaleFileException e) {
                                    refused++; // someone else wrote first: re-read and retry
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            }
                        });
        TasksDocument after = parser.parseTasks("tasks.md", Files.readAllBytes(file));
        assertThat(after.tasks())
                .as("every thread's edit survived (refusals per thread %s)", refusals)
                .allSatisfy(t -> assertThat(t.state()).isEqualTo(TaskState.DONE));
        // nothing else changed: only the 8 state characters differ
        String expected = TASKS.replace("[ ]", "[x]").replace("[-]", "[x]");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
