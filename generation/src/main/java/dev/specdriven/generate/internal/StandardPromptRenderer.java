package dev.specdriven.generate.internal;

import dev.specdriven.ears.Clause;
import dev.specdriven.generate.GenerationContext;
import dev.specdriven.generate.GenerationDiagnostic;
import dev.specdriven.generate.ImpactScope;
import dev.specdriven.generate.spi.PromptRenderer;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.GlossaryTerm;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.SteeringDocument;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The default prompt: plain Markdown sections, deterministic. */
public final class StandardPromptRenderer implements PromptRenderer {
    /** The shared instance. */
    public static final StandardPromptRenderer INSTANCE = new StandardPromptRenderer();

    private StandardPromptRenderer() {}

    @Override
    public String render(
            GenerationContext context,
            int round,
            Optional<String> previousOutput,
            List<GenerationDiagnostic> diagnostics) {
        StringBuilder b = new StringBuilder();
        String file = context.kind().fileName();
        b.append("# Task\n\n");
        if (context.scope().isPresent()) {
            b.append("Update ").append(file).append(" of the spec '").append(context.specName());
            b.append("' after a change of its requirements. Rewrite only what is in scope.\n\n");
        } else if (context.isUpdate()) {
            b.append("Regenerate ").append(file).append(" of the spec '");
            b.append(context.specName()).append("' from its requirements.\n\n");
        } else {
            b.append("Write ").append(file).append(" of the spec '").append(context.specName());
            b.append("'.\n\n");
        }
        context.featureIdea()
                .ifPresent(i -> b.append("## Feature idea\n\n").append(i.strip()).append("\n\n"));
        b.append("## Output contract\n\n").append(context.contract().text()).append('\n');
        for (SteeringDocument s : context.steering()) {
            b.append("## Steering: ").append(s.path()).append("\n\n");
            b.append(s.source().text().strip()).append("\n\n");
        }
        if (!context.glossary().isEmpty()) {
            b.append("## Glossary\n\n");
            for (GlossaryTerm t : context.glossary()) {
                b.append("- ").append(t.term()).append(": ").append(t.definition()).append('\n');
            }
            b.append('\n');
        }
        context.requirements()
                .ifPresent(
                        doc -> {
                            b.append("## Requirements\n\n");
                            for (Requirement r : doc.requirements()) {
                                b.append("### Requirement ").append(r.id());
                                if (!r.title().isEmpty()) {
                                    b.append(": ").append(r.title());
                                }
                                b.append('\n');
                                r.story().ifPresent(s -> b.append(s.text().strip()).append('\n'));
                                for (AcceptanceCriterion c : r.criteria()) {
                                    b.append("- ").append(c.id()).append(" [");
                                    b.append(c.ears().pattern().id()).append("] ");
                                    b.append(c.text().strip()).append('\n');
                                    String parts =
                                            c.ears().clauses().stream()
                                                    .map(StandardPromptRenderer::clause)
                                                    .collect(Collectors.joining("; "));
                                    if (!parts.isEmpty()) {
                                        b.append("  - parts: ").append(parts).append('\n');
                                    }
                                }
                                b.append('\n');
                            }
                        });
        context.currentDesign()
                .ifPresent(
                        d ->
                                b.append("## Current design.md\n\n")
                                        .append(d.source().text().strip())
                                        .append("\n\n"));
        context.currentTasks()
                .ifPresent(
                        t ->
                                b.append("## Current tasks.md\n\n")
                                        .append(t.source().text().strip())
                                        .append("\n\n"));
        context.scope().ifPresent(s -> scope(b, s));
        if (round > 0) {
            b.append("## Repair (round ").append(round).append(")\n\n");
            b.append("Your previous output had these problems. Return the corrected complete");
            b.append(" document.\n\n");
            for (GenerationDiagnostic d : diagnostics) {
                b.append("- ").append(d).append('\n');
            }
            previousOutput.ifPresent(
                    p -> b.append("\n### Previous output\n\n").append(p.strip()).append('\n'));
        }
        return b.toString();
    }

    private static void scope(StringBuilder b, ImpactScope s) {
        b.append("## Scope\n\n");
        b.append("- changed criteria: ").append(join(s.changedCriteria())).append('\n');
        b.append("- design sections to rewrite: ").append(join(s.designSections())).append('\n');
        b.append("- tasks to rewrite: ").append(join(s.tasks())).append('\n');
        b.append("- tasks to copy byte for byte: ").append(join(s.keptTasks())).append('\n');
        b.append("- criteria needing new sections or tasks: ");
        b.append(join(s.uncoveredCriteria())).append("\n\n");
    }

    private static String join(List<?> items) {
        return items.isEmpty()
                ? "(none)"
                : items.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String clause(Clause c) {
        return c.kind().name().toLowerCase(java.util.Locale.ROOT) + "=" + c.text().strip();
    }
}
