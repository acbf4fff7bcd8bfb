package dev.specdriven.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.Finding;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.drift.CriterionChange;
import dev.specdriven.trace.drift.DriftAnalyzer;
import dev.specdriven.trace.drift.DriftReport;
import dev.specdriven.trace.drift.GitRevisions;
import dev.specdriven.trace.drift.StaleReference;
import dev.specdriven.trace.drift.StaleTask;
import dev.specdriven.trace.drift.Suspect;
import dev.specdriven.trace.evidence.Evidence;
import dev.specdriven.trace.evidence.EvidenceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code specdriven diff}: semantic drift of criteria since a git revision or a baseline dir. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Compares every criterion's normalized EARS parts with a baseline (a git revision, or"
                    + " another directory) and lists semantic changes, renumbered criteria, suspect"
                    + " design sections, properties, tasks and tests, stale references (with the"
                    + " rewrite) and stale tasks.",
            "Exit code: 0 success, 1 a finding matches --fail-on, 2 usage, git or I/O error."
        })
final class DiffCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    static final class Baseline {
        @Option(
                names = "--since",
                paramLabel = "REV",
                description = "A git revision of the workspace.")
        String since;

        @Option(
                names = "--baseline",
                paramLabel = "DIR",
                description = "A directory holding the baseline workspace.")
        Path dir;

