package dev.specdriven.spec;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed {@code bugfix.md}: the requirements document of a bugfix spec.
 *
 * <p>Clauses are paragraphs that start with their literal id ({@code 1.1 WHEN … THEN …}). They are
 * grouped into requirements by the number before the dot, so {@code 1} is the current (defective)
 * behaviour, {@code 2} the expected behaviour and {@code 3} the unchanged behaviour in the Kiro
 * layout; the requirement title is the heading above the clauses.
 *
 * @param path path relative to the workspace
 * @param source the exact content
 * @param title the H1 title, empty when there is none
 * @param introduction the introduction section, when there is one
 * @param requirements the clauses grouped by their first number
 * @param sections all headings in order
 * @param diagnostics problems found while reading
 */
public record BugfixDocument(
        String path,
        SourceText source,
        Optional<String> title,
        Optional<Section> introduction,
        List<Requirement> requirements,
        List<Section> sections,
        List<Diagnostic> diagnostics)
        implements SpecDocument {
    /** Validates and copies. */
    public BugfixDocument {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(introduction, "introduction must not be null");
        requirements = List.copyOf(requirements);
        sections = List.copyOf(sections);
        diagnostics = dev.specdriven.spec.internal.LazyDiagnostics.copyOf(diagnostics);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.BUGFIX;
    }

    /**
     * All clauses in document order.
     *
     * @return the clauses
     */
    public List<AcceptanceCriterion> clauses() {
        return requirements.stream().flatMap(r -> r.criteria().stream()).toList();
    }
}
