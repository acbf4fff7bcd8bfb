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
     * has the content the caller read. Writers of the same JVM are serialised per file, so two
     * concurrent edits computed from the same version cannot both succeed: one gets {@link
     * StaleFileException} and must re-read. Against other processes the content is checked before
     * and again right after the temporary file is written; a write by another process in the
     * remaining instant before the move cannot be detected without OS-level locking.
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
        Path absolute = file.toAbsolutePath().normalize();
        // check-then-move must not interleave with another writer of this JVM, or both pass the
        // check and the second move silently drops the first edit
        synchronized (LOCKS[Math.floorMod(absolute.hashCode(), LOCKS.length)]) {
            write(file, absolute, expectedSha256, content);
        }
    }

    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private static void checkUnchanged(Path file, String expectedSha256) throws IOException {
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
    }

    private static void write(Path file, Path absolute, String expectedSha256, SourceText content)
            throws IOException {
        checkUnchanged(file, expectedSha256);
        Path dir = absolute.getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, content.bytes());
            // again, right before the move: narrows the window for writers of other processes
            checkUnchanged(file, expectedSha256);
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
