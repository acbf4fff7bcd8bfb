package dev.specdriven.ears;

/** The kinds of clause an EARS sentence is made of, in the order EARS prescribes. */
public enum ClauseKind {
    /** {@code Where <feature>}: optional feature. */
    WHERE,
    /** {@code While <state>}: precondition; several allowed. */
    WHILE,
    /** {@code When <trigger>}: wanted event. */
    WHEN,
    /** {@code If <trigger> then}: unwanted behaviour. */
    IF,
    /** The system name before {@code shall}. */
    SYSTEM,
    /** The response after {@code shall}. */
    RESPONSE
}
