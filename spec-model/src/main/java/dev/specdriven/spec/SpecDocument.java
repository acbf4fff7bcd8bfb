package dev.specdriven.spec;

import dev.specdriven.source.Diagnostic;
import java.util.List;

/**
 * What every parsed spec file has: its kind, its path, its exact source and the diagnostics found
 * while reading it. Implemented by {@link RequirementsDocument}, {@link BugfixDocument}, {@link
 * DesignDocument}, {@link TasksDocument} and {@link SteeringDocument}.
 */
public interface SpecDocument {

    /**
     * The kind of document.
     *
     * @return the kind
     */
    DocumentKind kind();

    /**
     * The path relative to the workspace, with {@code /} separators (for example {@code
     * .kiro/specs/auth/tasks.md}).
     *
     * @return the path
     */
    String path();

    /**
     * The exact content as read; {@code source().bytes()} writes the file back byte-identically.
     *
     * @return the source
     */
    SourceText source();

    /**
     * The sections (headings) of the document in source order, code fences skipped.
     *
     * @return the flat list of sections
     */
    List<Section> sections();

    /**
     * Problems found while reading this file (encoding, unknown task states, EARS sentence
     * diagnostics...), already attached to {@link #path()}. Cross-file checks are made by {@link
     * SpecChecker}.
     *
     * @return the diagnostics in source order
     */
    List<Diagnostic> diagnostics();
}
