package dev.specdriven.spec;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed {@code requirements.md}.
 *
 * <pre>{@code
 * RequirementsDocument doc = SpecParser.create().parseRequirements("requirements.md", bytes);
 * for (Requirement r : doc.requirements()) {
 *     r.criteria().forEach(c -> System.out.println(c.id() + " " + c.ears().pattern()));
 * }
 * }</pre>
 *
 * @param path path relative to the workspace
 * @param source the exact content
 * @param title the H1 title, empty when the document has none
 * @param introduction the introduction (or overview) section, when there is one
 * @param glossary the glossary entries in order
 * @param requirements the requirements in order
 * @param sections all headings in order
 * @param diagnostics problems found while reading, EARS diagnostics included
 */
public record RequirementsDocument(
        String path,
        SourceText source,
        Optional<String> title,
        Optional<Section> introduction,
        List<GlossaryTerm> glossary,
        List<Requirement> requirements,
        List<Section> sections,
        List<Diagnostic> diagnostics)
        implements SpecDocument {
    /** Validates and copies. */
    public RequirementsDocument {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(introduction, "introduction must not be null");
        glossary = List.copyOf(glossary);
        requirements = List.copyOf(requirements);
        sections = List.copyOf(sections);
        diagnostics = dev.specdriven.spec.internal.LazyDiagnostics.copyOf(diagnostics);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.REQUIREMENTS;
    }

    /**
     * The first requirement with an id.
     *
     * @param id such as {@code 2} or {@code FR-1}
     * @return the requirement, empty when there is none
     */
    public Optional<Requirement> requirement(String id) {
        Objects.requireNonNull(id, "id must not be null");
        return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * All criteria of all requirements, in document order.
     *
     * @return the criteria
     */
    public List<AcceptanceCriterion> criteria() {
        return requirements.stream().flatMap(r -> r.criteria().stream()).toList();
    }
}
