package dev.specdriven.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Collects test outcomes during one engine run and writes the evidence file once, when JUnit closes
 * the root store. Thread-safe.
 *
 * <p>JUnit closes store values that implement {@link ExtensionContext.Store.CloseableResource} from
 * 5.1 on and values that implement {@link AutoCloseable} only from 5.13 on; the collector is both,
 * so the file is written with JUnit 5.10, 5.11 and 5.12 too (Spring Boot 3.4 and 3.5 manage those),
 * and written once when a version closes it through both interfaces.
 */
@SuppressWarnings("deprecation") // CloseableResource: the only way JUnit before 5.13 closes a value
final class EvidenceCollector implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    /** The outcome written to the file. */
    enum Status {
        // declared in precedence order: see combine
        FAILED,
        PASSED,
        ABORTED,
        SKIPPED;

        /** A failure wins, then a pass, then an abort, then a skip. */
        Status combine(Status other) {
            return ordinal() < other.ordinal() ? this : other;
        }
    }

    /** One recorded execution. */
    record Execution(String test, List<String> criteria, Status status) {}

    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final boolean append;
    private final Map<String, Execution> executions = new ConcurrentHashMap<>();
    private final AtomicBoolean written = new AtomicBoolean();

    EvidenceCollector(Path file, boolean append) {
        this.file = file.toAbsolutePath().normalize();
        this.append = append;
    }

    Path file() {
        return file;
    }

    void record(String uniqueId, String test, List<String> criteria, Status status) {
        executions.put(uniqueId, new Execution(test, List.copyOf(criteria), status));
    }

    /** Combines the executions of each test method, sorted by test name. */
    Map<String, Execution> results() {
        Map<String, Execution> byTest = new TreeMap<>();
        for (Execution e : executions.values()) {
            byTest.merge(
                    e.test(),
                    e,
                    (a, b) -> {
                        Set<String> criteria = new LinkedHashSet<>(a.criteria());
                        criteria.addAll(b.criteria());
                        return new Execution(
                                a.test(), List.copyOf(criteria), a.status().combine(b.status()));
                    });
        }
        return byTest;
    }

    @Override
    public void close() throws IOException {
        if (!written.compareAndSet(false, true)) {
            return;
        }
        Path dir = file.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        if (append) {
            Path lock = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel ch =
                            FileChannel.open(
                                    lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = ch.lock()) {
                write(merge(readExisting()));
            }
        } else {
            write(merge(List.of()));
        }
    }

    private List<JsonNode> readExisting() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            JsonNode results = root == null ? null : root.get("results");
            if (results == null || !results.isArray()) {
                return List.of();
            }
            List<JsonNode> out = new ArrayList<>();
            results.forEach(out::add);
            return out;
        } catch (IOException e) {
            // a broken file from an earlier run is replaced rather than failing the test run
            return List.of();
        }
    }

    private ObjectNode merge(List<JsonNode> existing) {
        Map<String, JsonNode> byTest = new TreeMap<>();
        for (JsonNode n : existing) {
            String test = n.path("test").asText("");
            if (!test.isEmpty()) {
                byTest.put(test, n);
            }
        }
        for (Execution e : results().values()) {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("test", e.test());
            ArrayNode criteria = n.putArray("criteria");
            e.criteria().forEach(criteria::add);
            n.put("status", e.status().name());
            byTest.put(e.test(), n);
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode results = root.putArray("results");
        byTest.values().forEach(results::add);
        return root;
    }

    private void write(ObjectNode root) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            MAPPER.writeValue(tmp.toFile(), root);
            try {
                Files.move(
                        tmp,
                        file,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
