package dev.specdriven.spec;

/** How a workspace directory holds its specs. */
public enum WorkspaceLayout {
    /** A project with {@code .kiro/specs/<name>/} folders (and maybe {@code .kiro/steering/}). */
    KIRO,
    /** A directory with a {@code specs/<name>/} folder per spec. */
    SPECS_DIRECTORY,
    /** A directory whose sub-directories are spec folders (such as {@code .kiro/specs} itself). */
    SPEC_COLLECTION,
    /** The directory is one spec folder. */
    SINGLE_SPEC,
    /** No spec was found. */
    EMPTY
}
