package dev.specdriven.spec;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed {@code design.md}: its section tree (with anchors), its correctness properties and every
 * requirement reference found in its text. Fenced code is skipped, so {@code #} comment lines in
 * code are not headings.
 *
 * @param path path relative to the workspace
 * @param source the exact content
 * @param title the H1 title, empty when there is none
 * @param sections all headings in order; {@link Section#parentAnchor()} gives the tree
 * @param properties the correctness properties in order
 * @param references every requirement reference line in the text, {@code Validates} lines of
 *     properties included, in order
 * @param diagnostics problems found while reading
 */
public record DesignDocument(
        String path,
        SourceText source,
        Optional<String> title,
        List<Section> sections,
        List<CorrectnessProperty> properties,
        List<ReferenceList> references,
        List<Diagnostic> diagnostics)
        implements SpecDocument {
    /** Validates and copies. */
    public DesignDocument {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(title, "title must not be null");
        sections = List.copyOf(sections);
        properties = List.copyOf(properties);
        references = List.copyOf(references);
        diagnostics = List.copyOf(diagnostics);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.DESIGN;
    }

    /**
     * The section with an anchor.
     *
     * @param anchor such as {@code data-models}
     * @return the section, empty when there is none
     */
    public Optional<Section> section(String anchor) {
        Objects.requireNonNull(anchor, "anchor must not be null");
        return sections.stream().filter(s -> s.anchor().equals(anchor)).findFirst();
    }

    /**
     * The direct sub-sections of a section ({@code ""} for the top level).
     *
     * @param parentAnchor the parent's anchor, or {@code ""}
     * @return the children in order
     */
    public List<Section> children(String parentAnchor) {
        Objects.requireNonNull(parentAnchor, "parentAnchor must not be null");
        return sections.stream().filter(s -> s.parentAnchor().equals(parentAnchor)).toList();
    }

    /**
     * The innermost section containing an offset.
     *
     * @param offset 0-based offset in {@link SourceText#text()}
     * @return the section, empty before the first heading
     */
    public Optional<Section> sectionAt(int offset) {
        Section best = null;
        for (Section s : sections) {
            if (s.span().startOffset() <= offset && offset < s.span().endOffset()
                    || s.span().startOffset() <= offset
                            && s.span().endOffset() == source.text().length()
                            && offset == source.text().length()) {
                if (best == null || s.level() > best.level()) {
                    best = s;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The first property with a number.
     *
     * @param number such as {@code 3}
     * @return the property, empty when there is none
     */
    public Optional<CorrectnessProperty> property(String number) {
        Objects.requireNonNull(number, "number must not be null");
        return properties.stream().filter(p -> p.number().equals(number)).findFirst();
    }
}
