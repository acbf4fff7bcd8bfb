package dev.specdriven.generate.internal;

import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.generate.GenerationContext;
import dev.specdriven.generate.ImpactScope;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.BugfixDocument;
import dev.specdriven.spec.CorrectnessProperty;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.GlossaryTerm;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The deterministic documents of the built-in backend, written from the structured context only.
 */
public final class BuiltinWriter {
    private BuiltinWriter() {}

    private static final String CHECKPOINT =
            "Checkpoint - Ensure all tests pass, ask the user if questions arise.";

    /** A group of criteria of one requirement, by EARS pattern family. */
    record Group(
            Requirement requirement,
            String label,
            String taskVerb,
            List<AcceptanceCriterion> criteria) {}

    static List<Group> groups(Requirement r) {
        Map<String, List<AcceptanceCriterion>> m = new LinkedHashMap<>();
        m.put("main", new ArrayList<>());
        m.put("errors", new ArrayList<>());
        m.put("optional", new ArrayList<>());
        for (AcceptanceCriterion c : r.criteria()) {
            if (c.ears().pattern().equals(EarsPatterns.UNWANTED_BEHAVIOR)) {
                m.get("errors").add(c);
            } else if (c.ears().pattern().equals(EarsPatterns.OPTIONAL_FEATURE)) {
                m.get("optional").add(c);
            } else {
                m.get("main").add(c);
            }
        }
        List<Group> out = new ArrayList<>();
        if (!m.get("main").isEmpty()) {
            out.add(
                    new Group(
                            r, "main behaviour", "Implement the main behaviour of", m.get("main")));
        }
        if (!m.get("errors").isEmpty()) {
            out.add(new Group(r, "error handling", "Handle the error cases of", m.get("errors")));
        }
        if (!m.get("optional").isEmpty()) {
            out.add(
                    new Group(
                            r,
                            "optional features",
                            "Implement the optional features of",
                            m.get("optional")));
        }
        return out;
    }

    static String ids(List<AcceptanceCriterion> cs) {
        return cs.stream().map(c -> c.id().toString()).collect(Collectors.joining(", "));
    }

