package dev.specdriven.cli;

/** The exit codes of every command. */
final class ExitCodes {
    private ExitCodes() {}

    /** Success: no finding at the failing severity. */
    static final int OK = 0;

    /** Findings at the failing severity (errors by default). */
    static final int FINDINGS = 1;

    /** Usage or I/O error. */
    static final int USAGE = 2;
}
