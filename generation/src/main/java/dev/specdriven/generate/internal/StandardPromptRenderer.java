package dev.specdriven.generate.internal;

import dev.specdriven.ears.Clause;
import dev.specdriven.generate.GenCode;
import dev.specdriven.generate.GenerationContext;
import dev.specdriven.generate.GenerationDiagnostic;
import dev.specdriven.generate.ImpactScope;
import dev.specdriven.generate.Prompt;
import dev.specdriven.generate.PromptMessage;
import dev.specdriven.generate.spi.PromptRenderer;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.BugfixDocument;
import dev.specdriven.spec.GlossaryTerm;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.SteeringDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The default prompt, deterministic: a system message with the task, the output contract and the
 * rules, a user message with the context, and in repair rounds the previous answer (assistant) and
 * what was wrong with it (user).
 */
public final class StandardPromptRenderer implements PromptRenderer {
    /** The shared instance. */
    public static final StandardPromptRenderer INSTANCE = new StandardPromptRenderer();

    private StandardPromptRenderer() {}

    @Override
    public Prompt render(
            GenerationContext context,
            int round,
            Optional<String> previousOutput,
            List<GenerationDiagnostic> diagnostics) {
        List<PromptMessage> messages = new ArrayList<>();
        messages.add(PromptMessage.system(system(context)));
        messages.add(PromptMessage.user(user(context)));
        if (round > 0) {
            previousOutput.ifPresent(p -> messages.add(PromptMessage.assistant(p)));
            messages.add(PromptMessage.user(repair(context, round, diagnostics)));
        }
        return new Prompt(messages);
    }

    private static String system(GenerationContext context) {
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
        b.append("## Output contract\n\n").append(context.contract().text()).append('\n');
        b.append("## Rules\n\n");
        b.append("- Answer with the complete document and nothing else: no code fence around it,");
        b.append(" no sentence before or after it.\n");
        b.append("- Cite only the criterion ids listed in the context; never invent one.\n");
        b.append("- Write in the language of the requirements.\n");
        return b.toString();
    }

    private static String user(GenerationContext context) {
        StringBuilder b = new StringBuilder();
        b.append("# Context of the spec '").append(context.specName()).append("'\n\n");
        context.featureIdea()
                .ifPresent(i -> b.append("## Feature idea\n\n").append(i.strip()).append("\n\n"));
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
                            requirements(b, doc.requirements());
                        });
        if (context.isBugfix()) {
            b.append("## Bug analysis (bugfix.md)\n\n");
            BugfixDocument bug = context.bugfix().get();
            bug.introduction()
                    .ifPresent(
                            i -> {
                                String text = bug.source().text();
                                int from = Math.min(i.span().startOffset(), text.length());
                                int to =
                                        Math.max(
                                                from,
                                                Math.min(i.span().endOffset(), text.length()));
                                b.append(text, from, to).append("\n\n");
                            });
            requirements(b, bug.requirements());
        }
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
        return b.toString();
    }

    private static void requirements(StringBuilder b, List<Requirement> requirements) {
        for (Requirement r : requirements) {
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
    }

    private static String repair(
            GenerationContext context, int round, List<GenerationDiagnostic> diagnostics) {
        StringBuilder b = new StringBuilder();
        b.append("## Repair (round ").append(round).append(")\n\n");
        b.append("Your previous answer is not accepted yet.");
        for (String line : summary(context, diagnostics)) {
            b.append(' ').append(line);
        }
        b.append(" Return the corrected complete document, and only the document.\n\n");
        b.append("Problems:\n\n");
        for (GenerationDiagnostic d : diagnostics) {
            b.append("- ").append(d).append('\n');
        }
        return b.toString();
    }

    /** One sentence per kind of problem that names what to fix, in the order of first mention. */
    static List<String> summary(GenerationContext context, List<GenerationDiagnostic> diagnostics) {
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        for (GenerationDiagnostic d : diagnostics) {
            String target = d.target();
            String item =
                    target.startsWith("criterion ")
                            ? target.substring("criterion ".length())
                            : target.startsWith("section ")
                                    ? "'" + target.substring("section ".length()) + "'"
                                    : null;
            if (item != null) {
                List<String> l = byCode.computeIfAbsent(d.code(), k -> new ArrayList<>());
                if (!l.contains(item)) {
                    l.add(item);
                }
            } else {
                byCode.computeIfAbsent(d.code(), k -> new ArrayList<>());
            }
        }
        String noun = context.isBugfix() ? "clause" : "criterion";
        String nouns = context.isBugfix() ? "clauses" : "criteria";
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byCode.entrySet()) {
            List<String> items = e.getValue();
            String list = String.join(", ", items);
            String many = items.size() == 1 ? noun + " " + list : nouns + " " + list;
            if (e.getKey().equals(GenCode.CRITERION_NOT_IN_DESIGN.code()) && !items.isEmpty()) {
                out.add("The design does not reference " + many + ".");
            } else if (e.getKey().equals(GenCode.CRITERION_NOT_IN_TASKS.code())
                    && !items.isEmpty()) {
                out.add("No task references " + many + ".");
            } else if (e.getKey().equals(GenCode.MISSING_SECTION.code()) && !items.isEmpty()) {
                out.add("Sections are missing: " + list + ".");
            } else if (e.getKey().equals(GenCode.DANGLING_REFERENCE.code())) {
                out.add("It cites ids that do not exist.");
            } else if (e.getKey().equals(GenCode.NOT_A_DOCUMENT.code())
                    || e.getKey().equals(GenCode.EMPTY_OUTPUT.code())) {
                out.add("It is not a " + context.kind().fileName() + " document.");
            }
        }
        return out;
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
