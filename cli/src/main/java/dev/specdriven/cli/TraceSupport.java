package dev.specdriven.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.CoverageSummary;
import dev.specdriven.trace.Finding;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.TraceCode;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.trace.TraceNode;
import dev.specdriven.trace.evidence.Evidence;
import dev.specdriven.trace.evidence.EvidenceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Loading and JSON shapes shared by {@code trace}, {@code impact}, {@code status}, {@code diff}.
 */
final class TraceSupport {
    private TraceSupport() {}

    /** Version of the JSON shapes of the trace commands. */
    static final int SCHEMA_VERSION = 1;

    /** A loaded workspace and its graph, or the exit code of the failure. */
    static final class Loaded {
        final Workspace workspace;
        final TraceGraph graph;
        final int exit;

        Loaded(Workspace workspace, TraceGraph graph, int exit) {
            this.workspace = workspace;
            this.graph = graph;
            this.exit = exit;
        }
    }

    static Loaded load(String command, Path dir, List<Path> evidence, PrintWriter err) {
        Workspace ws;
        try {
            ws = SpecParser.create().read(dir);
        } catch (IOException e) {
            err.println(
                    "specdriven "
                            + command
                            + ": cannot read workspace "
                            + dir
                            + ": "
                            + CheckCommand.describe(e));
            return new Loaded(null, null, ExitCodes.USAGE);
        }
        // an unreadable evidence input is a TRACE013 finding; the others are still read
        Evidence ev = evidence.isEmpty() ? Evidence.none() : EvidenceReader.create().read(evidence);
        return new Loaded(ws, TraceGraph.builder().workspace(ws).evidence(ev).build(), 0);
    }

    /**
     * Checks that each {@code --fail-on} value is a trace code or a severity.
     *
     * @return the bad value, or null
     */
    static String badFailOn(List<String> failOn) {
        for (String f : failOn) {
            String code = f.toUpperCase(Locale.ROOT);
            boolean spec =
                    java.util.Arrays.stream(dev.specdriven.spec.SpecCode.values())
                            .anyMatch(c -> c.code().equals(code));
            if (TraceCode.of(code).isEmpty() && !spec && severity(f) == null) {
                String retired = TraceCode.retired().get(code);
                return retired == null ? f : f + " (retired, " + retired + ")";
            }
        }
        return null;
    }

    static Severity severity(String s) {
        for (Severity v : Severity.values()) {
            if (v.name().equalsIgnoreCase(s)) {
                return v;
            }
        }
        return null;
    }

    /** Whether a finding matches a {@code --fail-on} value (a code, or a lowest severity). */
    static boolean matches(Finding f, String failOn) {
        Severity s = severity(failOn);
        if (s != null) {
            return f.diagnostic().severity().isAtLeast(s);
        }
        return f.code().equalsIgnoreCase(failOn);
    }

    static ObjectNode summary(ObjectMapper m, CoverageSummary s) {
        ObjectNode n = m.createObjectNode();
        if (!s.spec().isEmpty()) {
            n.put("spec", s.spec());
        }
        n.put("criteria", s.criteria());
        n.put("designed", s.designed());
        n.put("tasked", s.tasked());
        n.put("covered", s.covered());
        n.put("done", s.done());
        n.put("verified", s.verified());
        putPercent(n, "coveredPercent", s.coveredPercent());
        putPercent(n, "designedPercent", s.percent(s.designed()));
        putPercent(n, "taskedPercent", s.percent(s.tasked()));
        putPercent(n, "donePercent", s.percent(s.done()));
        putPercent(n, "verifiedPercent", s.percent(s.verified()));
        return n;
    }

    /** A rounded percentage, or JSON {@code null} when it is absent (no criteria). */
    static void putPercent(ObjectNode n, String field, OptionalDouble p) {
        if (p.isPresent()) {
            n.put(field, round(p.getAsDouble()));
        } else {
            n.putNull(field);
        }
    }

    static double round(double d) {
        return Math.round(d * 10.0) / 10.0;
    }

    static ObjectNode finding(ObjectMapper m, Finding f) {
        ObjectNode n = Json.diagnostic(m, f.diagnostic());
        ArrayNode nodes = n.putArray("nodes");
        for (NodeId id : f.nodes()) {
            nodes.add(id.toString());
        }
        return n;
    }

    static ObjectNode node(ObjectMapper m, TraceGraph g, NodeId id) {
        ObjectNode n = m.createObjectNode();
        n.put("id", id.toString());
        n.put("kind", id.kind().label());
        n.put("spec", id.spec());
        n.put("local", id.local());
        g.node(id)
                .ifPresent(
                        t -> {
                            n.put("label", t.label());
                            t.file().ifPresent(f -> n.put("file", f));
                            t.line().ifPresent(l -> n.put("line", l));
                        });
        return n;
    }

    static String where(TraceNode n) {
        return n.file().map(f -> f + n.line().map(l -> ":" + l).orElse("")).orElse("");
    }

    static String pct(double d) {
        return String.format(Locale.ROOT, "%.1f%%", d);
    }

    /** A percentage, or {@code n/a} when it is absent (no criteria). */
    static String pct(OptionalDouble d) {
        return d.isPresent() ? pct(d.getAsDouble()) : "n/a";
    }
}
