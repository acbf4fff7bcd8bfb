package dev.specdriven.examples.gen;

import dev.specdriven.generate.BuiltinBackend;
import dev.specdriven.generate.GenerationContext;
import dev.specdriven.generate.GenerationRequest;
import dev.specdriven.generate.spi.ModelBackend;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.GlossaryTerm;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.RequirementsDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A template backend that organises the design and the plan by <em>component</em> (the system named
 * by each EARS criterion) instead of by requirement. It shows how a host backend reads the
 * structured {@link GenerationContext} rather than the prompt, and how it can delegate what it does
 * not handle (requirements, impact-scoped updates) to the {@link BuiltinBackend}.
 *
 * <p>Installed for {@link java.util.ServiceLoader} by {@code provides … with} in {@code
 * module-info.java} and by {@code META-INF/services/dev.specdriven.generate.spi.ModelBackend}:
 *
 * <pre>{@code
 * SPECDRIVEN_CLASSPATH=examples/target/examples-0.1.0-SNAPSHOT.jar \
 *     ./specdriven generate design examples/workspace order-checkout --backend component-template
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComponentTemplateBackend implements ModelBackend {
    /** The id, {@code component-template}. */
    public static final String ID = "component-template";

    private final BuiltinBackend fallback = new BuiltinBackend();

    /** Creates the backend (public for {@link java.util.ServiceLoader}). */
    public ComponentTemplateBackend() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String complete(GenerationRequest request) {
        GenerationContext ctx = request.context();
        if (ctx.scope().isPresent() || ctx.requirements().isEmpty()) {
            return fallback.complete(request);
        }
        switch (ctx.kind()) {
            case DESIGN:
                return design(ctx);
            case TASKS:
                return tasks(ctx);
            default:
                return fallback.complete(request);
        }
    }

    /** Criteria by system name, in order of first mention. */
    private static Map<String, List<AcceptanceCriterion>> bySystem(GenerationContext ctx) {
        Map<String, List<AcceptanceCriterion>> m = new LinkedHashMap<>();
        for (AcceptanceCriterion c : ctx.criteria()) {
            String system = c.ears().systemName().map(String::strip).orElse("General");
            m.computeIfAbsent(system, k -> new ArrayList<>()).add(c);
        }
        return m;
    }

    private static String ids(List<AcceptanceCriterion> cs) {
        return cs.stream().map(c -> c.id().toString()).collect(Collectors.joining(", "));
    }

    private static String title(GenerationContext ctx) {
        return ctx.requirements()
                .flatMap(RequirementsDocument::title)
                .map(t -> t.contains(":") ? t.substring(t.indexOf(':') + 1).strip() : t)
                .orElse(ctx.specName());
    }

    private static String design(GenerationContext ctx) {
        Map<String, List<AcceptanceCriterion>> systems = bySystem(ctx);
        Map<String, String> glossary = new LinkedHashMap<>();
        for (GlossaryTerm t : ctx.glossary()) {
            glossary.put(t.normalized(), t.definition().strip());
        }
        StringBuilder b = new StringBuilder();
        b.append("# Design Document: ").append(title(ctx)).append("\n\n");
        b.append("## Overview\n\nOne component per system of the acceptance criteria: ");
        b.append(String.join(", ", systems.keySet())).append(".\n\n");
        b.append("## Architecture\n\n| Component | Responsibility | Criteria |\n");
        b.append("|-----------|----------------|----------|\n");
        for (Map.Entry<String, List<AcceptanceCriterion>> e : systems.entrySet()) {
            b.append("| ").append(e.getKey()).append(" | ");
            b.append(glossary.getOrDefault(GlossaryTerm.normalize(e.getKey()), "-"));
            b.append(" | ").append(e.getValue().size()).append(" |\n");
        }
        b.append("\n## Components and Interfaces\n");
        for (Map.Entry<String, List<AcceptanceCriterion>> e : systems.entrySet()) {
            b.append("\n### ").append(e.getKey()).append("\n\n");
            for (AcceptanceCriterion c : e.getValue()) {
                b.append("- ").append(c.ears().response().orElse(c.text()).strip()).append('\n');
            }
            b.append("\n_Requirements: ").append(ids(e.getValue())).append("_\n");
        }
        b.append("\n## Data Models\n\nSee the glossary of the requirements.\n");
        b.append("\n## Correctness Properties\n");
        int n = 0;
        for (Map.Entry<String, List<AcceptanceCriterion>> e : systems.entrySet()) {
            n++;
            b.append("\n### Property ").append(n).append(": ").append(e.getKey());
            b.append(" honours its criteria\n\n*For any* request, the ").append(e.getKey());
            b.append(" behaves as its criteria state.\n\n**Validates: Requirements ");
            b.append(ids(e.getValue())).append("**\n");
        }
        b.append("\n## Error Handling\n\nEvery component reports failures as typed errors.\n");
        b.append("\n## Testing Strategy\n\nOne test class per component, one property test per");
        b.append(" property.\n");
        return b.toString();
    }

    private static String tasks(GenerationContext ctx) {
        Map<String, List<AcceptanceCriterion>> systems = bySystem(ctx);
        List<Requirement> reqs =
                ctx.requirements().map(RequirementsDocument::requirements).orElse(List.of());
        StringBuilder b = new StringBuilder();
        b.append("# Implementation Plan: ").append(title(ctx)).append("\n");
        int n = 0;
        for (Map.Entry<String, List<AcceptanceCriterion>> e : systems.entrySet()) {
            n++;
            b.append("\n- [ ] ").append(n).append(". Build the ").append(e.getKey()).append('\n');
            int k = 0;
            for (Requirement r : reqs) {
                List<AcceptanceCriterion> mine =
                        e.getValue().stream().filter(r.criteria()::contains).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                k++;
                b.append("  - [ ] ").append(n).append('.').append(k).append(' ');
                b.append(r.title().isBlank() ? "Requirement " + r.id() : r.title());
                b.append(" in ").append(e.getKey()).append('\n');
                b.append("    - _Requirements: ").append(ids(mine)).append("_\n");
            }
        }
        b.append("\n- [ ] ").append(n + 1);
        b.append(". Checkpoint - Ensure all tests pass, ask the user if questions arise.\n");
        return b.toString();
    }
}
