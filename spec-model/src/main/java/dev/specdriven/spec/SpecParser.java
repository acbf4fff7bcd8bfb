package dev.specdriven.spec;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.spec.internal.DocumentReaders;
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
 * <p>This class is immutable and thread-safe; build one and reuse it.
 */
public final class SpecParser {

    private final EarsParser earsParser;
    private final boolean parallel;
    private final DocumentReaders readers;

    private SpecParser(Builder b) {
        this.earsParser = b.earsParser;
        this.parallel = b.parallel;
        this.readers = new DocumentReaders(earsParser);
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

        private Builder() {}

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
