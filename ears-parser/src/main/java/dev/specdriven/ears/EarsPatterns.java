package dev.specdriven.ears;

import java.util.List;

/** The built-in EARS patterns. */
public final class EarsPatterns {
    private EarsPatterns() {}

    /** {@code The <system> shall <response>}. */
    public static final EarsPattern UBIQUITOUS =
            new EarsPattern("UBIQUITOUS", "The <system> shall <response>");

    /** {@code When <trigger>, the <system> shall <response>}. */
    public static final EarsPattern EVENT_DRIVEN =
            new EarsPattern("EVENT_DRIVEN", "When <trigger>, the <system> shall <response>");

    /** {@code If <trigger>, then the <system> shall <response>}. */
    public static final EarsPattern UNWANTED_BEHAVIOR =
            new EarsPattern(
                    "UNWANTED_BEHAVIOR", "If <trigger>, then the <system> shall <response>");

    /** {@code While <state>, the <system> shall <response>}. */
    public static final EarsPattern STATE_DRIVEN =
            new EarsPattern("STATE_DRIVEN", "While <state>, the <system> shall <response>");

    /** {@code Where <feature>, the <system> shall <response>}. */
    public static final EarsPattern OPTIONAL_FEATURE =
            new EarsPattern("OPTIONAL_FEATURE", "Where <feature>, the <system> shall <response>");

    /** More than one kind of precondition or trigger clause. */
    public static final EarsPattern COMPLEX =
            new EarsPattern(
                    "COMPLEX", "[Where …,] [While …,] [When …|If … then] the <system> shall …");

    /** A sentence that fits no pattern. */
    public static final EarsPattern NOT_EARS =
            new EarsPattern("NOT_EARS", "not an EARS requirement");

    /**
     * All built-in patterns, {@link #NOT_EARS} last.
     *
     * @return an immutable list
     */
    public static List<EarsPattern> all() {
        return List.of(
                UBIQUITOUS,
                EVENT_DRIVEN,
                UNWANTED_BEHAVIOR,
                STATE_DRIVEN,
                OPTIONAL_FEATURE,
                COMPLEX,
                NOT_EARS);
    }
}
