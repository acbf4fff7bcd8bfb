package dev.specdriven.workflow;

import static dev.specdriven.workflow.Locations.file;
import static dev.specdriven.workflow.Locations.start;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.trace.TraceGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The design-completeness gate: every configured topic ({@link WorkflowConfig#designSections()})
 * needs a matching design heading ({@code FLOW010}), and requirements or design need a scope
 * section when {@link WorkflowConfig#requireScope()} ({@code FLOW011}).
 *
 * <pre>{@code
 * List<Diagnostic> missing = SpecWorkflow.create().designCompleteness().check(spec);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; get one from {@link
 * SpecWorkflow#designCompleteness()}.
 */
public final class DesignCompleteness implements WorkflowGate {

    private static final Pattern SCOPE =
            Pattern.compile(
                    "\\b(?:scope|out[- ]of[- ]scope|non[- ]goals?|boundar(?:y|ies)|exclusions?|not in scope)\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING_NOISE = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final WorkflowConfig config;

    DesignCompleteness(WorkflowConfig config) {
        this.config = config;
    }

    /**
     * Checks one spec.
     *
     * @param spec the spec
     * @return {@link FlowCode#DESIGN_SECTION_MISSING} per missing topic, and {@link
     *     FlowCode#SCOPE_SECTION_MISSING} when a scope section is required and absent
     */
    public List<Diagnostic> check(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        List<Diagnostic> out = new ArrayList<>();
        spec.design()
                .ifPresent(
                        d -> {
                            for (Map.Entry<String, List<String>> topic :
                                    config.designSections().entrySet()) {
                                boolean found =
                                        d.sections().stream()
                                                .anyMatch(
                                                        s -> matches(s.title(), topic.getValue()));
                                if (!found) {
                                    out.add(
                                            FlowCode.DESIGN_SECTION_MISSING
                                                    .at(
                                                            start(),
                                                            d.path()
                                                                    + " has no '"
                                                                    + topic.getKey()
                                                                    + "' section (headings accepted: "
                                                                    + String.join(
                                                                            ", ", topic.getValue())
                                                                    + ")")
                                                    .withFile(d.path()));
                                }
                            }
                        });
        if (config.requireScope() && (spec.design().isPresent() || spec.tasks().isPresent())) {
            boolean scope =
                    spec.requirements().map(r -> hasScope(r.sections())).orElse(false)
                            || spec.design().map(d -> hasScope(d.sections())).orElse(false);
            if (!scope) {
                String p =
                        spec.requirements()
                                .map(SpecDocument::path)
                                .orElse(file(spec, "requirements.md"));
                out.add(
                        FlowCode.SCOPE_SECTION_MISSING
                                .at(
                                        start(),
                                        "spec "
                                                + spec.name()
                                                + " has no scope boundary or out-of-scope section")
                                .withFile(p));
            }
        }
        return out;
    }

    /**
     * Checks one spec; the graph is not used.
     *
     * @param spec the spec
     * @param graph the trace graph (unused)
     * @return the diagnostics of {@link #check(Spec)}
     */
    @Override
    public List<Diagnostic> check(Spec spec, TraceGraph graph) {
        Objects.requireNonNull(graph, "graph must not be null");
        return check(spec);
    }

    private static boolean hasScope(List<Section> sections) {
        return sections.stream().anyMatch(s -> SCOPE.matcher(s.title()).find());
    }

    /**
     * Whether a heading matches one of the synonyms: case-insensitive, numbering and punctuation
     * ignored, synonyms matched as whole words.
     *
     * @param heading the heading text
     * @param synonyms the synonyms
     * @return true when one matches
     */
    static boolean matches(String heading, List<String> synonyms) {
        String h =
                " "
                        + HEADING_NOISE
                                .matcher(heading.toLowerCase(Locale.ROOT))
                                .replaceAll(" ")
                                .strip()
                        + " ";
        for (String s : synonyms) {
            String n = HEADING_NOISE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            if (!n.isEmpty() && h.contains(" " + n + " ")) {
                return true;
            }
        }
        return false;
    }
}
