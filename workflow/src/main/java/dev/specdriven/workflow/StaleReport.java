package dev.specdriven.workflow;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * The result of a stale-spec check.
 *
 * @param since the git revision compared with
 * @param changedFiles source files changed since the revision (workspace-relative)
 * @param staleFiles changed files whose tracing specs did not change
 * @param untracedFiles changed files no spec traces to
 * @param diagnostics {@link FlowCode#STALE_SPEC}, {@link FlowCode#UNTRACED_CHANGE}, {@link
 *     FlowCode#VERIFICATION_OUTDATED} and {@link FlowCode#NEVER_VERIFIED} diagnostics
 */
public record StaleReport(
        String since,
        List<String> changedFiles,
        List<StaleFile> staleFiles,
        List<String> untracedFiles,
        List<Diagnostic> diagnostics) {
    /** Validates and copies. */
    public StaleReport {
        Objects.requireNonNull(since, "since must not be null");
        changedFiles = List.copyOf(changedFiles);
        staleFiles = List.copyOf(staleFiles);
        untracedFiles = List.copyOf(untracedFiles);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * A changed source file and the unchanged specs that trace to it.
     *
     * @param file the file, workspace-relative
     * @param specs the specs that trace to it and did not change
     * @param via how each traces: {@code tag} (evidence tag) or {@code name:<token>} (inferred)
     */
    public record StaleFile(String file, List<String> specs, List<String> via) {
        /** Validates and copies. */
        public StaleFile {
            Objects.requireNonNull(file, "file must not be null");
            specs = List.copyOf(specs);
            via = List.copyOf(via);
        }
    }
}
