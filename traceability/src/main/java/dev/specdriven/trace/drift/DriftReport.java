package dev.specdriven.trace.drift;

import dev.specdriven.trace.Finding;
import java.util.List;

/**
 * The result of {@link DriftAnalyzer#compare}: criterion changes, suspect downstream elements,
 * stale references and stale tasks, plus all of them as findings.
 *
 * @param changes every criterion of both versions except unchanged ones
 * @param suspects downstream elements of changed or removed criteria
 * @param staleReferences references left at the old id of renumbered criteria
 * @param staleTasks tasks done before, or edited along with, a change of their criteria
 * @param findings the above as {@link dev.specdriven.trace.TraceCode} findings
 */
public record DriftReport(
        List<CriterionChange> changes,
        List<Suspect> suspects,
        List<StaleReference> staleReferences,
        List<StaleTask> staleTasks,
        List<Finding> findings) {

    /** Copies. */
    public DriftReport {
        changes = List.copyOf(changes);
        suspects = List.copyOf(suspects);
        staleReferences = List.copyOf(staleReferences);
        staleTasks = List.copyOf(staleTasks);
        findings = List.copyOf(findings);
    }
}
