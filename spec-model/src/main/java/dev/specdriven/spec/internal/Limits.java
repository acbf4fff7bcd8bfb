package dev.specdriven.spec.internal;

/**
 * Resource limits of the readers (see {@code SpecParser.Builder}).
 *
 * @param maxFileSize largest file, in bytes, that is parsed
 * @param maxLineLength longest line, in UTF-16 code units, handed to the Markdown parser
 * @param maxNesting deepest nesting of lists, list items and block quotes that is opened
 */
public record Limits(long maxFileSize, int maxLineLength, int maxNesting) {

    /** Default file size limit: 16 MiB. */
    public static final long DEFAULT_MAX_FILE_SIZE = 16L * 1024 * 1024;

    /** Default line length limit: 100,000 UTF-16 code units. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 100_000;

    /**
     * Default nesting limit: 100 nested lists, list items and block quotes (commonmark's default).
     */
    public static final int DEFAULT_MAX_NESTING = 100;

    /** The defaults. */
    public static final Limits DEFAULT =
            new Limits(DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_NESTING);

    /** Validates the limits. */
    public Limits {
        if (maxFileSize < 1 || maxLineLength < 1 || maxNesting < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
