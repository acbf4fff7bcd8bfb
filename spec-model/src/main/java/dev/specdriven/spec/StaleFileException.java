package dev.specdriven.spec;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Thrown by {@link SpecFiles#writeAtomically(Path, String, SourceText)} when the file on disk
 * changed since it was read; nothing was written.
 */
public final class StaleFileException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param file the file
     * @param expected the hash the caller read
     * @param actual the hash on disk now
     */
    public StaleFileException(Path file, String expected, String actual) {
        super(
                file
                        + " changed on disk since it was read (sha256 "
                        + abbrev(expected)
                        + " expected, "
                        + abbrev(actual)
                        + " found); nothing was written. Read it again and retry.");
    }

    private static String abbrev(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
