package dev.specdriven.workflow;

import java.util.Objects;
import java.util.Optional;

/**
 * What teams watch, per spec: lifecycle, completion, traceability and generation cost. Computed by
 * {@link SpecWorkflow#metrics(dev.specdriven.trace.TraceGraph)} from the trace graph and each
 * spec's {@link SpecRecords}.
 *
 * @param spec the spec name
 * @param lifecycle the lifecycle label ({@code DESIGN_APPROVED}, {@code EXECUTING}…)
 * @param requiredTasks non-optional tasks
 * @param requiredDone non-optional tasks done
 * @param optionalTasks optional tasks
 * @param optionalDone optional tasks done
 * @param completionPercent share of required tasks done (0 when there is none)
 * @param coveragePercent share of criteria both designed and tasked (explicit links)
 * @param explicitLinks explicit reference links (task → criterion, design → criterion…)
 * @param inferredLinks inferred task links kept by the inference
 * @param requirementsApprovedAt last requirements approval, when recorded
 * @param designApprovedAt last design approval, when recorded
 * @param lastVerifiedAt last verification, when recorded
 * @param generationRuns recorded generation runs
 * @param lastGenerationLatencyMillis latency of the last run
 * @param lastGenerationRepairRounds repair rounds of the last run
 * @param meanGenerationLatencyMillis mean latency over the recorded runs
 * @param meanGenerationRepairRounds mean repair rounds over the recorded runs
 */
public record SpecMetrics(
        String spec,
        String lifecycle,
        int requiredTasks,
        int requiredDone,
        int optionalTasks,
        int optionalDone,
        double completionPercent,
        double coveragePercent,
        int explicitLinks,
        int inferredLinks,
        Optional<String> requirementsApprovedAt,
        Optional<String> designApprovedAt,
        Optional<String> lastVerifiedAt,
        int generationRuns,
        Optional<Long> lastGenerationLatencyMillis,
        Optional<Integer> lastGenerationRepairRounds,
        Optional<Double> meanGenerationLatencyMillis,
        Optional<Double> meanGenerationRepairRounds) {
    /** Validates. */
    public SpecMetrics {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(lifecycle, "lifecycle must not be null");
        Objects.requireNonNull(requirementsApprovedAt, "requirementsApprovedAt must not be null");
        Objects.requireNonNull(designApprovedAt, "designApprovedAt must not be null");
        Objects.requireNonNull(lastVerifiedAt, "lastVerifiedAt must not be null");
        Objects.requireNonNull(lastGenerationLatencyMillis, "lastGenerationLatencyMillis");
        Objects.requireNonNull(lastGenerationRepairRounds, "lastGenerationRepairRounds");
        Objects.requireNonNull(meanGenerationLatencyMillis, "meanGenerationLatencyMillis");
        Objects.requireNonNull(meanGenerationRepairRounds, "meanGenerationRepairRounds");
    }
}
