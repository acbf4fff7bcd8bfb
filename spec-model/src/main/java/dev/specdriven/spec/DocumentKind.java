package dev.specdriven.spec;

import java.util.Optional;

/** The kinds of file a spec folder or workspace holds, with their canonical file names. */
public enum DocumentKind {
    /** {@code requirements.md}: introduction, glossary, requirements with acceptance criteria. */
    REQUIREMENTS("requirements.md"),
    /** {@code bugfix.md}: current, expected and unchanged behaviour clauses of a bugfix spec. */
    BUGFIX("bugfix.md"),
    /** {@code design.md}: sections and correctness properties. */
    DESIGN("design.md"),
    /** {@code tasks.md}: the implementation plan. */
    TASKS("tasks.md"),
    /** {@code .kiro/steering/*.md}: steering documents with front matter. */
    STEERING(""),
    /** {@code .config.kiro}: the JSON side-car of a spec folder. */
    CONFIG(".config.kiro");

    private final String fileName;

    DocumentKind(String fileName) {
        this.fileName = fileName;
    }

    /**
     * The canonical file name, empty for steering documents (any {@code *.md}).
     *
     * @return the file name
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The spec document kind a file name denotes.
     *
     * @param fileName a bare file name such as {@code tasks.md}
     * @return the kind, empty for files that are not spec documents
     */
    public static Optional<DocumentKind> ofFileName(String fileName) {
        for (DocumentKind k : values()) {
            if (!k.fileName.isEmpty() && k.fileName.equals(fileName)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
