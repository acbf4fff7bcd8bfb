package dev.specdriven.ears;

/**
 * Decides whether a parsed sentence fits a pattern. Rules must be pure and thread-safe.
 *
 * <pre>{@code
 * EarsPatternRule timed = s -> s.isWellFormed()
 *         && s.response().orElse("").matches("(?i).*\\bwithin \\d+\\s*(ms|s|seconds|minutes)\\b.*");
 * }</pre>
 */
@FunctionalInterface
public interface EarsPatternRule {

    /**
     * Tests a sentence.
     *
     * @param sentence the parsed sentence
     * @return true when the sentence fits the pattern
     */
    boolean matches(EarsStructure sentence);
}