        @Option(
                names = "--approved",
                description =
                        "The requirements as last approved (per-criterion hashes recorded by"
                                + " 'specdriven approve'); only with --mark or a listing of"
                                + " affected completed tasks.")
        boolean approved;
    }

    @Option(
            names = "--mark",
            description =
                    "Append '<!-- needs-revision: <ids> changed -->' to every completed task that"
                            + " implements a changed criterion (only those bytes are added).")
    boolean mark;

    @Option(
            names = "--unmark",
            description = "Remove the needs-revision markers (of --task ids, or all).")
    boolean unmark;

    @Option(
            names = "--task",
            paramLabel = "ID",
            split = ",",
            description = "With --unmark: only these tasks.")
    List<String> unmarkTasks = new ArrayList<>();

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Baseline baseline;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text or json (schemaVersion 1).")
    Format format;

    @Option(
            names = "--fail-on",
            paramLabel = "CODE",
            description =
                    "Exit 1 when a finding has this code or at least this severity. Repeatable.")
    List<String> failOn = new ArrayList<>();

    @Option(
            names = "--evidence",
            paramLabel = "PATH",
            description = "Evidence, so that citing tests become suspect. Repeatable.")
    List<Path> evidence = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (unmark) {
            return DiffMarks.unmark(workspace, unmarkTasks, out, err);
        }
        if (baseline == null) {
            err.println("specdriven diff: one of --since, --baseline or --approved is required");
            return ExitCodes.USAGE;
        }
        if (baseline.approved) {
            return DiffMarks.mark(workspace, null, mark, out, err);
        }
        String bad = TraceSupport.badFailOn(failOn);
        if (bad != null) {
            err.println(
                    "specdriven diff: --fail-on "
                            + bad
                            + " is neither a TRACE code nor a severity");
            return ExitCodes.USAGE;
        }
        SpecParser parser = SpecParser.create();
        Workspace current;
        try {
            current = parser.read(workspace);
        } catch (IOException e) {
            err.println(
                    "specdriven diff: cannot read workspace "
                            + workspace
                            + ": "
                            + CheckCommand.describe(e));
            return ExitCodes.USAGE;
        }
        Workspace base;
        Path tmp = null;
        String label;
        try {
            if (baseline.since != null) {
                label = baseline.since;
                tmp = Files.createTempDirectory("specdriven-baseline");
                try {
                    GitRevisions.materialize(workspace, baseline.since, tmp);
                } catch (IOException | IllegalArgumentException e) {
                    err.println(
                            "specdriven diff: cannot read "
                                    + workspace
                                    + " at "
                                    + baseline.since
                                    + ": "
                                    + e.getMessage());
                    return ExitCodes.USAGE;
                }
                base = parser.read(tmp);
            } else {
                label = baseline.dir.toString();
                base = parser.read(baseline.dir);
            }
        } catch (IOException e) {
            err.println("specdriven diff: cannot read baseline: " + CheckCommand.describe(e));
            return ExitCodes.USAGE;
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
        Evidence ev = evidence.isEmpty() ? Evidence.none() : EvidenceReader.create().read(evidence);
        DriftReport report = DriftAnalyzer.builder().evidence(ev).build().compare(base, current);
        if (mark) {
            return DiffMarks.mark(workspace, DiffMarks.changed(report), true, out, err);
        }
        if (format == Format.json) {
            out.println(Json.write(Json.MAPPER, json(Json.MAPPER, label, report)));
        } else {
            out.print(text(label, report));
        }
        out.flush();
        boolean failing = TraceCommand.failing(report.findings(), failOn);
        return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory
        }
    }

    private static String id(java.util.Optional<NodeId> n) {
        return n.map(NodeId::toString).orElse("");
    }

    private static String text(String label, DriftReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Drift since ").append(label).append('\n');
        sb.append("\nCriteria (").append(r.changes().size()).append(")\n");
        for (CriterionChange c : r.changes()) {
            sb.append("  ")
                    .append(c.kind())
                    .append(' ')
                    .append(c.before().map(NodeId::local).orElse("-"))
                    .append(" → ")
                    .append(c.after().map(NodeId::local).orElse("-"))
                    .append(" [")
                    .append(c.spec())
                    .append(']');
            if (!c.changedParts().isEmpty()) {
                sb.append(" changed: ").append(String.join(", ", c.changedParts()));
            }
            sb.append('\n');
        }
        sb.append("\nSuspects (").append(r.suspects().size()).append(")\n");
        for (Suspect s : r.suspects()) {
            sb.append("  ").append(s.node()).append(": ").append(s.reason()).append('\n');
        }
        sb.append("\nStale references (").append(r.staleReferences().size()).append(")\n");
        for (StaleReference s : r.staleReferences()) {
            sb.append("  ")
                    .append(s.file())
                    .append(':')
                    .append(s.edit().span().startLine())
                    .append(": ")
                    .append(s.owner())
                    .append(" cites ")
                    .append(s.written())
                    .append(", rewrite as ")
                    .append(s.suggested())
                    .append('\n');
        }
        sb.append("\nStale tasks (").append(r.staleTasks().size()).append(")\n");
        for (StaleTask s : r.staleTasks()) {
            sb.append("  ")
                    .append(s.task())
                    .append(": ")
                    .append(s.reason())
                    .append(" (")
                    .append(String.join(", ", s.criteria().stream().map(NodeId::local).toList()))
                    .append(")\n");
        }
        return sb.toString();
    }

    private static ObjectNode json(ObjectMapper m, String label, DriftReport r) {
        ObjectNode root = m.createObjectNode();
        root.put("schemaVersion", TraceSupport.SCHEMA_VERSION);
        root.put("baseline", label);
        ArrayNode changes = root.putArray("changes");
        for (CriterionChange c : r.changes()) {
            ObjectNode o = changes.addObject();
            o.put("spec", c.spec());
            o.put("kind", c.kind().name());
            o.put("before", id(c.before()));
            o.put("after", id(c.after()));
            ArrayNode parts = o.putArray("changedParts");
            c.changedParts().forEach(parts::add);
            o.put("beforeText", c.beforeText());
            o.put("afterText", c.afterText());
            o.put("similarity", TraceSupport.round(c.similarity() * 100) / 100.0);
        }
        ArrayNode suspects = root.putArray("suspects");
        for (Suspect s : r.suspects()) {
            ObjectNode o = suspects.addObject();
            o.put("node", s.node().toString());
            o.put("kind", s.node().kind().label());
            o.put("cause", s.cause().toString());
            o.put("reason", s.reason());
        }
        ArrayNode stale = root.putArray("staleReferences");
        for (StaleReference s : r.staleReferences()) {
            ObjectNode o = stale.addObject();
            o.put("owner", s.owner().toString());
            o.put("file", s.file());
            o.put("line", s.edit().span().startLine());
            o.put("column", s.edit().span().start().column());
            o.put("written", s.written());
            o.put("suggested", s.suggested());
        }
        ArrayNode tasks = root.putArray("staleTasks");
        for (StaleTask s : r.staleTasks()) {
            ObjectNode o = tasks.addObject();
            o.put("task", s.task().toString());
            o.put("reason", s.reason().name());
            ArrayNode cs = o.putArray("criteria");
            s.criteria().forEach(c -> cs.add(c.toString()));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            findings.add(TraceSupport.finding(m, f));
        }
        return root;
    }
}
