package dev.specdriven.workflow;

import static dev.specdriven.workflow.Locations.file;
import static dev.specdriven.workflow.Locations.start;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.trace.TraceGraph;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Verification of a spec against the code: recording that someone checked it ({@code specdriven
 * verify-spec}) and the verification-age gate ({@code FLOW042} older than {@link
 * WorkflowConfig#verifyMaxAge()}, {@code FLOW043} never verified).
 *
 * <pre>{@code
 * SpecVerification verification = SpecWorkflow.create().verification();
 * verification.verify(spec, "carol");                      // "last verified" = now
 * List<Diagnostic> old = verification.check(spec);         // empty while recent
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; get one from {@link SpecWorkflow#verification()}.
 */
public final class SpecVerification implements WorkflowGate {

    private final WorkflowConfig config;
    private final Clock clock;

    SpecVerification(WorkflowConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Records that someone checked the spec against the code now.
     *
     * @param spec the spec
     * @param by who
     * @return the updated records
     * @throws IOException when the config file cannot be read or written
     */
    public SpecRecords verify(Spec spec, String by) throws IOException {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(by, "by must not be null");
        SpecRecords.Verification v = new SpecRecords.Verification(Records.now(clock), by);
        return Records.updateOwn(spec, r -> r.withVerified(v));
    }

    /**
     * The verification-age gate.
     *
     * @param spec the spec
     * @return {@link FlowCode#VERIFICATION_OUTDATED} or {@link FlowCode#NEVER_VERIFIED}, or empty
     */
    public List<Diagnostic> check(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        String p =
                spec.requirements().map(SpecDocument::path).orElse(file(spec, "requirements.md"));
        Optional<SpecRecords.Verification> v = Records.read(spec).verified();
        if (v.isEmpty()) {
            return List.of(
                    FlowCode.NEVER_VERIFIED
                            .at(start(), "spec " + spec.name() + " was never verified")
                            .withFile(p));
        }
        Instant at;
        try {
            at = Instant.parse(v.get().at());
        } catch (RuntimeException e) {
            return List.of(
                    FlowCode.NEVER_VERIFIED
                            .at(
                                    start(),
                                    "spec " + spec.name() + " has an unreadable verification date")
                            .withFile(p));
        }
        if (at.plus(config.verifyMaxAge()).isBefore(clock.instant())) {
            long days = Duration.between(at, clock.instant()).toDays();
            return List.of(
                    FlowCode.VERIFICATION_OUTDATED
                            .at(
                                    start(),
                                    "spec "
                                            + spec.name()
                                            + " was last verified "
                                            + days
                                            + " days ago ("
                                            + v.get().at()
                                            + "), more than "
                                            + config.verifyMaxAge().toDays()
                                            + " days")
                            .withFile(p));
        }
        return List.of();
    }

    /**
     * The verification-age gate; the graph is not used.
     *
     * @param spec the spec
     * @param graph the trace graph (unused)
     * @return the diagnostics of {@link #check(Spec)}
     */
    @Override
    public List<Diagnostic> check(Spec spec, TraceGraph graph) {
        Objects.requireNonNull(graph, "graph must not be null");
        return check(spec);
    }
}
