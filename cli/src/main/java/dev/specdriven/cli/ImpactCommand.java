package dev.specdriven.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.trace.Impact;
import dev.specdriven.trace.ImpactedNode;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.NodeKind;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.trace.TraceLink;
import dev.specdriven.trace.TraceNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code specdriven impact}: what a change of criteria (or other elements) affects. */
@Command(
        name = "impact",
        mixinStandardHelpOptions = true,
        description = {
            "Lists every design section, property, task, test and code location transitively"
                    + " affected by a change of the given elements of one spec.",
            "Elements: a criterion (2.3), a requirement (2 or requirement:2), kind:id with kind"
                    + " task, property, section, term (task:4.1, property:3, section:data-models),"
                    + " or a node id as other commands print it (task:checkout/4.1).",
            "Exit code: 0 success, 2 usage or I/O error (unknown spec or element)."
        })
final class ImpactCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text or json (schemaVersion 1).")
    Format format;

    @Option(
            names = "--include-inferred",
            description = "Follow inferred links too (explicit links only by default).")
    boolean includeInferred;

    @Option(
            names = "--evidence",
            paramLabel = "PATH",
            description = "Evidence to include, so that affected tests are listed. Repeatable.")
    List<Path> evidence = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    @Parameters(index = "1", paramLabel = "SPEC", description = "The spec name.")
    String specName;

    @Parameters(
            index = "2..*",
            arity = "1..*",
            paramLabel = "ID",
            description = "Changed elements.")
    List<String> ids;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TraceSupport.Loaded loaded = TraceSupport.load("impact", workspace, evidence, err);
        if (loaded.exit != 0) {
            return loaded.exit;
        }
        TraceGraph graph = loaded.graph;
        if (graph.spec(specName).isEmpty()) {
            err.println(
                    "specdriven impact: no spec "
                            + specName
                            + " in "
                            + workspace
                            + " (specs: "
                            + String.join(", ", graph.specs())
                            + ")");
            return ExitCodes.USAGE;
        }
        List<NodeId> changed = new ArrayList<>();
        for (String id : ids) {
            Optional<NodeId> n;
            try {
                n = graph.element(specName, id);
            } catch (IllegalArgumentException e) {
                err.println("specdriven impact: " + id + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (n.isEmpty()) {
                err.println("specdriven impact: no element " + id + " in spec " + specName);
                return ExitCodes.USAGE;
            }
            changed.add(n.get());
        }
        Impact impact = graph.impact(changed, includeInferred);
        if (format == Format.json) {
            out.println(Json.write(Json.MAPPER, json(Json.MAPPER, graph, changed, impact)));
        } else {
            out.print(text(graph, changed, impact));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String text(TraceGraph graph, List<NodeId> changed, Impact impact) {
        StringBuilder sb = new StringBuilder();
        sb.append("Changed: ")
                .append(String.join(", ", changed.stream().map(NodeId::toString).toList()))
                .append('\n');
        NodeKind[] kinds = {
            NodeKind.CRITERION,
            NodeKind.DESIGN_SECTION,
            NodeKind.PROPERTY,
            NodeKind.TASK,
            NodeKind.TEST,
            NodeKind.CODE
        };
        for (NodeKind k : kinds) {
            List<ImpactedNode> list =
                    impact.affected().stream().filter(n -> n.node().kind() == k).toList();
            if (list.isEmpty()) {
                continue;
            }
            sb.append(k.label()).append(" (").append(list.size()).append(")\n");
            for (ImpactedNode n : list) {
                TraceNode t = graph.node(n.node()).orElseThrow();
                sb.append("  ")
                        .append(n.node().local())
                        .append("  ")
                        .append(t.label())
                        .append("  [")
                        .append(TraceSupport.where(t))
                        .append("] via ")
                        .append(n.via().kind())
                        .append(' ')
                        .append(n.via().target().local())
                        .append('\n');
            }
        }
        if (impact.affected().isEmpty()) {
            sb.append("Nothing traces to the changed elements.\n");
        }
        return sb.toString();
    }

    private static ObjectNode json(
            ObjectMapper m, TraceGraph graph, List<NodeId> changed, Impact impact) {
        ObjectNode root = m.createObjectNode();
        root.put("schemaVersion", TraceSupport.SCHEMA_VERSION);
        ArrayNode c = root.putArray("changed");
        changed.forEach(id -> c.add(id.toString()));
        ObjectNode counts = root.putObject("counts");
        for (NodeKind k : NodeKind.values()) {
            int n = impact.affected(k).size();
            if (n > 0) {
                counts.put(k.label(), n);
            }
        }
        ArrayNode affected = root.putArray("affected");
        for (ImpactedNode n : impact.affected()) {
            ObjectNode o = TraceSupport.node(m, graph, n.node());
            o.put("distance", n.distance());
            TraceLink via = n.via();
            ObjectNode v = o.putObject("via");
            v.put("kind", via.kind().name());
            v.put("origin", via.origin().name());
            v.put("score", via.score());
            v.put("from", via.source().toString());
            v.put("to", via.target().toString());
            v.put("text", via.text());
            via.file().ifPresent(f -> v.put("file", f));
            via.span().ifPresent(s -> v.put("line", s.start().line()));
            affected.add(o);
        }
        return root;
    }
}
