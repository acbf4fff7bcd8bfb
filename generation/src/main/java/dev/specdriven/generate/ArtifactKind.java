package dev.specdriven.generate;

import dev.specdriven.spec.DocumentKind;

/**
 * The spec documents a generator produces.
 *
 * <pre>{@code
 * ArtifactKind.DESIGN.fileName(); // "design.md"
 * }</pre>
 */
public enum ArtifactKind {
    /** {@code requirements.md}, from a feature idea. */
    REQUIREMENTS("requirements.md", DocumentKind.REQUIREMENTS),
    /** {@code design.md}, from the requirements. */
    DESIGN("design.md", DocumentKind.DESIGN),
    /** {@code tasks.md}, from the requirements and the design. */
    TASKS("tasks.md", DocumentKind.TASKS);

    private final String fileName;
    private final DocumentKind documentKind;

    ArtifactKind(String fileName, DocumentKind documentKind) {
        this.fileName = fileName;
        this.documentKind = documentKind;
    }

    /**
     * The file name in the spec folder.
     *
     * @return such as {@code design.md}
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The spec model's kind of this document.
     *
     * @return the document kind
     */
    public DocumentKind documentKind() {
        return documentKind;
    }
}
