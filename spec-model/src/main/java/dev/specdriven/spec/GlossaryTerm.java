package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.Objects;

/**
 * One glossary entry, {@code - **Auth_Service**: the service that issues tokens}.
 *
 * @param term the term as written between the bold marks
 * @param definition the definition text after the colon
 * @param termSpan where the term is
 * @param span the whole entry
 */
public record GlossaryTerm(String term, String definition, SourceSpan termSpan, SourceSpan span) {
    /** Validates. */
    public GlossaryTerm {
        Objects.requireNonNull(term, "term must not be null");
        Objects.requireNonNull(definition, "definition must not be null");
        Objects.requireNonNull(termSpan, "termSpan must not be null");
        Objects.requireNonNull(span, "span must not be null");
    }

    /**
     * The term in a form for matching: lower case, underscores and runs of spaces as one space.
     *
     * @return the normalized term
     */
    public String normalized() {
        return normalize(term);
    }

    /**
     * Normalizes a subject or term for matching, as {@link #normalized()} does.
     *
     * @param text a term or a sentence subject
     * @return the normalized text
     */
    public static String normalize(String text) {
        return text.replace('_', ' ')
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(java.util.Locale.ROOT);
    }
}
