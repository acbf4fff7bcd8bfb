package dev.specdriven.trace.evidence;

/** The outcome of a test, as far as the evidence tells. */
public enum TestStatus {
    /** The test ran and passed. */
    PASSED,
    /** The test ran and failed or raised an error. */
    FAILED,
    /** The test was skipped, disabled or aborted. */
    SKIPPED,
    /** No result is known: a tagged test that no report mentions, or a code tag. */
    NOT_RUN;

    /**
     * Combines two outcomes of the same test (several reports, parameterized invocations): a
     * failure wins, then a pass, then a skip.
     *
     * @param other the other outcome
     * @return the combined outcome
     */
    public TestStatus combine(TestStatus other) {
        java.util.Objects.requireNonNull(other, "other must not be null");
        if (this == FAILED || other == FAILED) {
            return FAILED;
        }
        if (this == PASSED || other == PASSED) {
            return PASSED;
        }
        if (this == SKIPPED || other == SKIPPED) {
            return SKIPPED;
        }
        return NOT_RUN;
    }

    /**
     * Parses a status of the evidence JSON ({@code PASSED}, {@code SUCCESSFUL}, {@code FAILED},
     * {@code ERROR}, {@code SKIPPED}, {@code ABORTED}, {@code DISABLED}), case-insensitive.
     *
     * @param text the status text
     * @return the status; {@link #NOT_RUN} for anything else
     */
    public static TestStatus parse(String text) {
        switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "PASSED":
            case "PASS":
            case "SUCCESSFUL":
            case "SUCCESS":
                return PASSED;
            case "FAILED":
            case "FAIL":
            case "FAILURE":
            case "ERROR":
                return FAILED;
            case "SKIPPED":
            case "ABORTED":
            case "DISABLED":
                return SKIPPED;
            default:
                return NOT_RUN;
        }
    }
}
