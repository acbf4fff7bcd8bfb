package dev.specdriven.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.CoverageReport;
import dev.specdriven.trace.CoverageSummary;
import dev.specdriven.trace.CriterionCoverage;
import dev.specdriven.trace.Finding;
import dev.specdriven.trace.LinkKind;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.NodeKind;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.trace.TraceLink;
import dev.specdriven.trace.TraceNode;
import dev.specdriven.trace.evidence.EvidenceItem;
import dev.specdriven.trace.evidence.TestStatus;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The report of {@code specdriven trace}: text, JSON ({@code schemaVersion} 1), a self-contained
 * HTML page, Mermaid, and the whole graph as DOT or GraphML (jgrapht-io exporters).
 */
final class TraceReport {
    private final Workspace workspace;
    private final TraceGraph graph;
    private final Double failUnder;
    private final List<String> failOn;
    private final List<String> gateFailures;
    private final Path outputDir;
    private final CoverageReport coverage;
    private final Map<String, TestStatus> status = new HashMap<>();

    TraceReport(
            Workspace workspace,
            TraceGraph graph,
            Double failUnder,
            List<String> failOn,
            List<String> gateFailures,
            Path outputDir) {
        this.workspace = workspace;
        this.graph = graph;
        this.failUnder = failUnder;
        this.failOn = List.copyOf(failOn);
        this.gateFailures = List.copyOf(gateFailures);
        this.outputDir = outputDir;
        this.coverage = graph.coverage();
        for (EvidenceItem i : graph.evidence().items()) {
            status.put(i.name(), i.status());
        }
    }