    static String sentence(AcceptanceCriterion c) {
        String t = c.text().strip().replaceAll("\\s+", " ");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    /** The requirements of the context, or the clause groups of a bugfix document. */
    static List<Requirement> requirementsOf(GenerationContext ctx) {
        if (ctx.requirements().isPresent()) {
            return ctx.requirements().get().requirements();
        }
        return ctx.bugfix().map(BugfixDocument::requirements).orElse(List.of());
    }

    static String title(GenerationContext ctx) {
        Optional<String> t =
                ctx.requirements()
                        .flatMap(RequirementsDocument::title)
                        .map(s -> s.contains(":") ? s.substring(s.indexOf(':') + 1).strip() : s);
        if (t.isPresent()
                && !t.get().isBlank()
                && !t.get().toLowerCase(Locale.ROOT).startsWith("requirements")) {
            return t.get();
        }
        return humanize(ctx.specName());
    }

    static String humanize(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[-_\\s]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.length() == 0 ? "Feature" : b.toString();
    }

    static List<String> systems(GenerationContext ctx) {
        Set<String> s = new LinkedHashSet<>();
        for (AcceptanceCriterion c : ctx.criteria()) {
            c.ears().systemName().ifPresent(n -> s.add(n.strip()));
        }
        return List.copyOf(s);
    }

    private static String reqTitle(Requirement r) {
        return r.title().isBlank() ? "Requirement part " + r.id() : r.title().strip();
    }

    // ---------------------------------------------------------------- design

    /**
     * The design for a context: a fresh skeleton, or the current design with the sections in scope
     * rewritten.
     *
     * @param ctx the context
     * @return the Markdown
     */
    public static String design(GenerationContext ctx) {
        if (ctx.scope().isPresent() && ctx.currentDesign().isPresent()) {
            return updateDesign(ctx, ctx.currentDesign().get(), ctx.scope().get());
        }
        if (ctx.isBugfix()) {
            return bugfixDesign(ctx);
        }
        StringBuilder b = new StringBuilder();
        List<Requirement> reqs =
                ctx.requirements().map(RequirementsDocument::requirements).orElse(List.of());
        String title = title(ctx);
        b.append("# Design Document: ").append(title).append("\n\n");
        b.append("## Overview\n\n");
        b.append("This design realises the ").append(reqs.size()).append(" requirements of ");
        b.append(title).append(": ");
        b.append(reqs.stream().map(BuiltinWriter::reqTitle).collect(Collectors.joining(", ")));
        b.append(".\n\n");
        b.append("## Architecture\n\n");
        List<String> systems = systems(ctx);
        Map<String, String> defs = new LinkedHashMap<>();
        for (GlossaryTerm t : ctx.glossary()) {
            defs.put(t.normalized(), t.definition().strip());
        }
        if (systems.isEmpty()) {
            b.append("One component realises every requirement.\n\n");
        } else {
            b.append("The feature is built from one component per system named in the acceptance");
            b.append(" criteria:\n\n");
            for (String s : systems) {
                b.append("- **").append(s).append("**: ");
                b.append(
                        defs.getOrDefault(
                                GlossaryTerm.normalize(s), "realises the criteria that name it."));
                b.append('\n');
            }
            b.append('\n');
        }
        b.append("## Components and Interfaces\n");
        for (Requirement r : reqs) {
            b.append("\n### ").append(reqTitle(r)).append("\n\n");
            b.append(componentBody(r.story().map(st -> st.text().strip()), r.criteria()));
        }
        b.append("\n## Data Models\n\n");
        Set<String> sys = new HashSet<>();
        systems.forEach(s -> sys.add(GlossaryTerm.normalize(s)));
        List<GlossaryTerm> entities =
                ctx.glossary().stream().filter(t -> !sys.contains(t.normalized())).toList();
        if (entities.isEmpty()) {
            b.append("No data beyond the state of the components above.\n");
        } else {
            b.append("| Entity | Definition |\n|--------|------------|\n");
            for (GlossaryTerm t : entities) {
                b.append("| ").append(t.term()).append(" | ");
                b.append(t.definition().strip().replace("|", "\\|")).append(" |\n");
            }
        }
        b.append("\n## Correctness Properties\n\n");
        b.append(
                "*A property is a characteristic or behaviour that holds in every valid execution");
        b.append(" of the system.*\n");
        int n = 0;
        List<AcceptanceCriterion> errors = new ArrayList<>();
        for (Requirement r : reqs) {
            for (Group g : groups(r)) {
                n++;
                b.append("\n### Property ").append(n).append(": ").append(reqTitle(r));
                b.append(" - ").append(g.label()).append("\n\n");
                b.append(propertyBody(g.criteria()));
                if (g.label().equals("error handling")) {
                    errors.addAll(g.criteria());
                }
            }
        }
        b.append("\n## Error Handling\n\n");
        if (errors.isEmpty()) {
            b.append("No error cases are specified.\n");
        } else {
            b.append(bullets(errors)).append('\n');
            b.append("_Requirements: ").append(ids(errors)).append("_\n");
        }
        b.append("\n## Testing Strategy\n\n");
        b.append("- Unit tests for every component of Components and Interfaces.\n");
        b.append("- One property-based test per correctness property");
        b.append(n > 0 ? " (" + n + " properties)" : "");
        b.append(", over at least 100 generated inputs each.\n");
        b.append("- One end-to-end test of the main flow.\n");
        return b.toString();
    }

    private static String componentBody(Optional<String> story, List<AcceptanceCriterion> cs) {
        StringBuilder b = new StringBuilder();
        story.ifPresent(s -> b.append("Realises the user story: ").append(s).append("\n\n"));
        if (cs.isEmpty()) {
            b.append("No acceptance criteria yet.\n");
            return b.toString();
        }
        b.append(bullets(cs)).append('\n');
        b.append("_Requirements: ").append(ids(cs)).append("_\n");
        return b.toString();
    }

    private static String bullets(List<AcceptanceCriterion> cs) {
        StringBuilder b = new StringBuilder();
        for (AcceptanceCriterion c : cs) {
            b.append("- **").append(c.id()).append("** ").append(sentence(c)).append(".\n");
        }
        return b.toString();
    }

    private static String propertyBody(List<AcceptanceCriterion> cs) {
        StringBuilder b = new StringBuilder("*For any* valid execution: ");
        b.append(cs.stream().map(BuiltinWriter::sentence).collect(Collectors.joining("; ")));
        b.append(".\n\n**Validates: Requirements ").append(ids(cs)).append("**\n");
        return b.toString();
    }

    private static final Pattern PROPERTY_TITLE =
            Pattern.compile("^(?:Property|属性)\\s*\\d+", Pattern.CASE_INSENSITIVE);

    private static String updateDesign(GenerationContext ctx, DesignDocument d, ImpactScope scope) {
        String text = d.source().text();
        List<Units.Range> ranges = Units.sectionRanges(d);
        Set<String> inScope = new HashSet<>(scope.designSections());
        StringBuilder b = new StringBuilder();
        int pos = 0;
        Map<String, AcceptanceCriterion> byId = new LinkedHashMap<>();
        ctx.criteria().forEach(c -> byId.put(c.id().toString(), c));
        int componentsEnd = -1;
        for (int i = 0; i < d.sections().size(); i++) {
            Section s = d.sections().get(i);
            if (s.title().toLowerCase(Locale.ROOT).contains("components")) {
                componentsEnd = Units.sectionEnd(text, ranges.get(i).start(), s.span().endOffset());
            }
        }
        List<int[]> cuts = new ArrayList<>();
        List<String> repl = new ArrayList<>();
        for (int i = 0; i < d.sections().size(); i++) {
            Section s = d.sections().get(i);
            if (!inScope.contains(s.anchor())) {
                continue;
            }
            Units.Range r = ranges.get(i);
            List<AcceptanceCriterion> cs = new ArrayList<>();
            for (RequirementReference ref : Units.within(d.references(), r)) {
                for (AcceptanceCriterion c : resolve(ctx, ref)) {
                    if (!cs.contains(c)) {
                        cs.add(c);
                    }
                }
            }
            String heading = text.substring(r.start(), lineEnd(text, r.start()));
            String body =
                    PROPERTY_TITLE.matcher(s.title()).lookingAt() && !cs.isEmpty()
                            ? propertyBody(cs)
                            : componentBody(Optional.empty(), cs);
            cuts.add(new int[] {r.start(), r.end()});
            repl.add(heading + "\n\n" + body);
        }
        if (!scope.uncoveredCriteria().isEmpty()) {
            StringBuilder add = new StringBuilder();
            Map<String, List<AcceptanceCriterion>> perReq = new LinkedHashMap<>();
            for (CriterionId id : scope.uncoveredCriteria()) {
                AcceptanceCriterion c = byId.get(id.toString());
                if (c != null) {
                    perReq.computeIfAbsent(id.requirement(), k -> new ArrayList<>()).add(c);
                }
            }
            for (Map.Entry<String, List<AcceptanceCriterion>> e : perReq.entrySet()) {
                String t =
                        requirementsOf(ctx).stream()
                                .filter(q -> q.id().equals(e.getKey()))
                                .findFirst()
                                .map(BuiltinWriter::reqTitle)
                                .orElse("Requirement part " + e.getKey());
                add.append("\n### ").append(t).append("\n\n");
                add.append(componentBody(Optional.empty(), e.getValue()));
            }
            int at = componentsEnd >= 0 ? componentsEnd : text.length();
            String pre = at == text.length() && !text.endsWith("\n") ? "\n" : "";
            cuts.add(new int[] {at, at});
            repl.add(pre + add);
        }
        // apply in order of position
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> Integer.compare(cuts.get(x)[0], cuts.get(y)[0]));
        for (int i : order) {
            int[] c = cuts.get(i);
            if (c[0] < pos) {
                continue;
            }
            b.append(text, pos, c[0]).append(repl.get(i));
            pos = c[1];
        }
        b.append(text, pos, text.length());
        return b.toString();
    }

