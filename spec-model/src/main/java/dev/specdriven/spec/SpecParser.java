package dev.specdriven.spec;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.spec.internal.DocumentReaders;
import dev.specdriven.spec.internal.Limits;
import dev.specdriven.spec.internal.WorkspaceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads Kiro-style spec workspaces, spec folders and single documents into the immutable model.
 *
 * <p>Parsing never throws for bad content: encoding problems, unknown task states, dangling
 * structure and EARS sentence problems are {@link dev.specdriven.source.Diagnostic}s on the
 * documents. {@link #read(Path)} throws {@link IOException} only when the directory itself cannot
 * be listed; unreadable files become diagnostics.
 *
 * <pre>{@code
 * SpecParser parser = SpecParser.create();
 * Workspace ws = parser.read(Path.of("my-project"));        // .kiro/specs/*, specs/*, or one folder
 * TasksDocument tasks = parser.parseTasks("tasks.md", "- [x] 1. Set up\n".getBytes(UTF_8));
 * tasks.task("1").orElseThrow().state();                    // DONE
 * }</pre>
 *
 * <p>Resource limits keep hostile or broken files from exhausting memory or time; each exceeded
 * limit is a diagnostic, never an {@link OutOfMemoryError}: a file larger than {@link
 * Builder#maxFileSize(long)} (default {@value #DEFAULT_MAX_FILE_SIZE} bytes) is not parsed ({@link
 * SpecCode#FILE_TOO_LARGE}; a workspace read does not even load it), a line longer than {@link
 * Builder#maxLineLength(int)} (default {@value #DEFAULT_MAX_LINE_LENGTH}) is read as blank ({@link
 * SpecCode#LINE_TOO_LONG}), lists, list items and block quotes are opened at most {@link
 * Builder#maxNesting(int)} levels deep (default {@value #DEFAULT_MAX_NESTING}); deeper markers are
 * read as text ({@link SpecCode#NESTING_TOO_DEEP}). EARS sentences have their own limit, {@link
 * EarsParser.Builder#maxSentenceLength(int)}.
 *
 * <p>This class is immutable and thread-safe; build one and reuse it.
 */
public final class SpecParser {

    /** Default maximum file size in bytes (16 MiB). */
    public static final long DEFAULT_MAX_FILE_SIZE = Limits.DEFAULT_MAX_FILE_SIZE;

    /** Default maximum line length in UTF-16 code units. */
    public static final int DEFAULT_MAX_LINE_LENGTH = Limits.DEFAULT_MAX_LINE_LENGTH;

    /** Default maximum nesting depth of lists, list items and block quotes. */
    public static final int DEFAULT_MAX_NESTING = Limits.DEFAULT_MAX_NESTING;

    private final EarsParser earsParser;
    private final boolean parallel;
    private final DocumentReaders readers;

    private SpecParser(Builder b) {
        this.earsParser = b.earsParser;
        this.parallel = b.parallel;
        this.readers =
                new DocumentReaders(
                        earsParser, new Limits(b.maxFileSize, b.maxLineLength, b.maxNesting));
    }

    /**
     * The maximum file size in bytes.
     *
     * @return the limit
     */
    public long maxFileSize() {
        return readers.limits().maxFileSize();
    }

    /**
     * The maximum line length in UTF-16 code units.
     *
     * @return the limit
     */
    public int maxLineLength() {
        return readers.limits().maxLineLength();
    }

    /**
     * The maximum nesting depth of lists, list items and block quotes.
     *
     * @return the limit
     */
    public int maxNesting() {
        return readers.limits().maxNesting();
    }

    /**
     * A parser with the default configuration (default EARS parser, parallel reading of spec
     * folders).
     *
     * @return the parser
     */
    public static SpecParser create() {
        return builder().build();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a workspace: a directory holding {@code .kiro/specs/}, or a {@code specs} directory, or
     * spec folders, or one spec folder. Steering documents ({@code .kiro/steering/*.md}) are read
     * too.
     *
     * @param directory the workspace directory
     * @return the workspace; {@link WorkspaceLayout#EMPTY} with a {@code SPEC002} diagnostic when
     *     no spec is found
     * @throws IOException when {@code directory} is not a readable directory
     */
    public Workspace read(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory must not be null");
        return new WorkspaceReader(readers, parallel).read(directory);
    }

    /**
     * Reads one spec folder as its own workspace (paths relative to the folder).
     *
     * @param folder the spec folder
     * @return the spec
     * @throws IOException when {@code folder} is not a readable directory
     */
    public Spec readSpec(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder must not be null");
        return new WorkspaceReader(readers, parallel).readSpec(folder, folder, ".");
    }

    /**
     * Reads one spec folder of a workspace, with paths relative to the workspace root (as {@link
     * #read(Path)} would report them). Used to re-read a single folder after it changed.
     *
     * @param root the workspace directory
     * @param folder the spec folder (inside {@code root}, or {@code root} itself)
     * @return the spec
     */
    public Spec readSpec(Path root, Path folder) {
        Objects.requireNonNull(root, "root must not be null");
        Objects.requireNonNull(folder, "folder must not be null");
        String rel =
                root.toAbsolutePath()
                        .normalize()
                        .relativize(folder.toAbsolutePath().normalize())
                        .toString()
                        .replace(java.io.File.separatorChar, '/');
        return new WorkspaceReader(readers, false)
                .readSpec(root, folder, rel.isEmpty() ? "." : rel);
    }

    /**
     * Parses one document of a given kind (not {@link DocumentKind#CONFIG}; use {@link
     * #parseConfig(String, byte[])}).
     *
     * @param kind the kind
     * @param path the path to report, relative to the workspace
     * @param content the raw bytes
     * @return the document
     */
    public SpecDocument parse(DocumentKind kind, String path, byte[] content) {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(content, "content must not be null");
        return readers.read(kind, path, SourceText.of(content));
    }

    /**
     * Parses a {@code requirements.md}.
     *
     * @param path the path to report
     * @param content the raw bytes
     * @return the document
     */
    public RequirementsDocument parseRequirements(String path, byte[] content) {
        return (RequirementsDocument) parse(DocumentKind.REQUIREMENTS, path, content);
    }

    /**
     * Parses a {@code requirements.md} given as text.
     *
     * @param text the Markdown
     * @return the document, with path {@code requirements.md}
     */
    public RequirementsDocument parseRequirements(String text) {
        return parseRequirements("requirements.md", text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses a {@code bugfix.md}.
     *
     * @param path the path to report
     * @param content the raw bytes
     * @return the document
     */
    public BugfixDocument parseBugfix(String path, byte[] content) {
        return (BugfixDocument) parse(DocumentKind.BUGFIX, path, content);
    }

    /**
     * Parses a {@code design.md}.
     *
     * @param path the path to report
     * @param content the raw bytes
     * @return the document
     */
    public DesignDocument parseDesign(String path, byte[] content) {
        return (DesignDocument) parse(DocumentKind.DESIGN, path, content);
    }

    /**
     * Parses a {@code tasks.md}.
     *
     * @param path the path to report
     * @param content the raw bytes
     * @return the document
     */
    public TasksDocument parseTasks(String path, byte[] content) {
        return (TasksDocument) parse(DocumentKind.TASKS, path, content);
    }

    /**
     * Parses a {@code tasks.md} given as text.
     *
     * @param text the Markdown
     * @return the document, with path {@code tasks.md}
     */
    public TasksDocument parseTasks(String text) {
        return parseTasks("tasks.md", text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses a steering document.
     *
     * @param path the path to report
     * @param content the raw bytes
     * @return the document
     */
    public SteeringDocument parseSteering(String path, byte[] content) {
        return (SteeringDocument) parse(DocumentKind.STEERING, path, content);
    }

    /**
     * Parses a {@code .config.kiro} side-car.
     *
     * @param path the path to report
     * @param content the raw bytes
     * @return the config
     */
    public SpecConfig parseConfig(String path, byte[] content) {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(content, "content must not be null");
        return readers.readConfig(path, SourceText.of(content));
    }

    /** Configures a {@link SpecParser}. */
    public static final class Builder {
        private EarsParser earsParser = EarsParser.create();
        private boolean parallel = true;
        private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private int maxNesting = DEFAULT_MAX_NESTING;

        private Builder() {}

        /**
         * The largest file that is parsed (default {@value SpecParser#DEFAULT_MAX_FILE_SIZE}
         * bytes). Larger files get a {@link SpecCode#FILE_TOO_LARGE} diagnostic and are not parsed.
         *
         * @param bytes the limit, at least 1
         * @return {@code this}
         * @throws IllegalArgumentException when {@code bytes} is less than 1
         */
        public Builder maxFileSize(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxFileSize must be >= 1, was " + bytes);
            }
            this.maxFileSize = bytes;
            return this;
        }

        /**
         * The longest line handed to the Markdown parser (default {@value
         * SpecParser#DEFAULT_MAX_LINE_LENGTH} UTF-16 code units). Longer lines get a {@link
         * SpecCode#LINE_TOO_LONG} diagnostic and are read as blank lines.
         *
         * @param length the limit, at least 1
         * @return {@code this}
         * @throws IllegalArgumentException when {@code length} is less than 1
         */
        public Builder maxLineLength(int length) {
            if (length < 1) {
                throw new IllegalArgumentException("maxLineLength must be >= 1, was " + length);
            }
            this.maxLineLength = length;
            return this;
        }

        /**
         * The deepest nesting of lists, list items and block quotes that is opened (default {@value
         * SpecParser#DEFAULT_MAX_NESTING}); a list counts one level and each of its items another.
         * Deeper list or quote markers are read as text, with a {@link SpecCode#NESTING_TOO_DEEP}
         * diagnostic.
         *
         * @param depth the limit, at least 1
         * @return {@code this}
         * @throws IllegalArgumentException when {@code depth} is less than 1
         */
        public Builder maxNesting(int depth) {
            if (depth < 1) {
                throw new IllegalArgumentException("maxNesting must be >= 1, was " + depth);
            }
            this.maxNesting = depth;
            return this;
        }

        /**
         * The EARS parser for acceptance criteria (default {@link EarsParser#create()}).
         *
         * @param earsParser the parser
         * @return {@code this}
         */
        public Builder earsParser(EarsParser earsParser) {
            this.earsParser = Objects.requireNonNull(earsParser, "earsParser must not be null");
            return this;
        }

        /**
         * Whether spec folders of a workspace are read in parallel (default true).
         *
         * @param parallel true to use the common fork-join pool
         * @return {@code this}
         */
        public Builder parallel(boolean parallel) {
            this.parallel = parallel;
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return the parser
         */
        public SpecParser build() {
            return new SpecParser(this);
        }
    }
}
