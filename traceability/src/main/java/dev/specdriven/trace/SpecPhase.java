package dev.specdriven.trace;

import dev.specdriven.spec.DocumentKind;

/** The documents of the workflow that can be approved. */
public enum SpecPhase {
    /** {@code requirements.md} (or {@code bugfix.md}). */
    REQUIREMENTS("requirements"),
    /** {@code design.md}. */
    DESIGN("design"),
    /** {@code tasks.md}. */
    TASKS("tasks");

    private final String key;

    SpecPhase(String key) {
        this.key = key;
    }

    /**
     * The key under {@code approvals} in {@code .config.kiro}.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The document kind this phase approves.
     *
     * @return the kind
     */
    public DocumentKind document() {
        switch (this) {
            case REQUIREMENTS:
                return DocumentKind.REQUIREMENTS;
            case DESIGN:
                return DocumentKind.DESIGN;
            default:
                return DocumentKind.TASKS;
        }
    }
}
