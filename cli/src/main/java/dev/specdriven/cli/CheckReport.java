package dev.specdriven.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.ears.EarsPattern;
import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecCode;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of {@code specdriven check} in its three formats: text for people, JSON ({@code
 * schemaVersion} 2, with the {@code coverage} and {@code trace} sections of {@link
 * CheckTraceSections}) and SARIF 2.1.0. All JSON is built with Jackson tree nodes.
 */
final class CheckReport {

    /** Version of the JSON report shape; bump it when the shape changes incompatibly. */
    static final int SCHEMA_VERSION = 2;

    static final String TOOL_VERSION = "0.1.0-SNAPSHOT";

    private final Workspace workspace;
    private final List<Diagnostic> diagnostics;

    CheckReport(Workspace workspace, List<Diagnostic> diagnostics) {
        this.workspace = workspace;
        this.diagnostics = List.copyOf(diagnostics);
    }

    long count(Severity s) {
        return diagnostics.stream().filter(d -> d.severity() == s).count();
    }

    /** Per-spec figures shared by the text and JSON formats. */
    static final class Summary {
        final List<String> files = new ArrayList<>();
        int requirements;
        int criteria;
        final Map<String, Integer> patterns = new LinkedHashMap<>();
        int tasks;
        int done;
        int inProgress;
        int queued;
        int optional;
        int sections;
        int properties;
    }

    static Summary summarize(Spec spec) {
        Summary s = new Summary();
        spec.config().ifPresent(c -> s.files.add(c.path()));
        for (SpecDocument d : spec.documents()) {
            s.files.add(d.path());
        }
        s.files.sort(String::compareTo);
        s.requirements = spec.allRequirements().size();
        for (EarsPattern p : EarsPatterns.all()) {
            s.patterns.put(p.id(), 0);
        }
        for (AcceptanceCriterion c : spec.criteria()) {
            s.criteria++;
            s.patterns.merge(c.ears().pattern().id(), 1, Integer::sum);
        }
        spec.tasks()
                .ifPresent(
                        t -> {
                            for (Task task : t.tasks()) {
                                s.tasks++;
                                if (task.state() == TaskState.DONE) {
                                    s.done++;
                                } else if (task.state() == TaskState.IN_PROGRESS) {
                                    s.inProgress++;
                                } else if (task.state() == TaskState.QUEUED) {
                                    s.queued++;
                                }
                                if (task.optional()) {
                                    s.optional++;
                                }
                            }
                        });
        spec.design()
                .ifPresent(
                        d -> {
                            s.sections = d.sections().size();
                            s.properties = d.properties().size();
                        });
        return s;
    }

    private boolean belongsTo(Diagnostic d, Spec spec) {
        if (d.file().isEmpty()) {
            return false;
        }
        String f = d.file().get();
        return spec.path().equals(".") || f.equals(spec.path()) || f.startsWith(spec.path() + "/");
    }

