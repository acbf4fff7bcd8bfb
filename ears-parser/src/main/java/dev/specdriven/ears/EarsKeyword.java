package dev.specdriven.ears;

/**
 * The roles a word (or phrase) can play in an EARS sentence; an {@link EarsDialect} lists the words
 * for each role.
 */
public enum EarsKeyword {
    /** Starts an optional-feature clause ({@code Where}, {@code DONDE}, {@code SOFERN}). */
    WHERE,
    /** Starts a state clause ({@code While}, {@code MIENTRAS}, {@code WÄHREND}). */
    WHILE,
    /** Starts an event clause ({@code When}, {@code CUANDO}, {@code WENN}). */
    WHEN,
    /** Starts an unwanted-behaviour clause ({@code If}, {@code SI}, {@code FALLS}). */
    IF,
    /** Ends an {@code If} clause ({@code then}, {@code ENTONCES}, {@code DANN}). */
    THEN,
    /** The binding modal verb ({@code shall}, {@code DEBERÁ}, {@code MUSS}). */
    SHALL,
    /**
     * A non-binding modal used in place of {@code shall} ({@code should}, {@code may}); the
     * sentence keeps its structure but is classified {@link EarsPatterns#NOT_EARS}.
     */
    WEAK_MODAL,
    /**
     * An article that may start the system name ({@code the}, {@code el}, {@code der}); used to
     * find the system when there is no comma before it and to normalise system names.
     */
    ARTICLE,
    /**
     * A quantifier that starts a non-EARS lead ({@code for all}, {@code each}, {@code every});
     * reported as {@link EarsCode#NON_EARS_LEAD}.
     */
    QUANTIFIER
}
