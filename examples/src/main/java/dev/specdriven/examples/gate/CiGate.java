package dev.specdriven.examples.gate;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.CoverageSummary;
import dev.specdriven.trace.TraceGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A CI gate: parses a workspace, checks it, traces it, and fails when there are errors or when
 * fewer criteria than a threshold are covered (designed and tasked).
 *
 * <pre>{@code
 * java dev.specdriven.examples.gate.CiGate examples/workspace 0.9   # exit 1: errors, 68.2 % covered
 * }</pre>
 */
public final class CiGate {

    /**
     * The gate's verdict.
     *
     * @param passed whether the build may continue
     * @param errors the diagnostics and findings of severity {@code ERROR}
     * @param coverage the covered share, 0 to 1
     * @param messages one line per reason to fail, empty when passed
     */
    public record Result(
            boolean passed, List<Diagnostic> errors, double coverage, List<String> messages) {
        /** Copies. */
        public Result {
            errors = List.copyOf(errors);
            messages = List.copyOf(messages);
        }
    }

    private CiGate() {}

    /**
     * Runs the gate and exits with 0 (passed), 1 (failed) or 2 (usage).
     *
     * @param args the workspace directory and the minimum coverage (0 to 1, default 0.8)
     * @throws IOException when the workspace cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CiGate <workspace> [min-coverage]");
            System.exit(2);
        }
        Result r = evaluate(Path.of(args[0]), args.length > 1 ? Double.parseDouble(args[1]) : 0.8);
        r.errors().forEach(System.out::println);
        r.messages().forEach(System.out::println);
        System.out.println(r.passed() ? "gate passed" : "gate FAILED");
        System.exit(r.passed() ? 0 : 1);
    }

    /**
     * Evaluates a workspace.
     *
     * @param directory the workspace directory
     * @param minCoverage the minimum covered share, 0 to 1
     * @return the verdict
     * @throws IOException when the workspace cannot be read
     */
    public static Result evaluate(Path directory, double minCoverage) throws IOException {
        Objects.requireNonNull(directory, "directory must not be null");
        if (!(minCoverage >= 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("minCoverage must be in [0, 1], was " + minCoverage);
        }
        // @example:ci-gate:begin
        Workspace workspace = SpecParser.create().read(directory);
        TraceGraph graph = TraceGraph.of(workspace);
        // check and trace report a problem both see (SPEC016...) with one code at one position
        Map<String, Diagnostic> errors = new LinkedHashMap<>();
        List<Diagnostic> all = new ArrayList<>(SpecChecker.create().check(workspace));
        graph.findings().forEach(f -> all.add(f.diagnostic()));
        for (Diagnostic d : all) {
            if (d.severity() == Severity.ERROR) {
                errors.putIfAbsent(
                        d.code() + " " + d.file().orElse("") + ":" + d.line() + ":" + d.column(),
                        d);
            }
        }
        CoverageSummary total = graph.coverage().total();
        // no criteria: nothing is covered (coveredPercent() is empty), the gate fails
        double coverage = total.coveredPercent().orElse(0.0) / 100;
        boolean passed = errors.isEmpty() && total.criteria() > 0 && coverage >= minCoverage;
        // @example:ci-gate:end
        List<String> messages = new ArrayList<>();
        if (!errors.isEmpty()) {
            messages.add(errors.size() + " error(s)");
        }
        if (total.criteria() == 0) {
            messages.add("coverage n/a: the workspace has no acceptance criteria");
        } else if (coverage < minCoverage) {
            messages.add(
                    String.format(
                            Locale.ROOT,
                            "coverage %.1f%% (%d of %d criteria) is below %.1f%%",
                            coverage * 100,
                            total.covered(),
                            total.criteria(),
                            minCoverage * 100));
        }
        return new Result(passed, List.copyOf(errors.values()), coverage, messages);
    }
}