    // ------------------------------------------------------------------ text

    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("Traceability of ").append(workspace.root()).append('\n');
        String current = null;
        for (CriterionCoverage c : coverage.criteria()) {
            if (!c.criterion().spec().equals(current)) {
                current = c.criterion().spec();
                sb.append('\n').append("spec ").append(current).append('\n');
            }
            String local = c.criterion().local();
            sb.append("  ").append(local);
            for (int pad = local.length(); pad < 7; pad++) {
                sb.append(' ');
            }
            sb.append(' ')
                    .append(c.designed() ? "D" : "-")
                    .append(c.tasked() ? "T" : "-")
                    .append(c.done() ? "X" : "-")
                    .append(c.verified() ? "V" : c.failing() ? "F" : "-")
                    .append("  design: ")
                    .append(list(c.design()))
                    .append("  tasks: ")
                    .append(list(c.tasks()))
                    .append("  evidence: ")
                    .append(list(c.evidence()))
                    .append('\n');
        }
        sb.append("\nCoverage (covered = designed and tasked)\n");
        for (CoverageSummary s : coverage.specs()) {
            sb.append("  ").append(summaryLine(s)).append('\n');
        }
        sb.append("  ").append(summaryLine(coverage.total())).append('\n');
        List<Finding> findings = graph.findings();
        sb.append("\nFindings: ").append(findings.size()).append('\n');
        for (Finding f : findings) {
            sb.append("  ").append(f.diagnostic()).append('\n');
        }
        if (!gateFailures.isEmpty()) {
            sb.append("\nGates failed:\n");
            gateFailures.forEach(g -> sb.append("  ").append(g).append('\n'));
        }
        return sb.toString();
    }

    private static String summaryLine(CoverageSummary s) {
        return String.format(
                Locale.ROOT,
                "%-30s %5d criteria  covered %6s  designed %6s  tasked %6s  done %6s  verified %6s",
                s.spec().isEmpty() ? "TOTAL" : s.spec(),
                s.criteria(),
                TraceSupport.pct(s.coveredPercent()),
                TraceSupport.pct(s.percent(s.designed())),
                TraceSupport.pct(s.percent(s.tasked())),
                TraceSupport.pct(s.percent(s.done())),
                TraceSupport.pct(s.percent(s.verified())));
    }

    private String list(List<NodeId> ids) {
        if (ids.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (NodeId id : ids) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(short_(id));
        }
        return sb.toString();
    }

    private String short_(NodeId id) {
        switch (id.kind()) {
            case TASK:
                {
                    String state =
                            graph.spec(id.spec())
                                    .flatMap(s -> s.tasks())
                                    .flatMap(t -> t.task(id.local()))
                                    .map(
                                            t ->
                                                    t.state() == TaskState.UNKNOWN
                                                            ? " [?]"
                                                            : " [" + t.state().marker() + "]")
                                    .orElse("");
                    return "task " + id.local() + state;
                }
            case TEST:
                return id.local() + "(" + status.getOrDefault(id.local(), TestStatus.NOT_RUN) + ")";
            default:
                return id.kind().label() + " " + id.local();
        }
    }

    // ------------------------------------------------------------------ json

    ObjectNode json(ObjectMapper m) {
        ObjectNode root = m.createObjectNode();
        root.put("schemaVersion", TraceSupport.SCHEMA_VERSION);
        root.put("workspace", workspace.root().toString());
        root.set("coverage", coverageJson(m, coverage));
        ArrayNode matrix = root.putArray("matrix");
        for (CriterionCoverage c : coverage.criteria()) {
            ObjectNode n = matrix.addObject();
            n.put("spec", c.criterion().spec());
            n.put("criterion", c.criterion().local());
            n.put("text", c.text());
            graph.node(c.criterion())
                    .ifPresent(
                            t -> {
                                t.file().ifPresent(f -> n.put("file", f));
                                t.line().ifPresent(l -> n.put("line", l));
                            });
            n.put("designed", c.designed());
            n.put("tasked", c.tasked());
            n.put("done", c.done());
            n.put("verified", c.verified());
            n.put("failing", c.failing());
            ids(n.putArray("design"), c.design());
            ids(n.putArray("tasks"), c.tasks());
            ids(n.putArray("evidence"), c.evidence());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : graph.findings()) {
            findings.add(TraceSupport.finding(m, f));
        }
        ObjectNode gates = root.putObject("gates");
        if (failUnder != null) {
            gates.put("failUnder", failUnder);
        }
        ArrayNode fo = gates.putArray("failOn");
        failOn.forEach(fo::add);
        gates.put("passed", gateFailures.isEmpty());
        ArrayNode gf = gates.putArray("failures");
        gateFailures.forEach(gf::add);
        return root;
    }

    static ObjectNode coverageJson(ObjectMapper m, CoverageReport coverage) {
        ObjectNode cov = m.createObjectNode();
        cov.set("total", TraceSupport.summary(m, coverage.total()));
        ArrayNode specs = cov.putArray("specs");
        for (CoverageSummary s : coverage.specs()) {
            specs.add(TraceSupport.summary(m, s));
        }
        return cov;
    }

    private static void ids(ArrayNode a, List<NodeId> ids) {
        ids.forEach(i -> a.add(i.toString()));
    }

    // ------------------------------------------------------------------ html

    String html() {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Traceability report</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin:.5em 0 2em;width:100%}")
                .append("th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;")
                .append("vertical-align:top;font-size:.9em}th{background:#f3f3f3}")
                .append(".bar{background:#eee;width:20em;height:1em;display:inline-block;")
                .append("vertical-align:middle}.fill{background:#2e7d32;height:100%}")
                .append(".low .fill{background:#c62828}.mid .fill{background:#f9a825}")
                .append(".none{background:#bdbdbd}")
                .append(".no{background:#fdecea}.ok{color:#2e7d32}.ko{color:#c62828}")
                .append("code{font-size:.95em}</style></head><body>\n");
        sb.append("<h1>Traceability report</h1>\n<p>Workspace <code>")
                .append(esc(workspace.root().toString()))
                .append("</code></p>\n");
        sb.append("<h2>Coverage</h2>\n<table><tr><th>Spec</th><th>Criteria</th><th>Covered</th>")
                .append(
                        "<th></th><th>Designed</th><th>Tasked</th><th>Done</th><th>Verified</th></tr>\n");
        for (CoverageSummary s : coverage.specs()) {
            coverageRow(sb, s);
        }
        coverageRow(sb, coverage.total());
        sb.append("</table>\n");
        String current = null;
        for (CriterionCoverage c : coverage.criteria()) {
            if (!c.criterion().spec().equals(current)) {
                if (current != null) {
                    sb.append("</table>\n");
                }
                current = c.criterion().spec();
                sb.append("<h2 id=\"spec-")
                        .append(esc(current))
                        .append("\">")
                        .append(esc(current))
                        .append("</h2>\n<table><tr><th>Criterion</th><th>Text</th><th>Design</th>")
                        .append(
                                "<th>Tasks</th><th>Evidence</th><th>Done</th><th>Verified</th></tr>\n");
            }
            sb.append(c.covered() ? "<tr>" : "<tr class=\"no\">")
                    .append("<td>")
                    .append(link(c.criterion(), c.criterion().local()))
                    .append("</td><td>")
                    .append(esc(c.text()))
                    .append("</td><td>")
                    .append(links(c.design()))
                    .append("</td><td>")
                    .append(links(c.tasks()))
                    .append("</td><td>")
                    .append(links(c.evidence()))
                    .append("</td><td>")
                    .append(c.done() ? "<span class=\"ok\">yes</span>" : "no")
                    .append("</td><td>")
                    .append(
                            c.verified()
                                    ? "<span class=\"ok\">yes</span>"
                                    : c.failing() ? "<span class=\"ko\">failing</span>" : "no")
                    .append("</td></tr>\n");
        }
        if (current != null) {
            sb.append("</table>\n");
        }
        List<Finding> findings = graph.findings();
        sb.append("<h2>Findings (").append(findings.size()).append(")</h2>\n");
        sb.append("<table><tr><th>Code</th><th>Severity</th><th>Where</th><th>Message</th>")
                .append("<th>Fix</th></tr>\n");
        for (Finding f : findings) {
            String where =
                    f.diagnostic()
                            .file()
                            .map(
                                    file ->
                                            "<a href=\""
                                                    + esc(href(file, f.diagnostic().line()))
                                                    + "\">"
                                                    + esc(file + ":" + f.diagnostic().line())
                                                    + "</a>")
                            .orElse("");
            sb.append("<tr><td>")
                    .append(esc(f.code()))
                    .append("</td><td>")
                    .append(f.diagnostic().severity().name().toLowerCase(Locale.ROOT))
                    .append("</td><td>")
                    .append(where)
                    .append("</td><td>")
                    .append(esc(f.diagnostic().message()))
                    .append("</td><td>")
                    .append(esc(f.diagnostic().fix()))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n");
        if (!gateFailures.isEmpty()) {
            sb.append("<h2 class=\"ko\">Gates failed</h2><ul>");
            gateFailures.forEach(g -> sb.append("<li>").append(esc(g)).append("</li>"));
            sb.append("</ul>\n");
        }
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static void coverageRow(StringBuilder sb, CoverageSummary s) {
        java.util.OptionalDouble covered = s.coveredPercent();
        double p = covered.orElse(0);
        String cls =
                covered.isEmpty() ? "bar none" : p >= 80 ? "bar" : p >= 50 ? "bar mid" : "bar low";
        String name =
                s.spec().isEmpty()
                        ? "<b>Total</b>"
                        : "<a href=\"#spec-" + esc(s.spec()) + "\">" + esc(s.spec()) + "</a>";
        sb.append("<tr><td>")
                .append(name)
                .append("</td><td>")
                .append(s.criteria())
                .append("</td><td>")
                .append(TraceSupport.pct(covered))
                .append("</td><td><span class=\"")
                .append(cls)
                .append("\"><span class=\"fill\" style=\"display:block;width:")
                .append(String.format(Locale.ROOT, "%.1f", p))
                .append("%\"></span></span></td><td>")
                .append(TraceSupport.pct(s.percent(s.designed())))
                .append("</td><td>")
                .append(TraceSupport.pct(s.percent(s.tasked())))
                .append("</td><td>")
                .append(TraceSupport.pct(s.percent(s.done())))
                .append("</td><td>")
                .append(TraceSupport.pct(s.percent(s.verified())))
                .append("</td></tr>\n");
    }

    private String links(List<NodeId> ids) {
        StringBuilder sb = new StringBuilder();
        for (NodeId id : ids) {
            if (sb.length() > 0) {
                sb.append("<br>");
            }
            sb.append(link(id, short_(id)));
        }
        return sb.toString();
    }

    private String link(NodeId id, String text) {
        TraceNode n = graph.node(id).orElse(null);
        if (n == null || n.file().isEmpty() || id.kind() == NodeKind.TEST) {
            return esc(text);
        }
        return "<a href=\""
                + esc(href(n.file().get(), n.line().orElse(1)))
                + "\">"
                + esc(text)
                + "</a>";
    }

    /** A relative link to a workspace file with a {@code #L<line>} anchor. */
    private String href(String file, int line) {
        Path target = workspace.root().toAbsolutePath().normalize().resolve(file).normalize();
        String rel;
        if (outputDir != null) {
            try {
                rel = outputDir.toAbsolutePath().normalize().relativize(target).toString();
            } catch (IllegalArgumentException e) {
                rel = target.toUri().toString();
            }
        } else {
            rel = file;
        }
        return rel.replace('\\', '/').replace(" ", "%20") + "#L" + line;
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '&':
                    sb.append("&amp;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ mermaid

    String mermaid() {
        StringBuilder sb = new StringBuilder("graph LR\n");
        Map<NodeId, String> ids = new LinkedHashMap<>();
        for (TraceNode n : graph.nodes()) {
            if (n.kind() == NodeKind.SPEC
                    || n.kind() == NodeKind.REQUIREMENT
                    || n.kind() == NodeKind.GLOSSARY_TERM) {
                continue;
            }
            if (n.kind() == NodeKind.DESIGN_SECTION
                    && graph.outgoing(n.id()).stream()
                            .noneMatch(l -> l.kind() == LinkKind.VALIDATES)) {
                continue;
            }
            String id = "n" + ids.size();
            ids.put(n.id(), id);
            String label =
                    n.kind().label()
                            + " "
                            + (n.spec().isEmpty() ? "" : n.spec() + "/")
                            + n.id().local();
            String shape =
                    n.kind() == NodeKind.CRITERION
                            ? "([\"%s\"])"
                            : n.kind() == NodeKind.TASK
                                    ? "[\"%s\"]"
                                    : n.kind() == NodeKind.TEST || n.kind() == NodeKind.CODE
                                            ? "{{\"%s\"}}"
                                            : "[/\"%s\"/]";
            sb.append("  ")
                    .append(id)
                    .append(String.format(Locale.ROOT, shape, mermaidEsc(label)))
                    .append('\n');
        }
        for (TraceLink l : graph.links()) {
            String a = ids.get(l.source());
            String b = ids.get(l.target());
            if (a == null || b == null || l.kind() == LinkKind.PART_OF) {
                continue;
            }
            sb.append("  ")
                    .append(a)
                    .append(l.isExplicit() ? " -->|" : " -.->|")
                    .append(l.kind().name().toLowerCase(Locale.ROOT))
                    .append("| ")
                    .append(b)
                    .append('\n');
        }
        return sb.toString();
    }

    private static String mermaidEsc(String s) {
        return s.replace("\"", "#quot;").replace("\n", " ");
    }

    // ------------------------------------------------------------------ dot / graphml

    private Map<NodeId, String> vertexIds() {
        Map<NodeId, String> ids = new HashMap<>();
        for (TraceNode n : graph.nodes()) {
            ids.put(n.id(), "n" + ids.size());
        }
        return ids;
    }

    private Map<String, Attribute> vertexAttributes(NodeId v) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(v.toString()));
        a.put("kind", DefaultAttribute.createAttribute(v.kind().label()));
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(TraceLink e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(e.kind().name()));
        a.put("origin", DefaultAttribute.createAttribute(e.origin().name()));
        a.put("score", DefaultAttribute.createAttribute(e.score()));
        return a;
    }

    String dot() {
        Map<NodeId, String> ids = vertexIds();
        DOTExporter<NodeId, TraceLink> ex = new DOTExporter<>(ids::get);
        ex.setVertexAttributeProvider(this::vertexAttributes);
        ex.setEdgeAttributeProvider(TraceReport::edgeAttributes);
        StringWriter w = new StringWriter();
        Graph<NodeId, TraceLink> g = graph.asGraph();
        ex.exportGraph(g, w);
        return w.toString();
    }

    String graphml() {
        Map<NodeId, String> ids = vertexIds();
        GraphMLExporter<NodeId, TraceLink> ex = new GraphMLExporter<>(ids::get);
        ex.registerAttribute("name", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("kind", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("label", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute(
                "origin", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute("score", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        ex.setVertexAttributeProvider(
                v -> {
                    Map<String, Attribute> a = new LinkedHashMap<>();
                    a.put("name", DefaultAttribute.createAttribute(v.toString()));
                    a.put("kind", DefaultAttribute.createAttribute(v.kind().label()));
                    return a;
                });
        ex.setEdgeAttributeProvider(TraceReport::edgeAttributes);
        StringWriter w = new StringWriter();
        ex.exportGraph(graph.asGraph(), w);
        return w.toString();
    }
}
