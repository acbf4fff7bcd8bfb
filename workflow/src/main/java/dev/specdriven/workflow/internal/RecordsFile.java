package dev.specdriven.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecFiles;
import dev.specdriven.spec.StaleFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes a spec folder's {@code .config.kiro}. */
public final class RecordsFile {
    private RecordsFile() {}

    /** The default file name. */
    public static final String NAME = ".config.kiro";

    /**
     * The config file of a spec folder (the alias name when the folder uses it).
     *
     * @param spec the spec
     * @return the path
     */
    public static Path path(Spec spec) {
        String name =
                spec.config()
                        .map(c -> c.path().substring(c.path().lastIndexOf('/') + 1))
                        .filter(n -> !n.isEmpty())
                        .orElse(NAME);
        return spec.directory().resolve(name);
    }

    /**
     * The current text, from disk when the spec has a folder, else from the parsed config.
     *
     * @param spec the spec
     * @return the text, empty when there is none
     * @throws IOException when reading fails
     */
    public static String read(Spec spec) throws IOException {
        if (!spec.directory().toString().isEmpty() && Files.isDirectory(spec.directory())) {
            Path f = path(spec);
            return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
        }
        return spec.config().map(c -> c.source().text()).orElse("");
    }

    /**
     * Sets top-level keys of the file, byte-minimally, and writes it atomically.
     *
     * @param spec the spec
     * @param keys alternating key, value pairs
     * @throws IOException when the file changed meanwhile, is not JSON, or writing fails
     */
    public static void update(Spec spec, Object... keys) throws IOException {
        if (spec.directory().toString().isEmpty() || !Files.isDirectory(spec.directory())) {
            throw new IOException("spec " + spec.name() + " has no folder on disk");
        }
        Path f = path(spec);
        boolean exists = Files.isRegularFile(f);
        byte[] before = exists ? Files.readAllBytes(f) : new byte[0];
        String text = new String(before, StandardCharsets.UTF_8);
        String updated = text;
        for (int i = 0; i + 1 < keys.length; i += 2) {
            updated = JsonFiles.setTopLevel(updated, (String) keys[i], (JsonNode) keys[i + 1]);
        }
        if (exists) {
            SpecFiles.writeAtomically(f, SourceText.sha256(before), SourceText.of(updated));
        } else {
            create(f, updated);
        }
    }

    private static void create(Path f, String text) throws IOException {
        Path tmp = Files.createTempFile(f.toAbsolutePath().getParent(), "." + NAME + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            if (Files.exists(f)) {
                throw new StaleFileException(f, "(no file)", "(file created meanwhile)");
            }
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
