package dev.specdriven.source;

/** How serious a {@link Diagnostic} is. Ordered from most to least serious. */
public enum Severity {
    /** The input is wrong: a check fails, a CI gate exits with 1. */
    ERROR,
    /** The input works but is likely a mistake or bad practice. */
    WARNING,
    /** A remark; never fails a check. */
    INFO;

    /**
     * Whether this severity is at least as serious as {@code threshold}.
     *
     * @param threshold the level to compare with
     * @return true for {@code ERROR.isAtLeast(WARNING)}, false for {@code INFO.isAtLeast(WARNING)}
     */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
