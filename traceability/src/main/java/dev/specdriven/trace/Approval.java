package dev.specdriven.trace;

import java.util.Objects;

/**
 * A recorded approval of one spec document, read from the spec folder's {@code .config.kiro}:
 *
 * <pre>{@code
 * {"specId": "…",
 *  "approvals": {"design": {"sha256": "<hex of design.md>", "by": "alice", "at": "2026-11-26T06:00:00Z"}}}
 * }</pre>
 *
 * @param phase the approved document
 * @param sha256 the SHA-256 (lower-case hex) of the document's bytes when it was approved
 * @param by who approved it (free text, may be empty)
 * @param at when, ISO-8601 text as recorded (may be empty)
 * @param current whether the document still has that content
 */
public record Approval(SpecPhase phase, String sha256, String by, String at, boolean current) {

    /** Validates. */
    public Approval {
        Objects.requireNonNull(phase, "phase must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
        Objects.requireNonNull(by, "by must not be null");
        Objects.requireNonNull(at, "at must not be null");
    }
}
