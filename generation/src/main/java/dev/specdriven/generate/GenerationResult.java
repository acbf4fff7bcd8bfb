package dev.specdriven.generate;

import dev.specdriven.generate.internal.Diffs;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.SpecFiles;
import dev.specdriven.spec.StaleFileException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one generation: the final document (merged into the current one for impact-scoped
 * regenerations), the diagnostics that remain after the repair rounds, and the run's metrics.
 * Nothing is written until the caller {@linkplain #accept() accepts} it.
 *
 * <pre>{@code
 * GenerationResult r = generator.generateTasks(workspace, spec);
 * if (r.isValid()) {
 *     System.out.print(r.unifiedDiff());
 *     r.accept();                               // atomic write, only if tasks.md did not change
 * } else {
 *     r.diagnostics().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GenerationResult {
    private final GenerationContext context;
    private final String backendId;
    private final String path;
    private final Optional<Path> file;
    private final Optional<SourceText> original;
    private final SourceText content;
    private final SpecDocument document;
    private final List<Diagnostic> diagnostics;
    private final List<Diagnostic> preexisting;
    private final String rawOutput;
    private final GenerationMetrics metrics;

    GenerationResult(
            GenerationContext context,
            String backendId,
            String path,
            Optional<Path> file,
            Optional<SourceText> original,
            SourceText content,
            SpecDocument document,
            List<Diagnostic> diagnostics,
            List<Diagnostic> preexisting,
            String rawOutput,
            GenerationMetrics metrics) {
        this.context = context;
        this.backendId = backendId;
        this.path = path;
        this.file = file;
        this.original = original;
        this.content = content;
        this.document = document;
        this.diagnostics = List.copyOf(diagnostics);
        this.preexisting = List.copyOf(preexisting);
        this.rawOutput = rawOutput;
        this.metrics = metrics;
    }

    /**
     * The kind of document.
     *
     * @return the kind
     */
    public ArtifactKind kind() {
        return context.kind();
    }

    /**
     * The context the backend got.
     *
     * @return the context
     */
    public GenerationContext context() {
        return context;
    }

    /**
     * The backend's id.
     *
     * @return the id
     */
    public String backendId() {
        return backendId;
    }

    /**
     * The document path relative to the workspace, such as {@code .kiro/specs/auth/design.md}.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The file {@link #accept()} writes, when the spec has a folder on disk.
     *
     * @return the file
     */
    public Optional<Path> file() {
        return file;
    }

    /**
     * The current content the result was computed from (empty for a new file); {@link #accept()}
     * writes only if the file still has it.
     *
     * @return the original content
     */
    public Optional<SourceText> original() {
        return original;
    }

    /**
     * The final document text.
     *
     * @return the content
     */
    public SourceText content() {
        return content;
    }

    /**
     * The final document as parsed by specdriven.
     *
     * @return the document ({@code DesignDocument}, {@code TasksDocument} or {@code
     *     RequirementsDocument})
     */
    public SpecDocument document() {
        return document;
    }

    /**
     * The diagnostics that remain in the final document (problems the current document already had
     * are in {@link #preexistingDiagnostics()} instead), plus notes about the merge.
     *
     * @return the diagnostics
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Problems of the final document that the current document already had (kept parts of an
     * impact-scoped regeneration); they do not make the result invalid.
     *
     * @return the diagnostics
     */
    public List<Diagnostic> preexistingDiagnostics() {
        return preexisting;
    }

    /**
     * The backend's text of the last round, before merging.
     *
     * @return the raw output
     */
    public String rawOutput() {
        return rawOutput;
    }

    /**
     * The metrics of the run.
     *
     * @return the metrics
     */
    public GenerationMetrics metrics() {
        return metrics;
    }

    /**
     * Whether no error diagnostic remains.
     *
     * @return true when the document may be accepted
     */
    public boolean isValid() {
        return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * Whether the content differs from the current file (always true for a new file).
     *
     * @return true when accepting would change the file
     */
    public boolean changed() {
        return original.map(o -> !o.equals(content)).orElse(true);
    }

    /**
     * The lines of the current file whose content the result drops: lines that are not blank, not a
     * heading and not a lone HTML comment (a template's placeholder) and that no line of the new
     * content equals (leading and trailing spaces ignored). Only full generations of {@code
     * design.md} and {@code requirements.md} replace a file; impact-scoped regenerations and task
     * lists are merged, so they drop nothing here.
     *
     * @return 1-based line numbers of the current file, in order; empty when nothing is lost
     */
    public List<Integer> replacedLines() {
        if (original.isEmpty() || context.scope().isPresent() || kind() == ArtifactKind.TASKS) {
            return List.of();
        }
        SourceText old = original.get();
        java.util.Set<String> kept = new java.util.HashSet<>();
        content.text().lines().forEach(l -> kept.add(l.strip()));
        List<Integer> out = new java.util.ArrayList<>();
        for (int line = 1; line <= old.lineCount(); line++) {
            String l = old.line(line).strip();
            if (l.isEmpty() || l.startsWith("#") || placeholder(l) || kept.contains(l)) {
                continue;
            }
            out.add(line);
        }
        return List.copyOf(out);
    }

    /** A line that is one HTML comment, as the placeholders of a template. */
    private static boolean placeholder(String line) {
        return line.startsWith("<!--")
                && line.endsWith("-->")
                && line.indexOf("-->") == line.length() - 3;
    }

    /**
     * Whether accepting would drop content of the current file ({@link #replacedLines()} is not
     * empty): hand-written components, contracts or notes a full regeneration does not reproduce.
     * The CLI refuses such a write without {@code --force}.
     *
     * @return true when content would be lost
     */
    public boolean replacesContent() {
        return !replacedLines().isEmpty();
    }

    /**
     * A {@link GenCode#REPLACES_CONTENT} error at the first line of the current file that accepting
     * would drop, or empty when nothing would be lost.
     *
     * @return the diagnostic
     */
    public Optional<Diagnostic> contentLoss() {
        List<Integer> lines = replacedLines();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        SourceText old = original.orElseThrow();
        int first = lines.get(0);
        String text = old.line(first).strip();
        if (text.length() > 60) {
            text = text.substring(0, 60) + "…";
        }
        return Optional.of(
                GenCode.REPLACES_CONTENT
                        .at(
                                old.lineSpan(first),
                                "writing the generated "
                                        + kind().fileName()
                                        + " would drop "
                                        + lines.size()
                                        + " line(s) of the current one, from line "
                                        + first
                                        + " ('"
                                        + text
                                        + "')")
                        .withFile(path));
    }

    /**
     * The change as a unified diff ({@code a/…}, {@code b/…} headers, 3 lines of context); empty
     * when nothing changes.
     *
     * @return the diff
     */
    public String unifiedDiff() {
        return Diffs.unified(
                path,
                original.map(SourceText::text).orElse(""),
                content.text(),
                original.isEmpty());
    }

    /**
     * Writes the document to {@link #file()} atomically, only if the file still has the {@link
     * #original()} content (or, for a new file, still does not exist).
     *
     * @return the file written
     * @throws IllegalStateException when errors remain ({@link #isValid()} is false) or there is no
     *     file
     * @throws StaleFileException when the file changed since generation; nothing is written
     * @throws IOException when writing fails
     */
    public Path accept() throws IOException {
        Path f =
                file.orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "the spec has no folder on disk; use writeTo"));
        writeTo(f);
        return f;
    }

    /**
     * Writes the document to a file atomically, with the same checks as {@link #accept()}.
     *
     * @param target the file
     * @throws IllegalStateException when errors remain
     * @throws StaleFileException when the file changed since generation
     * @throws IOException when writing fails
     */
    public void writeTo(Path target) throws IOException {
        Objects.requireNonNull(target, "target must not be null");
        if (!isValid()) {
            throw new IllegalStateException(
                    "generated " + path + " still has errors; nothing written: " + diagnostics);
        }
        if (original.isPresent()) {
            SpecFiles.writeAtomically(target, original.get().sha256(), content);
            return;
        }
        if (Files.exists(target)) {
            throw new StaleFileException(target, "(no file)", "(file created meanwhile)");
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, content.bytes());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw new StaleFileException(target, "(no file)", "(file created meanwhile)");
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
