package dev.specdriven.source;

import java.util.List;

/**
 * Thrown by {@link ParseResult#orElseThrow()} when a parse produced errors; holds all of them.
 *
 * <p>The message is the first error as {@code file:line:column: message}, followed by {@code (and N
 * more)} when there are several.
 */
public final class SpecSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /**
     * Creates the exception.
     *
     * @param diagnostics the diagnostics, at least one
     */
    public SpecSyntaxException(List<Diagnostic> diagnostics) {
        super(message(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    private static String message(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("diagnostics must not be empty");
        }
        String first = diagnostics.get(0).toString();
        return diagnostics.size() == 1
                ? first
                : first + " (and " + (diagnostics.size() - 1) + " more)";
    }

    /**
     * All diagnostics of the failed parse, errors first.
     *
     * @return an immutable list
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
