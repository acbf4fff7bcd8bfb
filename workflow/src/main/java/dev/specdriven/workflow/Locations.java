package dev.specdriven.workflow;

import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.Spec;

/** Where workflow diagnostics point when they concern a whole file. */
final class Locations {
    private Locations() {}

    /** The start of a file: line 1, column 1. */
    static SourceSpan start() {
        return SourceSpan.at(SourcePosition.START);
    }

    /**
     * The workspace-relative path of a file in the spec's folder.
     *
     * @param spec the spec
     * @param name the file name, such as {@code design.md}
     * @return the path, {@code name} alone for a spec at the workspace root
     */
    static String file(Spec spec, String name) {
        return spec.path().equals(".") || spec.path().isEmpty() ? name : spec.path() + "/" + name;
    }
}
