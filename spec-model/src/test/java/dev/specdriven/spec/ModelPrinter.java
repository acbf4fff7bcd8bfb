package dev.specdriven.spec;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourceSpan;
import java.util.List;
import java.util.stream.Collectors;

/** A stable pretty-print of the model, for golden files. */
final class ModelPrinter {
    private ModelPrinter() {}

    static String print(SpecDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("kind ").append(doc.kind()).append('\n');
        sb.append("bytes ")
                .append(doc.source().byteLength())
                .append(" lines ")
                .append(doc.source().lineCount())
                .append(doc.source().hasBom() ? " bom" : "")
                .append('\n');
        for (Section s : doc.sections()) {
            sb.append("section ")
                    .append("#".repeat(s.level()))
                    .append(' ')
                    .append(s.title())
                    .append(" {#")
                    .append(s.anchor())
                    .append(s.parentAnchor().isEmpty() ? "" : " in #" + s.parentAnchor())
                    .append("} ")
                    .append(span(s.headingSpan()))
                    .append('\n');
        }
        if (doc instanceof RequirementsDocument) {
            RequirementsDocument r = (RequirementsDocument) doc;
            r.title().ifPresent(t -> sb.append("title ").append(t).append('\n'));
            r.introduction()
                    .ifPresent(i -> sb.append("introduction ").append(i.title()).append('\n'));
            for (GlossaryTerm g : r.glossary()) {
                sb.append("term ")
                        .append(g.term())
                        .append(" = ")
                        .append(g.definition())
                        .append(' ')
                        .append(span(g.termSpan()))
                        .append('\n');
            }
            requirements(r.requirements(), sb);
        } else if (doc instanceof BugfixDocument) {
            BugfixDocument b = (BugfixDocument) doc;
            b.title().ifPresent(t -> sb.append("title ").append(t).append('\n'));
            requirements(b.requirements(), sb);
        } else if (doc instanceof DesignDocument) {
            DesignDocument d = (DesignDocument) doc;
            for (CorrectnessProperty p : d.properties()) {
                sb.append("property ")
                        .append(p.number())
                        .append(": ")
                        .append(p.title())
                        .append(' ')
                        .append(span(p.span()))
                        .append(" validates ")
                        .append(refs(p.validatedReferences()))
                        .append('\n');
            }
            for (ReferenceList l : d.references()) {
                sb.append("refs ")
                        .append(l.label())
                        .append(' ')
                        .append(span(l.span()))
                        .append(' ')
                        .append(refs(l.references()))
                        .append('\n');
            }
        } else if (doc instanceof TasksDocument) {
            TasksDocument t = (TasksDocument) doc;
            for (TaskGroup g : t.groups()) {
                sb.append("group ").append(g.number()).append(" ").append(g.title()).append('\n');
            }
            for (Task task : t.tasks()) {
                sb.append("task ")
                        .append(task.id())
                        .append(" [")
                        .append(task.marker())
                        .append("] ")
                        .append(task.state())
                        .append(task.optional() ? " optional" : "")
                        .append(" parent=")
                        .append(task.parentId().orElse("-"))
                        .append(" indent=")
                        .append(task.indent())
                        .append(" box=")
                        .append(span(task.stateSpan()))
                        .append(" | ")
                        .append(task.title())
                        .append('\n');
                for (ReferenceList l : task.requirements()) {
                    sb.append("  refs ")
                            .append(l.label())
                            .append(' ')
                            .append(refs(l.references()))
                            .append('\n');
                }
                for (PropertyReference p : task.properties()) {
                    sb.append("  property ")
                            .append(p.number())
                            .append(' ')
                            .append(p.title())
                            .append('\n');
                }
                for (TextBlock d : task.details()) {
                    sb.append("  detail ").append(d.text()).append('\n');
                }
            }
            t.dependencyGraph()
                    .ifPresent(
                            g ->
                                    g.waves()
                                            .forEach(
                                                    w ->
                                                            sb.append("wave ")
                                                                    .append(w.id())
                                                                    .append(' ')
                                                                    .append(w.taskIds())
                                                                    .append('\n')));
        } else if (doc instanceof SteeringDocument) {
            SteeringDocument s = (SteeringDocument) doc;
            sb.append("inclusion ")
                    .append(s.inclusion())
                    .append(" patterns ")
                    .append(s.fileMatchPatterns())
                    .append(" frontMatter ")
                    .append(new java.util.TreeMap<>(s.frontMatter()))
                    .append('\n');
        }
        for (Diagnostic d : doc.diagnostics()) {
            if (!d.code().startsWith("SPEC")) {
                continue;
            }
            sb.append(d.line())
                    .append(':')
                    .append(d.column())
                    .append(' ')
                    .append(d.code())
                    .append(' ')
                    .append(d.severity())
                    .append(' ')
                    .append(d.message())
                    .append('\n');
        }
        return sb.toString();
    }

    private static void requirements(List<Requirement> reqs, StringBuilder sb) {
        for (Requirement r : reqs) {
            sb.append("requirement ")
                    .append(r.id())
                    .append(" [")
                    .append(r.title())
                    .append("] ")
                    .append(span(r.headingSpan()))
                    .append('\n');
            r.story()
                    .ifPresent(
                            s ->
                                    sb.append("  story ")
                                            .append(s.label())
                                            .append(" role=")
                                            .append(s.role().orElse("-"))
                                            .append(" goal=")
                                            .append(s.goal().orElse("-"))
                                            .append(" benefit=")
                                            .append(s.benefit().orElse("-"))
                                            .append('\n'));
            for (AcceptanceCriterion c : r.criteria()) {
                sb.append("  criterion ")
                        .append(c.id())
                        .append(
                                c.writtenNumber().isPresent()
                                        ? " #" + c.writtenNumber().getAsInt()
                                        : "")
                        .append(' ')
                        .append(span(c.span()))
                        .append(" | ")
                        .append(c.text())
                        .append('\n');
                for (TextBlock a : c.attachments()) {
                    sb.append("    attachment ").append(a.text()).append('\n');
                }
            }
            for (TextBlock n : r.notes()) {
                sb.append("  note ").append(n.text()).append('\n');
            }
        }
    }

    static String span(SourceSpan s) {
        return s.start() + "-" + s.end() + "@" + s.start().offset();
    }

    static String refs(List<RequirementReference> refs) {
        return refs.stream()
                .map(r -> r.kind() + ":" + r.raw())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
