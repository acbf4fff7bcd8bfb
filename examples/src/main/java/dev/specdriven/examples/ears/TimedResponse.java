package dev.specdriven.examples.ears;

import dev.specdriven.ears.EarsPattern;
import dev.specdriven.ears.PatternDefinition;
import dev.specdriven.ears.PatternRegistry;
import java.util.regex.Pattern;

/**
 * A custom EARS pattern: {@code … shall … within <duration>}, a response with a deadline ({@code
 * The API shall respond within 200 ms}).
 *
 * <p>It is registered at {@link PatternRegistry#PRIORITY_CUSTOM}, so it is tried after the NOT_EARS
 * guard (a sentence must still have a binding {@code shall}, a system and a response) and before
 * the built-in patterns: an event-driven sentence with a deadline is a TIMED_RESPONSE.
 */
public final class TimedResponse {

    private TimedResponse() {}

    // @example:custom-pattern:begin
    /** The pattern: a response with a deadline. */
    public static final EarsPattern TIMED_RESPONSE =
            new EarsPattern("TIMED_RESPONSE", "… shall … within <duration>");

    private static final Pattern DURATION =
            Pattern.compile(
                    "(?i)\\bwithin\\s+\\d+(\\.\\d+)?\\s*"
                            + "(ms|milliseconds?|s|seconds?|min|minutes?|h|hours?|days?)\\b");

    /** The definition: pattern, priority, and the rule that recognises it. */
    public static final PatternDefinition DEFINITION =
            new PatternDefinition(
                    TIMED_RESPONSE,
                    PatternRegistry.PRIORITY_CUSTOM,
                    s -> s.isWellFormed() && DURATION.matcher(s.response().orElse("")).find());

    // @example:custom-pattern:end
}