    private static List<AcceptanceCriterion> resolve(
            GenerationContext ctx, RequirementReference ref) {
        List<AcceptanceCriterion> out = new ArrayList<>();
        for (AcceptanceCriterion c : ctx.criteria()) {
            if (Units.mentions(ref, List.of(c.id()))) {
                out.add(c);
            }
        }
        return out;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    // ---------------------------------------------------------------- tasks

    /**
     * The task list for a context: a fresh plan, or the current plan with the tasks in scope
     * rewritten and new tasks for uncovered criteria.
     *
     * @param ctx the context
     * @return the Markdown
     */
    public static String tasks(GenerationContext ctx) {
        if (ctx.scope().isPresent() && ctx.currentTasks().isPresent()) {
            return updateTasks(ctx, ctx.currentTasks().get(), ctx.scope().get());
        }
        if (ctx.isBugfix()) {
            return bugfixTasks(ctx);
        }
        List<Requirement> reqs =
                ctx.requirements().map(RequirementsDocument::requirements).orElse(List.of());
        StringBuilder b = new StringBuilder();
        b.append("# Implementation Plan: ").append(title(ctx)).append("\n\n");
        List<String> systems = systems(ctx);
        b.append("- [ ] 1. Set up the project structure and the component interfaces\n");
        b.append("  - Create ");
        b.append(systems.isEmpty() ? "the module of the feature" : String.join(", ", systems));
        b.append(" with their interfaces and test fixtures\n");
        int n = 1;
        List<CorrectnessProperty> props =
                ctx.currentDesign().map(DesignDocument::properties).orElse(List.of());
        for (Requirement r : reqs) {
            n++;
            b.append("\n- [ ] ").append(n).append(". Implement ").append(reqTitle(r)).append('\n');
            int k = 0;
            for (Group g : groups(r)) {
                k++;
                b.append("  - [ ] ").append(n).append('.').append(k).append(' ');
                b.append(g.taskVerb()).append(' ').append(reqTitle(r)).append('\n');
                for (AcceptanceCriterion c : g.criteria()) {
                    b.append("    - ").append(c.id()).append(": ").append(sentence(c)).append('\n');
                }
                b.append("    - _Requirements: ").append(ids(g.criteria())).append("_\n");
            }
            List<CriterionId> mine = r.criteria().stream().map(AcceptanceCriterion::id).toList();
            for (CorrectnessProperty p : props) {
                boolean validatesMine =
                        p.validatedReferences().stream().anyMatch(ref -> Units.mentions(ref, mine));
                if (!validatesMine) {
                    continue;
                }
                k++;
                b.append("  - [ ]* ").append(n).append('.').append(k);
                b.append(" Write a property test for Property ").append(p.number()).append('\n');
                b.append("    - **Property ").append(p.number()).append(": ");
                b.append(p.title().strip()).append("**\n");
                String v =
                        p.validatedReferences().stream()
                                .map(RequirementReference::raw)
                                .collect(Collectors.joining(", "));
                b.append("    - **Validates: Requirements ").append(v).append("**\n");
            }
        }
        n++;
        b.append("\n- [ ] ").append(n).append(". ").append(CHECKPOINT).append('\n');
        return b.toString();
    }

    private static final Pattern CRITERION_BULLET =
            Pattern.compile("^\\s*[-*+]\\s+\\d+(?:\\.\\d+)+: ");

    private static final Pattern REQ_LINE =
            Pattern.compile("^\\s*[-*+]\\s+[_*]{0,3}\\s*Req", Pattern.CASE_INSENSITIVE);

    private static String updateTasks(GenerationContext ctx, TasksDocument t, ImpactScope scope) {
        String text = t.source().text();
        List<Units.Range> ranges = Units.taskRanges(t);
        Set<String> inScope = new HashSet<>(scope.tasks());
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (int i = 0; i < t.tasks().size(); i++) {
            Task task = t.tasks().get(i);
            if (!inScope.contains(task.id())) {
                continue;
            }
            List<AcceptanceCriterion> cs = new ArrayList<>();
            for (RequirementReference ref : task.requirementReferences()) {
                for (AcceptanceCriterion c : resolve(ctx, ref)) {
                    if (!cs.contains(c)) {
                        cs.add(c);
                    }
                }
            }
            if (task.requirementReferences().isEmpty()) {
                continue;
            }
            Units.Range r = ranges.get(i);
            String own = text.substring(r.start(), r.end());
            String[] lines = own.split("\n", -1);
            String pad = " ".repeat(task.indent() + 2);
            StringBuilder nb = new StringBuilder(lines[0]).append('\n');
            boolean validatesOnly = true;
            for (int l = 1; l < lines.length; l++) {
                if (REQ_LINE.matcher(lines[l]).lookingAt()) {
                    validatesOnly = false;
                }
            }
            if (validatesOnly) {
                continue;
            }
            for (AcceptanceCriterion c : cs) {
                nb.append(pad)
                        .append("- ")
                        .append(c.id())
                        .append(": ")
                        .append(sentence(c))
                        .append('\n');
            }
            for (int l = 1; l < lines.length; l++) {
                if (!REQ_LINE.matcher(lines[l]).lookingAt()
                        && !CRITERION_BULLET.matcher(lines[l]).lookingAt()
                        && !lines[l].isBlank()) {
                    nb.append(lines[l]).append('\n');
                }
            }
            if (!cs.isEmpty()) {
                nb.append(pad).append("- _Requirements: ").append(ids(cs)).append("_\n");
            }
            b.append(text, pos, r.start()).append(nb);
            pos = r.end();
        }
        b.append(text, pos, text.length());
        if (!scope.uncoveredCriteria().isEmpty()) {
            if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
                b.append('\n');
            }
            int top = 0;
            for (Task task : t.tasks()) {
                try {
                    top = Math.max(top, Integer.parseInt(task.id().split("\\.")[0]));
                } catch (NumberFormatException e) {
                    // unnumbered
                }
            }
            Map<String, List<AcceptanceCriterion>> perReq = new LinkedHashMap<>();
            Set<String> uncovered = new TreeSet<>();
            scope.uncoveredCriteria().forEach(c -> uncovered.add(c.toString()));
            for (AcceptanceCriterion c : ctx.criteria()) {
                if (uncovered.contains(c.id().toString())) {
                    perReq.computeIfAbsent(c.id().requirement(), k -> new ArrayList<>()).add(c);
                }
            }
            for (Map.Entry<String, List<AcceptanceCriterion>> e : perReq.entrySet()) {
                top++;
                String title =
                        requirementsOf(ctx).stream()
                                .filter(q -> q.id().equals(e.getKey()))
                                .findFirst()
                                .map(BuiltinWriter::reqTitle)
                                .orElse("requirement " + e.getKey());
                b.append("\n- [ ] ").append(top).append(". ");
                b.append("Implement ").append(title).append(" (criteria ");
                b.append(ids(e.getValue())).append(")\n");
                for (AcceptanceCriterion c : e.getValue()) {
                    b.append("  - ").append(c.id()).append(": ").append(sentence(c)).append('\n');
                }
                b.append("  - _Requirements: ").append(ids(e.getValue())).append("_\n");
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- bugfix

    private static String bugfixTitle(GenerationContext ctx) {
        return humanize(ctx.specName());
    }

    /** The clause groups of a bugfix document by role: 1 defect, 2 expected, 3 unchanged. */
    private static List<AcceptanceCriterion> clauses(GenerationContext ctx, String group) {
        List<AcceptanceCriterion> out = new ArrayList<>();
        for (Requirement r : requirementsOf(ctx)) {
            if (r.id().equals(group)) {
                out.addAll(r.criteria());
            }
        }
        return out;
    }

    private static List<Requirement> otherGroups(GenerationContext ctx) {
        return requirementsOf(ctx).stream()
                .filter(r -> !List.of("1", "2", "3").contains(r.id()))
                .filter(r -> !r.criteria().isEmpty())
                .toList();
    }

    /**
     * A bugfix design from the clauses of bugfix.md: bug details (1.x), expected behaviour (2.x)
     * with the preserved behaviour (3.x), a fix-checking and a preservation-checking property.
     */
    private static String bugfixDesign(GenerationContext ctx) {
        List<AcceptanceCriterion> defect = clauses(ctx, "1");
        List<AcceptanceCriterion> expected = clauses(ctx, "2");
        List<AcceptanceCriterion> unchanged = clauses(ctx, "3");
        List<Requirement> others = otherGroups(ctx);
        String title = bugfixTitle(ctx);
        StringBuilder b = new StringBuilder();
        b.append("# Bugfix Design: ").append(title).append("\n\n");
        b.append("## Overview\n\n");
        b.append("This design fixes the defect of ").append(title).append(" described in");
        b.append(" bugfix.md: ").append(defect.size()).append(" defect clause(s), ");
        b.append(expected.size()).append(" expected behaviour clause(s) and ");
        b.append(unchanged.size()).append(" clause(s) of behaviour that must not change.\n\n");
        b.append("## Bug Details\n\n");
        if (defect.isEmpty()) {
            b.append("The defect is described in the introduction of bugfix.md.\n");
        } else {
            b.append("The bug condition holds when one of these occurs:\n\n");
            b.append(bullets(defect)).append('\n');
            b.append("_Requirements: ").append(ids(defect)).append("_\n");
        }
        b.append("\n## Expected Behavior\n\n");
        if (expected.isEmpty()) {
            b.append("The defect no longer occurs.\n");
        } else {
            b.append(bullets(expected)).append('\n');
            b.append("_Requirements: ").append(ids(expected)).append("_\n");
        }
        if (!unchanged.isEmpty()) {
            b.append("\n### Preservation Requirements\n\n");
            b.append(bullets(unchanged)).append('\n');
            b.append("_Requirements: ").append(ids(unchanged)).append("_\n");
        }
        for (Requirement r : others) {
            b.append("\n### ").append(reqTitle(r)).append("\n\n");
            b.append(componentBody(Optional.empty(), r.criteria()));
        }
        b.append("\n## Hypothesized Root Cause\n\n");
        b.append("To be confirmed by the test of the bug condition, written first and failing");
        b.append(" before the fix.\n");
        b.append("\n## Correctness Properties\n\n");
        b.append(
                "*A property is a characteristic or behaviour that holds in every valid execution");
        b.append(" of the system.*\n");
        int n = 0;
        List<AcceptanceCriterion> fix = new ArrayList<>(expected);
        if (fix.isEmpty()) {
            fix.addAll(defect);
        }
        if (!fix.isEmpty()) {
            n++;
            b.append("\n### Property ").append(n).append(": Fix Checking\n\n");
            b.append("*For any* input where the bug condition holds: ");
            b.append(fix.stream().map(BuiltinWriter::sentence).collect(Collectors.joining("; ")));
            b.append(".\n\n**Validates: Requirements ").append(ids(fix)).append("**\n");
        }
        if (!unchanged.isEmpty()) {
            n++;
            b.append("\n### Property ").append(n).append(": Preservation Checking\n\n");
            b.append("*For any* input where the bug condition does not hold, the behaviour is");
            b.append(" the same as before the fix: ");
            b.append(
                    unchanged.stream()
                            .map(BuiltinWriter::sentence)
                            .collect(Collectors.joining("; ")));
            b.append(".\n\n**Validates: Requirements ").append(ids(unchanged)).append("**\n");
        }
        b.append("\n## Fix Implementation\n\n");
        b.append("Change only the code on the path of the bug condition, so that every expected");
        b.append(" behaviour clause holds and no preserved behaviour changes.\n");
        b.append("\n## Testing Strategy\n\n");
        b.append("- A test of the bug condition, written before the fix: it fails on the current");
        b.append(" code and passes after the fix.\n");
        b.append("- One property-based test per correctness property");
        b.append(n > 0 ? " (" + n + " properties)" : "");
        b.append(", over at least 100 generated inputs each.\n");
        return b.toString();
    }

    /** Bugfix tasks: a test exposing the bug, the fix, the preservation tests, a checkpoint. */
    private static String bugfixTasks(GenerationContext ctx) {
        List<AcceptanceCriterion> defect = clauses(ctx, "1");
        List<AcceptanceCriterion> expected = clauses(ctx, "2");
        List<AcceptanceCriterion> unchanged = clauses(ctx, "3");
        StringBuilder b = new StringBuilder();
        b.append("# Implementation Plan: ").append(bugfixTitle(ctx)).append("\n");
        int n = 0;
        if (!defect.isEmpty()) {
            n++;
            b.append("\n- [ ] ").append(n);
            b.append(". Write a test that exposes the bug (it fails before the fix)\n");
            clauseLines(b, "  ", defect);
        }
        if (!expected.isEmpty()) {
            n++;
            b.append("\n- [ ] ").append(n).append(". Fix the defect\n");
            clauseLines(b, "  ", expected);
        }
        if (!unchanged.isEmpty()) {
            n++;
            b.append("\n- [ ] ").append(n);
            b.append(". Write preservation tests for the behaviour that must not change\n");
            clauseLines(b, "  ", unchanged);
        }
        for (Requirement r : otherGroups(ctx)) {
            n++;
            b.append("\n- [ ] ").append(n).append(". Address ").append(reqTitle(r)).append('\n');
            clauseLines(b, "  ", r.criteria());
        }
        List<CorrectnessProperty> props =
                ctx.currentDesign().map(DesignDocument::properties).orElse(List.of());
        if (!props.isEmpty()) {
            n++;
            b.append("\n- [ ] ").append(n).append(". Write the property tests of the design\n");
            int k = 0;
            for (CorrectnessProperty p : props) {
                k++;
                b.append("  - [ ]* ").append(n).append('.').append(k);
                b.append(" Write a property test for Property ").append(p.number()).append('\n');
                b.append("    - **Property ").append(p.number()).append(": ");
                b.append(p.title().strip()).append("**\n");
                String v =
                        p.validatedReferences().stream()
                                .map(RequirementReference::raw)
                                .collect(Collectors.joining(", "));
                if (!v.isEmpty()) {
                    b.append("    - **Validates: Requirements ").append(v).append("**\n");
                }
            }
        }
        n++;
        b.append("\n- [ ] ").append(n).append(". ").append(CHECKPOINT).append('\n');
        return b.toString();
    }

    private static void clauseLines(StringBuilder b, String pad, List<AcceptanceCriterion> cs) {
        for (AcceptanceCriterion c : cs) {
            b.append(pad).append("- ").append(c.id()).append(": ").append(sentence(c)).append('\n');
        }
        b.append(pad).append("- _Requirements: ").append(ids(cs)).append("_\n");
    }

    // ---------------------------------------------------------------- requirements

    /**
     * Requirements from a feature idea: one requirement per sentence of the idea.
     *
     * @param ctx the context (with a feature idea)
     * @return the Markdown
     */
    public static String requirements(GenerationContext ctx) {
        String idea = ctx.featureIdea().orElse("").strip();
        String title = humanize(ctx.specName());
        String system = title.replace(' ', '_') + "_Service";
        List<String> sentences = new ArrayList<>();
        for (String s : idea.split("(?<=[.!?])\\s+|\\R")) {
            String x = s.strip().replaceAll("[.!?]+$", "").strip();
            if (!x.isEmpty()) {
                sentences.add(x);
            }
        }
        if (sentences.isEmpty()) {
            sentences.add("provide " + title.toLowerCase(Locale.ROOT));
        }
        StringBuilder b = new StringBuilder();
        b.append("# Requirements Document: ").append(title).append("\n\n");
        b.append("## Introduction\n\n").append(idea.isEmpty() ? title : idea).append("\n\n");
        b.append("## Glossary\n\n- **").append(system).append("**: the component that realises ");
        b.append(title).append(".\n\n## Requirements\n");
        int n = 0;
        for (String s : sentences) {
            n++;
            String lower = Character.toLowerCase(s.charAt(0)) + s.substring(1);
            b.append("\n### Requirement ").append(n).append(": ").append(heading(s, 60));
            b.append("\n\n");
            b.append("**User Story:** As a user, I want that ").append(lower);
            b.append(", so that I can use ").append(title).append(".\n\n");
            b.append("#### Acceptance Criteria\n\n");
            String main =
                    "WHEN a user requests it, THE " + system + " SHALL ensure that " + lower + ".";
            if (!lintClean(main)) {
                // the idea's own wording would make the criterion fail the EARS lint
                main =
                        "WHEN a user starts the function of requirement "
                                + n
                                + ", THE "
                                + system
                                + " SHALL complete the function as its user story describes.";
            }
            b.append("1. ").append(main).append('\n');
            b.append("2. IF the request is invalid, THEN THE ").append(system);
            b.append(" SHALL reject the request with the reason.\n");
        }
        return b.toString();
    }

    private static final Set<String> TRAILING_WORDS =
            Set.of(
                    "a", "an", "the", "and", "or", "of", "to", "that", "which", "with", "for", "in",
                    "on", "at", "by", "from", "as", "is", "are", "be", "its", "their");

    /**
     * A heading from a sentence: at most {@code max} characters, cut at a word boundary (never
     * inside a word), without a dangling article or preposition at the end.
     */
    static String heading(String sentence, int max) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        if (s.length() <= max) {
            return s;
        }
        List<String> words = new ArrayList<>();
        int len = 0;
        for (String w : s.split(" ")) {
            int add = (words.isEmpty() ? 0 : 1) + w.length();
            if (len + add > max) {
                break;
            }
            words.add(w);
            len += add;
        }
        if (words.isEmpty()) {
            // one word longer than the limit: cut it at a code point boundary
            int end = s.offsetByCodePoints(0, Math.min(s.codePointCount(0, s.length()), max));
            return s.substring(0, end);
        }
        while (words.size() > 1
                && TRAILING_WORDS.contains(
                        words.get(words.size() - 1)
                                .replaceAll("[,;:]+$", "")
                                .toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words).replaceAll("[,;:]+$", "");
    }

    private static final dev.specdriven.ears.EarsParser EARS =
            dev.specdriven.ears.EarsParser.create();

    /** Whether a criterion passes the EARS parser and linter without a warning or error. */
    static boolean lintClean(String sentence) {
        return EARS.parse(sentence).diagnostics().stream()
                .noneMatch(
                        d -> d.severity().compareTo(dev.specdriven.source.Severity.WARNING) <= 0);
    }
}
