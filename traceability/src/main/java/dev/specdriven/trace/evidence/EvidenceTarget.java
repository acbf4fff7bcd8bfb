package dev.specdriven.trace.evidence;

import java.util.Objects;
import java.util.Optional;

/**
 * A criterion (or whole requirement) cited by evidence: {@code checkout:2.3} names spec {@code
 * checkout} and criterion {@code 2.3}; {@code checkout:2} names requirement 2.
 *
 * <pre>{@code
 * EvidenceTarget t = EvidenceTarget.parse("checkout:2.3").orElseThrow();
 * }</pre>
 *
 * @param spec the spec name
 * @param id the criterion id ({@code 2.3}) or requirement id ({@code 2})
 */
public record EvidenceTarget(String spec, String id) {

    /** Validates. */
    public EvidenceTarget {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(id, "id must not be null");
        if (spec.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException("spec and id must not be blank");
        }
    }

    /**
     * Parses {@code spec:id} or {@code spec id}.
     *
     * @param text the text
     * @return the target, empty when the text has no such form
     */
    public static Optional<EvidenceTarget> parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        String t = text.strip();
        int sep = t.indexOf(':');
        if (sep < 0) {
            sep = t.indexOf(' ');
        }
        if (sep <= 0 || sep == t.length() - 1) {
            return Optional.empty();
        }
        String spec = t.substring(0, sep).strip();
        String id = t.substring(sep + 1).strip();
        if (spec.isEmpty() || id.isEmpty() || id.contains(" ")) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceTarget(spec, id));
    }

    /** Returns {@code spec:id}. */
    @Override
    public String toString() {
        return spec + ":" + id;
    }
}