    private List<Diagnostic> outside() {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (workspace.specs().stream().noneMatch(s -> belongsTo(d, s))) {
                out.add(d);
            }
        }
        return out;
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        sb.append("workspace ")
                .append(workspace.root())
                .append(" (")
                .append(workspace.layout().name().toLowerCase(Locale.ROOT))
                .append(", ")
                .append(workspace.specs().size())
                .append(workspace.specs().size() == 1 ? " spec" : " specs");
        if (!workspace.steering().isEmpty()) {
            sb.append(", ").append(workspace.steering().size()).append(" steering documents");
        }
        sb.append(')').append(nl);
        for (Diagnostic d : outside()) {
            sb.append("  ").append(d).append(nl);
        }
        for (Spec spec : workspace.specs()) {
            Summary s = summarize(spec);
            sb.append(nl)
                    .append("spec ")
                    .append(spec.name())
                    .append(" (")
                    .append(spec.path())
                    .append(spec.isBugfix() ? ", bugfix" : "")
                    .append(')')
                    .append(nl);
            sb.append("  files: ")
                    .append(s.files.isEmpty() ? "(none)" : String.join(" ", s.files))
                    .append(nl);
            sb.append("  requirements ")
                    .append(s.requirements)
                    .append(", criteria ")
                    .append(s.criteria);
            List<String> pats = new ArrayList<>();
            s.patterns.forEach(
                    (k, v) -> {
                        if (v > 0) {
                            pats.add(k + " " + v);
                        }
                    });
            if (!pats.isEmpty()) {
                sb.append(" (").append(String.join(", ", pats)).append(')');
            }
            sb.append(nl);
            if (spec.design().isPresent()) {
                sb.append("  design sections ")
                        .append(s.sections)
                        .append(", correctness properties ")
                        .append(s.properties)
                        .append(nl);
            }
            if (spec.tasks().isPresent()) {
                sb.append("  tasks ")
                        .append(s.tasks)
                        .append(" (done ")
                        .append(s.done)
                        .append(", in progress ")
                        .append(s.inProgress)
                        .append(", queued ")
                        .append(s.queued)
                        .append(", optional ")
                        .append(s.optional)
                        .append(')')
                        .append(nl);
            }
            for (Diagnostic d : diagnostics) {
                if (belongsTo(d, spec)) {
                    sb.append("  ").append(d).append(nl);
                }
            }
        }
        sb.append(nl)
                .append("summary: ")
                .append(count(Severity.ERROR))
                .append(" errors, ")
                .append(count(Severity.WARNING))
                .append(" warnings, ")
                .append(count(Severity.INFO))
                .append(" notes")
                .append(nl);
        return sb.toString();
    }

    ObjectNode json(ObjectMapper m) {
        ObjectNode root = m.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("workspace", workspace.root().toString());
        root.put("layout", workspace.layout().name());
        ArrayNode specs = root.putArray("specs");
        for (Spec spec : workspace.specs()) {
            Summary s = summarize(spec);
            ObjectNode n = specs.addObject();
            n.put("name", spec.name());
            n.put("path", spec.path());
            n.put("type", spec.isBugfix() ? "bugfix" : "feature");
            ArrayNode files = n.putArray("files");
            s.files.forEach(files::add);
            n.put("requirements", s.requirements);
            n.put("criteria", s.criteria);
            ObjectNode pats = n.putObject("earsPatterns");
            s.patterns.forEach(pats::put);
            n.put("designSections", s.sections);
            n.put("correctnessProperties", s.properties);
            n.put("tasks", s.tasks);
            n.put("tasksDone", s.done);
            n.put("tasksInProgress", s.inProgress);
            n.put("tasksQueued", s.queued);
            n.put("optionalTasks", s.optional);
        }
        ArrayNode ds = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ds.add(Json.diagnostic(m, d));
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", count(Severity.ERROR));
        summary.put("warnings", count(Severity.WARNING));
        summary.put("infos", count(Severity.INFO));
        return root;
    }

    static String level(Severity s) {
        switch (s) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    ObjectNode sarif(ObjectMapper m) {
        ObjectNode root = m.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "specdriven");
        driver.put("version", TOOL_VERSION);
        driver.put("informationUri", "https://github.com/specdriven/specdriven");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (SpecCode c : SpecCode.values()) {
            ruleIndex.put(c.code(), ruleIndex.size());
            rule(rules.addObject(), c.code(), c.name(), c.title(), c.fix(), c.defaultSeverity());
        }
        for (Diagnostic d : diagnostics) {
            if (!ruleIndex.containsKey(d.code())) {
                ruleIndex.put(d.code(), ruleIndex.size());
                rule(rules.addObject(), d.code(), d.code(), d.message(), d.fix(), d.severity());
            }
        }
        ObjectNode base = run.putObject("originalUriBaseIds").putObject("WORKSPACE");
        String uri = workspace.root().toAbsolutePath().normalize().toUri().toString();
        base.put("uri", uri.endsWith("/") ? uri : uri + "/");
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics) {
            ObjectNode r = results.addObject();
            r.put("ruleId", d.code());
            r.put("ruleIndex", ruleIndex.get(d.code()));
            r.put("level", level(d.severity()));
            r.putObject("message")
                    .put("text", d.message() + (d.fix().isEmpty() ? "" : " (" + d.fix() + ")"));
            if (d.file().isPresent()) {
                ObjectNode phys = r.putArray("locations").addObject().putObject("physicalLocation");
                ObjectNode art = phys.putObject("artifactLocation");
                art.put("uri", d.file().get());
                art.put("uriBaseId", "WORKSPACE");
                ObjectNode region = phys.putObject("region");
                region.put("startLine", d.line());
                region.put("startColumn", d.column());
                region.put("endLine", d.span().end().line());
                region.put("endColumn", d.span().end().column());
            }
        }
        return root;
    }

    private static void rule(
            ObjectNode r, String id, String name, String title, String fix, Severity severity) {
        r.put("id", id);
        r.put("name", name);
        r.putObject("shortDescription").put("text", title);
        r.putObject("help").put("text", fix.isEmpty() ? title : fix);
        r.putObject("defaultConfiguration").put("level", level(severity));
    }
}
