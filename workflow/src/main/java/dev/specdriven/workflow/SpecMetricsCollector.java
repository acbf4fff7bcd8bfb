package dev.specdriven.workflow;

import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.trace.CoverageSummary;
import dev.specdriven.trace.InferredLinks;
import dev.specdriven.trace.Lifecycle;
import dev.specdriven.trace.SpecPhase;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.trace.TraceLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes {@link SpecMetrics} from a trace graph and each spec's records. */
final class SpecMetricsCollector {
    private SpecMetricsCollector() {}

    /** One entry per spec of the graph, in graph order. */
    static List<SpecMetrics> collect(TraceGraph graph, WorkflowConfig config) {
        Map<String, CoverageSummary> cov = new HashMap<>();
        graph.coverage().specs().forEach(s -> cov.put(s.spec(), s));
        Map<String, Integer> explicit = new HashMap<>();
        for (TraceLink l : graph.links()) {
            if (l.isExplicit() && l.file().isPresent()) {
                String s = l.source().spec().isEmpty() ? l.target().spec() : l.source().spec();
                explicit.merge(s, 1, Integer::sum);
            }
        }
        List<SpecMetrics> out = new ArrayList<>();
        for (Lifecycle l : graph.lifecycles()) {
            Optional<Spec> spec = graph.spec(l.spec());
            SpecRecords r = spec.map(Records::read).orElse(SpecRecords.EMPTY);
            int reqTotal = 0;
            int reqDone = 0;
            int optTotal = 0;
            int optDone = 0;
            for (Task t : spec.flatMap(Spec::tasks).map(TasksDocument::tasks).orElse(List.of())) {
                boolean done = t.state() == TaskState.DONE;
                if (t.optional()) {
                    optTotal++;
                    optDone += done ? 1 : 0;
                } else {
                    reqTotal++;
                    reqDone += done ? 1 : 0;
                }
            }
            int inferred =
                    spec.map(
                                    s ->
                                            (int)
                                                    InferredLinks.infer(
                                                                    l.spec(),
                                                                    s,
                                                                    config.inferredMinScore(),
                                                                    InferredLinks
                                                                            .DEFAULT_MAX_PER_TASK)
                                                            .links()
                                                            .stream()
                                                            .filter(
                                                                    x ->
                                                                            x.score()
                                                                                    >= config
                                                                                            .inferredMinScore())
                                                            .count())
                            .orElse(0);
            List<SpecRecords.GenerationRun> runs = r.generations();
            Optional<SpecRecords.GenerationRun> last =
                    runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
            CoverageSummary c = cov.get(l.spec());
            out.add(
                    new SpecMetrics(
                            l.spec(),
                            l.label(),
                            reqTotal,
                            reqDone,
                            optTotal,
                            optDone,
                            reqTotal == 0 ? 0.0 : round(100.0 * reqDone / reqTotal),
                            c == null ? 0.0 : round(c.coveredPercent().orElse(0.0)),
                            explicit.getOrDefault(l.spec(), 0),
                            inferred,
                            r.approval(SpecPhase.REQUIREMENTS).map(SpecRecords.ApprovalRecord::at),
                            r.approval(SpecPhase.DESIGN).map(SpecRecords.ApprovalRecord::at),
                            r.verified().map(SpecRecords.Verification::at),
                            runs.size(),
                            last.map(SpecRecords.GenerationRun::latencyMillis),
                            last.map(SpecRecords.GenerationRun::repairRounds),
                            runs.isEmpty()
                                    ? Optional.empty()
                                    : Optional.of(
                                            round(
                                                    runs.stream()
                                                            .mapToLong(
                                                                    SpecRecords.GenerationRun
                                                                            ::latencyMillis)
                                                            .average()
                                                            .orElse(0))),
                            runs.isEmpty()
                                    ? Optional.empty()
                                    : Optional.of(
                                            round(
                                                    runs.stream()
                                                            .mapToInt(
                                                                    SpecRecords.GenerationRun
                                                                            ::repairRounds)
                                                            .average()
                                                            .orElse(0)))));
        }
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 10.0) / 10.0;
    }
}
