package dev.specdriven.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specdriven.generate.GenerationMetrics;
import dev.specdriven.spec.Spec;
import dev.specdriven.workflow.internal.JsonFiles;
import dev.specdriven.workflow.internal.RecordsFile;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Reads and writes {@link SpecRecords} in a spec folder's {@code .config.kiro}. */
final class Records {
    private Records() {}

    /** The records of a spec, {@link SpecRecords#EMPTY} when absent or unreadable. */
    static SpecRecords read(Spec spec) {
        try {
            return readStrict(spec);
        } catch (IOException e) {
            return SpecRecords.EMPTY;
        }
    }

    /** The records of a spec; an unreadable file is an error. */
    static SpecRecords readStrict(Spec spec) throws IOException {
        return SpecRecords.parse(RecordsFile.read(spec));
    }

    /** Reads the records, changes the approvals and writes them as the file's {@code approvals}. */
    static SpecRecords updateApprovals(Spec spec, UnaryOperator<SpecRecords> change)
            throws IOException {
        SpecRecords updated = change.apply(readStrict(spec));
        RecordsFile.update(spec, SpecRecords.APPROVALS_KEY, updated.approvalsJson());
        return updated;
    }

    /**
     * Reads the records, changes the workflow's own ones (baseline, verification, generation runs)
     * and merges them into the file's {@code specdriven} value.
     */
    static SpecRecords updateOwn(Spec spec, UnaryOperator<SpecRecords> change) throws IOException {
        SpecRecords updated = change.apply(readStrict(spec));
        JsonNode existing;
        try {
            existing = JsonFiles.readObject(RecordsFile.read(spec)).get(SpecRecords.KEY);
        } catch (IOException e) {
            existing = null;
        }
        RecordsFile.update(spec, SpecRecords.KEY, updated.ownJson(existing));
        return updated;
    }

    /** Appends one generation run, keeping the last {@link SpecRecords#MAX_GENERATIONS}. */
    static SpecRecords appendGeneration(Spec spec, GenerationMetrics metrics) throws IOException {
        SpecRecords.GenerationRun run =
                new SpecRecords.GenerationRun(
                        metrics.backendId(),
                        metrics.artifact().name().toLowerCase(Locale.ROOT),
                        metrics.startedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                        metrics.latency().toMillis(),
                        metrics.repairRounds(),
                        metrics.remainingErrors(),
                        metrics.remainingWarnings());
        return updateOwn(
                spec,
                r -> {
                    List<SpecRecords.GenerationRun> runs = new ArrayList<>(r.generations());
                    runs.add(run);
                    while (runs.size() > SpecRecords.MAX_GENERATIONS) {
                        runs.remove(0);
                    }
                    return r.withGenerations(runs);
                });
    }

    /** Now, as recorded: ISO-8601 in UTC, whole seconds. */
    static String now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
