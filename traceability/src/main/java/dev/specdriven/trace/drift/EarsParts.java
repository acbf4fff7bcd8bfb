package dev.specdriven.trace.drift;

import dev.specdriven.ears.Clause;
import dev.specdriven.ears.ClauseKind;
import dev.specdriven.ears.EarsRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The normalized EARS parts of a criterion, the unit of semantic comparison: pattern, trigger
 * ({@code WHEN}/{@code IF} clauses), state ({@code WHILE}), feature ({@code WHERE}), system and
 * response. Normalization lower-cases, turns underscores and punctuation into spaces and collapses
 * whitespace, so {@code THE Auth_Service SHALL log in.} and {@code the auth service shall log in}
 * are equal. A sentence that is not EARS is compared by its normalized text (part {@code text}).
 *
 * <pre>{@code
 * EarsParts a = EarsParts.of(criterion.ears());
 * List<String> changed = a.differences(EarsParts.of(other.ears())); // e.g. [response]
 * }</pre>
 *
 * @param pattern the pattern id ({@code event-driven}), empty for non-EARS sentences
 * @param parts the normalized parts by name, in the order pattern, trigger, state, feature, system,
 *     response (or {@code text})
 */
public record EarsParts(String pattern, Map<String, String> parts) {

    /** Validates and copies. */
    public EarsParts {
        Objects.requireNonNull(pattern, "pattern must not be null");
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /**
     * The parts of a parsed sentence.
     *
     * @param ears the EARS parse
     * @return the normalized parts
     */
    public static EarsParts of(EarsRequirement ears) {
        Objects.requireNonNull(ears, "ears must not be null");
        Map<String, String> p = new LinkedHashMap<>();
        if (!ears.isEars() || ears.response().isEmpty()) {
            p.put("text", normalize(ears.text()));
            return new EarsParts("", p);
        }
        p.put("pattern", ears.pattern().id());
        p.put("trigger", join(ears, ClauseKind.WHEN, ClauseKind.IF));
        p.put("state", join(ears, ClauseKind.WHILE));
        p.put("feature", join(ears, ClauseKind.WHERE));
        p.put("system", normalize(ears.systemName().orElse("")));
        p.put("response", join(ears, ClauseKind.RESPONSE));
        return new EarsParts(ears.pattern().id(), p);
    }

    private static String join(EarsRequirement ears, ClauseKind... kinds) {
        List<String> out = new ArrayList<>();
        for (ClauseKind k : kinds) {
            for (Clause c : ears.clauses(k)) {
                out.add(normalize(c.text()));
            }
        }
        return out.stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(" | "));
    }

    /**
     * Normalizes text for comparison: lower case, underscores, Markdown marks and punctuation as
     * spaces, whitespace collapsed.
     *
     * @param text any text
     * @return the normalized text
     */
    public static String normalize(String text) {
        Objects.requireNonNull(text, "text must not be null");
        String t = text.toLowerCase(Locale.ROOT).replace('_', ' ');
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    /**
     * A key equal for semantically equal sentences.
     *
     * @return the key
     */
    public String key() {
        return String.join("\u0001", parts.values());
    }

    /**
     * The names of the parts that differ from another sentence's.
     *
     * @param other the other sentence's parts
     * @return the part names, empty when equal
     */
    public List<String> differences(EarsParts other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!parts.keySet().equals(other.parts.keySet())) {
            return List.of("pattern", "text");
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : parts.entrySet()) {
            if (!e.getValue().equals(other.parts.get(e.getKey()))) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
