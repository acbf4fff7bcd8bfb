package dev.specdriven.spec;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Safe writing of edited spec files.
 *
 * <pre>{@code
 * TasksDocument tasks = spec.tasks().orElseThrow();
 * SourceText edited = tasks.withTaskState("2.1", TaskState.DONE);
 * SpecFiles.writeAtomically(spec.directory().resolve("tasks.md"), tasks.source().sha256(), edited);
 * }</pre>
 */
public final class SpecFiles {
    private SpecFiles() {}

    /**
     * Writes a file atomically (temporary file in the same directory, then an atomic move; a plain
     * replacing move where the file system has no atomic move), after checking that the file still
     * has the content the caller read.
     *
     * @param file the file to replace
     * @param expectedSha256 the SHA-256 of the content the edit was computed from ({@link
     *     SourceText#sha256()}); the file must still have it
     * @param content the new content
     * @throws StaleFileException when the file changed (or vanished) since it was read; nothing is
     *     written
     * @throws IOException when reading or writing fails
     */
    public static void writeAtomically(Path file, String expectedSha256, SourceText content)
            throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(expectedSha256, "expectedSha256 must not be null");
        Objects.requireNonNull(content, "content must not be null");
        byte[] current;
        try {
            current = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StaleFileException(file, expectedSha256, "(file missing)");
        }
        String actual = SourceText.sha256(current);
        if (!actual.equals(expectedSha256)) {
            throw new StaleFileException(file, expectedSha256, actual);
        }
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, content.bytes());
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
