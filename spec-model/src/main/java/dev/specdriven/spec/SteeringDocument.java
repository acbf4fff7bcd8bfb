package dev.specdriven.spec;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A steering document, {@code .kiro/steering/*.md}, with its YAML front matter.
 *
 * <p>{@code fileMatchPattern} is accepted as a YAML array, a quoted string or a comma-joined string
 * ({@code "*.css,*.html"}); a document without front matter is included {@code always}.
 *
 * @param path path relative to the workspace
 * @param source the exact content
 * @param inclusion when it is included
 * @param fileMatchPatterns the glob patterns for {@code fileMatch} inclusion
 * @param frontMatter every front matter key with its raw value (unknown keys kept)
 * @param title the first heading, when there is one
 * @param sections all headings in order
 * @param diagnostics problems found while reading
 */
public record SteeringDocument(
        String path,
        SourceText source,
        SteeringInclusion inclusion,
        List<String> fileMatchPatterns,
        Map<String, String> frontMatter,
        Optional<String> title,
        List<Section> sections,
        List<Diagnostic> diagnostics)
        implements SpecDocument {
    /** Validates and copies. */
    public SteeringDocument {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(inclusion, "inclusion must not be null");
        fileMatchPatterns = List.copyOf(fileMatchPatterns);
        frontMatter = Map.copyOf(frontMatter);
        Objects.requireNonNull(title, "title must not be null");
        sections = List.copyOf(sections);
        diagnostics = List.copyOf(diagnostics);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.STEERING;
    }
}
