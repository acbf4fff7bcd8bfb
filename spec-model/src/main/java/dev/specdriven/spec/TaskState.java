package dev.specdriven.spec;

import java.util.Locale;
import java.util.Optional;

/**
 * The state of a task checkbox, as Kiro writes it between the brackets.
 *
 * <pre>{@code
 * TaskState.ofMarker("x");          // DONE
 * TaskState.IN_PROGRESS.marker();   // "-"
 * TaskState.parse("in-progress");   // IN_PROGRESS (the CLI's --status values)
 * }</pre>
 */
public enum TaskState {
    /** {@code [ ]}. */
    NOT_STARTED(" ", "not-started"),
    /** {@code [-]}: being executed (may be stale after an interrupted run). */
    IN_PROGRESS("-", "in-progress"),
    /** {@code [~]}: queued for execution. */
    QUEUED("~", "queued"),
    /** {@code [x]} or {@code [X]}. */
    DONE("x", "done"),
    /** Any other single character between the brackets; reported as a diagnostic. */
    UNKNOWN("?", "unknown");

    private final String marker;
    private final String label;

    TaskState(String marker, String label) {
        this.marker = marker;
        this.label = label;
    }

    /**
     * The marker written between the brackets for this state ({@code x} for done).
     *
     * @return the marker
     * @throws IllegalStateException for {@link #UNKNOWN}, which has no marker of its own
     */
    public String marker() {
        if (this == UNKNOWN) {
            throw new IllegalStateException("UNKNOWN has no marker");
        }
        return marker;
    }

    /**
     * The kebab-case label ({@code in-progress}) used by the CLI and the JSON reports.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The state a marker denotes.
     *
     * @param marker the text between the brackets
     * @return the state; {@link #UNKNOWN} for anything but space, x, X, - and ~
     */
    public static TaskState ofMarker(String marker) {
        switch (marker) {
            case " ":
                return NOT_STARTED;
            case "x":
            case "X":
                return DONE;
            case "-":
                return IN_PROGRESS;
            case "~":
                return QUEUED;
            default:
                return UNKNOWN;
        }
    }

    /**
     * Parses a label ({@code done}, {@code in-progress}, {@code queued}, {@code not-started}),
     * case-insensitive, {@code _} accepted for {@code -}.
     *
     * @param label the label
     * @return the state, empty for unknown labels and for {@code unknown}
     */
    public static Optional<TaskState> parse(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (TaskState s : values()) {
            if (s != UNKNOWN && s.label.equals(l)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
