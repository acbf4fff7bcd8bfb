package dev.specdriven.spec.internal;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.CorrectnessProperty;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.DependencyGraph;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.GlossaryTerm;
import dev.specdriven.spec.Ids;
import dev.specdriven.spec.PropertyReference;
import dev.specdriven.spec.ReferenceKind;
import dev.specdriven.spec.ReferenceList;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecCode;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.SteeringDocument;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskGroup;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.TextBlock;
import dev.specdriven.spec.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cross-file checks of {@link dev.specdriven.spec.SpecChecker}. */
public final class Checks {
    private Checks() {}

    private static final SourceSpan START = SourceSpan.at(SourcePosition.START);

    /** Sort order: file, offset, code. */
    public static final Comparator<Diagnostic> ORDER =
            Comparator.comparing((Diagnostic d) -> d.file().orElse(""))
                    .thenComparingInt(d -> d.span().startOffset())
                    .thenComparing(Diagnostic::code);

    private static final Pattern SUBJECT =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}_])([\\p{L}][\\p{L}\\p{N}]*(?:_[\\p{L}\\p{N}]+)+)\\s+(?:SHALL|shall|Shall|MUST|must|SHOULD|should|MAY|may)(?![\\p{L}])");

    /**
     * Checks a workspace.
     *
     * @param ws the workspace
     * @return sorted diagnostics
     */
    public static List<Diagnostic> check(Workspace ws) {
        List<Diagnostic> out = new ArrayList<>(ws.diagnostics());
        for (SteeringDocument d : ws.steering()) {
            out.addAll(d.diagnostics());
        }
        // specs in parallel (the EARS parses, run on first use, are most of the work), in order
        for (List<Diagnostic> l : ws.specs().parallelStream().map(Checks::check).toList()) {
            out.addAll(l);
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /**
     * Checks one spec.
     *
     * @param spec the spec
     * @return sorted diagnostics
     */
    public static List<Diagnostic> check(Spec spec) {
        List<Diagnostic> out = new ArrayList<>(spec.diagnostics());
        spec.config().ifPresent(c -> out.addAll(c.diagnostics()));
        for (SpecDocument d : spec.documents()) {
            out.addAll(d.diagnostics());
        }
        missingFiles(spec, out);
        spec.requirements().ifPresent(r -> requirements(r, out));
        spec.bugfix().ifPresent(b -> duplicates(b.requirements(), b.path(), out));
        spec.design().ifPresent(d -> design(spec, d, out));
        spec.tasks().ifPresent(t -> tasks(spec, t, out));
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private static void missingFiles(Spec spec, List<Diagnostic> out) {
        String prefix = spec.path().equals(".") ? "" : spec.path() + "/";
        Set<String> unreadable = new HashSet<>();
        for (Diagnostic d : spec.diagnostics()) {
            d.file().ifPresent(unreadable::add);
        }
        if (spec.requirements().isEmpty()
                && spec.bugfix().isEmpty()
                && !unreadable.contains(prefix + "requirements.md")
                && !unreadable.contains(prefix + "bugfix.md")) {
            out.add(
                    SpecCode.MISSING_FILE
                            .at(
                                    START,
                                    "spec '"
                                            + spec.name()
                                            + "' has no requirements.md (or bugfix.md)")
                            .withFile(prefix + "requirements.md"));
        }
        if (spec.design().isEmpty() && !unreadable.contains(prefix + "design.md")) {
            boolean tasksPresent = spec.tasks().isPresent();
            out.add(
                    new Diagnostic(
                            SpecCode.MISSING_FILE.code(),
                            tasksPresent ? Severity.WARNING : Severity.INFO,
                            "spec '"
                                    + spec.name()
                                    + "' has no design.md"
                                    + (tasksPresent ? " but has tasks.md" : ""),
                            SpecCode.MISSING_FILE.fix(),
                            START,
                            java.util.Optional.of(prefix + "design.md")));
        }
        if (spec.tasks().isEmpty() && !unreadable.contains(prefix + "tasks.md")) {
            out.add(
                    new Diagnostic(
                            SpecCode.MISSING_FILE.code(),
                            Severity.INFO,
                            "spec '" + spec.name() + "' has no tasks.md",
                            SpecCode.MISSING_FILE.fix(),
                            START,
                            java.util.Optional.of(prefix + "tasks.md")));
        }
    }

    private static void duplicates(List<Requirement> reqs, String path, List<Diagnostic> out) {
        Map<String, Requirement> seen = new HashMap<>();
        for (Requirement r : reqs) {
            Requirement prev = seen.putIfAbsent(r.id(), r);
            if (prev != null) {
                out.add(
                        SpecCode.DUPLICATE_REQUIREMENT
                                .at(
                                        r.headingSpan(),
                                        "requirement "
                                                + r.id()
                                                + " is defined again (first at line "
                                                + prev.headingSpan().startLine()
                                                + ")")
                                .withFile(path));
            }
        }
    }

    private static void requirements(RequirementsDocument doc, List<Diagnostic> out) {
        String path = doc.path();
        List<Requirement> reqs = doc.requirements();
        if (reqs.isEmpty() && !doc.source().text().isBlank()) {
            out.add(
                    SpecCode.NO_REQUIREMENTS
                            .at(START, "no requirement headings or acceptance criteria found")
                            .withFile(path));
        }
        duplicates(reqs, path, out);
        // contiguity of numeric ids, in document order
        int expected = 1;
        for (Requirement r : reqs) {
            if (!r.id().matches("\\d{1,9}")) {
                continue;
            }
            int n = Integer.parseInt(r.id());
            if (n != expected) {
                out.add(
                        SpecCode.NON_CONTIGUOUS_REQUIREMENT
                                .at(
                                        r.headingSpan(),
                                        "requirement "
                                                + r.id()
                                                + " where "
                                                + expected
                                                + " was expected")
                                .withFile(path));
            }
            expected = n + 1;
        }
        for (Requirement r : reqs) {
            if (r.criteria().isEmpty()) {
                out.add(
                        SpecCode.EMPTY_CRITERIA
                                .at(
                                        r.headingSpan(),
                                        "requirement " + r.id() + " has no acceptance criteria")
                                .withFile(path));
            }
            for (AcceptanceCriterion c : r.criteria()) {
                if (c.writtenNumber().isPresent()
                        && c.writtenNumber().getAsInt() != c.id().index()) {
                    out.add(
                            SpecCode.CRITERION_NUMBERING
                                    .at(
                                            c.span(),
                                            "criterion numbered "
                                                    + c.writtenNumber().getAsInt()
                                                    + " is criterion "
                                                    + c.id()
                                                    + " by position")
                                    .withFile(path));
                    break;
                }
            }
        }
        glossary(doc, out);
    }

    private static void glossary(RequirementsDocument doc, List<Diagnostic> out) {
        String path = doc.path();
        Map<String, GlossaryTerm> defined = new LinkedHashMap<>();
        for (GlossaryTerm t : doc.glossary()) {
            GlossaryTerm prev = defined.putIfAbsent(t.normalized(), t);
            if (prev != null) {
                out.add(
                        SpecCode.DUPLICATE_TERM
                                .at(
                                        t.termSpan(),
                                        "glossary term '" + t.term() + "' is defined twice")
                                .withFile(path));
            }
        }
        Set<String> reported = new HashSet<>();
        StringBuilder used = new StringBuilder();
        for (Requirement r : doc.requirements()) {
            used.append(' ').append(r.title());
            r.story().ifPresent(s -> used.append(' ').append(s.text()));
            for (TextBlock n : r.notes()) {
                used.append(' ').append(n.text());
            }
            for (AcceptanceCriterion c : r.criteria()) {
                used.append(' ').append(c.text());
                for (TextBlock a : c.attachments()) {
                    used.append(' ').append(a.text());
                }
                String subject = c.ears().system().orElse(null);
                List<String[]> subjects = new ArrayList<>(); // {subject, startOffset}
                if (subject != null && subject.indexOf('_') > 0) {
                    String s = subject.replaceFirst("(?i)^the\\s+", "").strip();
                    int at = c.text().indexOf(s);
                    subjects.add(
                            new String[] {
                                s, String.valueOf(c.span().startOffset() + Math.max(0, at))
                            });
                } else if (subject == null) {
                    Matcher m = SUBJECT.matcher(c.text());
                    while (m.find()) {
                        subjects.add(
                                new String[] {
                                    m.group(1), String.valueOf(c.span().startOffset() + m.start(1))
                                });
                    }
                }
                for (String[] s : subjects) {
                    String norm = GlossaryTerm.normalize(s[0]);
                    if (!defined.containsKey(norm) && reported.add(norm)) {
                        int off = Integer.parseInt(s[1]);
                        out.add(
                                SpecCode.UNDEFINED_TERM
                                        .at(
                                                doc.source()
                                                        .span(
                                                                off,
                                                                Math.min(
                                                                        doc.source()
                                                                                .text()
                                                                                .length(),
                                                                        off + s[0].length())),
                                                "'"
                                                        + s[0]
                                                        + "' is the subject of a SHALL sentence but is not defined in the glossary")
                                        .withFile(path));
                    }
                }
            }
        }
        String haystack = GlossaryTerm.normalize(used.toString());
        for (GlossaryTerm t : defined.values()) {
            if (!haystack.contains(t.normalized())) {
                out.add(
                        SpecCode.UNUSED_TERM
                                .at(
                                        t.termSpan(),
                                        "glossary term '"
                                                + t.term()
                                                + "' is not used by any requirement")
                                .withFile(path));
            }
        }
    }

    private static void design(Spec spec, DesignDocument doc, List<Diagnostic> out) {
        duplicateProperties(doc, out);
        for (ReferenceList l : doc.references()) {
            references(spec, l, doc.path(), out);
        }
    }

    private static boolean hasRequirements(Spec spec) {
        return !spec.allRequirements().isEmpty();
    }

    private static void references(
            Spec spec, ReferenceList list, String path, List<Diagnostic> out) {
        if (!hasRequirements(spec)) {
            return; // nothing to resolve against: the missing requirements are reported instead
        }
        for (RequirementReference r : list.references()) {
            if (r.kind() == ReferenceKind.FREE_TEXT) {
                out.add(
                        SpecCode.UNPARSED_REFERENCE
                                .at(
                                        r.span(),
                                        "reference '"
                                                + r.raw()
                                                + "' names no criterion or requirement")
                                .withFile(path));
            } else {
                danglingReference(spec, r, path).ifPresent(out::add);
            }
        }
    }

    /**
     * The {@link SpecCode#DANGLING_REFERENCE} diagnostic of one reference, when it names a
     * requirement or criterion the spec does not have. A spec without any requirement has none (its
     * missing requirements.md is reported instead).
     *
     * @param spec the spec
     * @param r a reference of its design or tasks
     * @param path the file holding the reference
     * @return the diagnostic, empty when the reference resolves or is free text
     */
    public static Optional<Diagnostic> danglingReference(
            Spec spec, RequirementReference r, String path) {
        if (!hasRequirements(spec)) {
            return Optional.empty();
        }
        String missing = null;
        switch (r.kind()) {
            case CRITERION:
                if (spec.criterion(r.criterion().orElseThrow()).isEmpty()) {
                    missing = "criterion " + r.criterion().get();
                }
                break;
            case REQUIREMENT:
                if (spec.requirement(r.requirement().orElseThrow()).isEmpty()) {
                    missing = "requirement " + r.requirement().get();
                }
                break;
            case RANGE:
                CriterionId a = r.criterion().orElseThrow();
                CriterionId b = r.rangeEnd().orElseThrow();
                if (spec.criterion(a).isEmpty()) {
                    missing = "criterion " + a;
                } else if (spec.criterion(b).isEmpty()) {
                    missing = "criterion " + b;
                }
                break;
            default:
                break;
        }
        if (missing == null) {
            return Optional.empty();
        }
        return Optional.of(
                SpecCode.DANGLING_REFERENCE
                        .at(r.span(), "reference '" + r.raw() + "': " + missing + " does not exist")
                        .withFile(path));
    }

    /**
     * The {@link SpecCode#DANGLING_PROPERTY} diagnostic of a task's property reference, when
     * design.md defines correctness properties but not this one (a design without any property has
     * nothing to check against).
     *
     * @param spec the spec
     * @param task the task citing the property
     * @param p the reference
     * @param path tasks.md
     * @return the diagnostic, empty when the property exists or the design defines none
     */
    public static Optional<Diagnostic> danglingProperty(
            Spec spec, Task task, PropertyReference p, String path) {
        if (spec.design().isEmpty() || spec.design().get().properties().isEmpty()) {
            return Optional.empty();
        }
        for (CorrectnessProperty defined : spec.design().get().properties()) {
            if (defined.number().equals(p.number())) {
                return Optional.empty();
            }
        }
        return Optional.of(
                SpecCode.DANGLING_PROPERTY
                        .at(
                                p.span(),
                                "task "
                                        + task.id()
                                        + " cites property "
                                        + p.number()
                                        + ", which design.md does not define")
                        .withFile(path));
    }

    /**
     * The duplicate-id diagnostics of a spec: requirements ({@link
     * SpecCode#DUPLICATE_REQUIREMENT}), numbered tasks ({@link SpecCode#DUPLICATE_TASK}) and
     * correctness properties ({@link SpecCode#DUPLICATE_PROPERTY}), each at the later element.
     *
     * @param spec the spec
     * @return the diagnostics, in document order per file
     */
    public static List<Diagnostic> duplicateIds(Spec spec) {
        List<Diagnostic> out = new ArrayList<>();
        spec.requirements().ifPresent(r -> duplicates(r.requirements(), r.path(), out));
        spec.bugfix().ifPresent(b -> duplicates(b.requirements(), b.path(), out));
        spec.design().ifPresent(d -> duplicateProperties(d, out));
        spec.tasks().ifPresent(t -> duplicateTasks(t, out));
        return out;
    }

    private static void duplicateProperties(DesignDocument doc, List<Diagnostic> out) {
        Set<String> seen = new HashSet<>();
        for (CorrectnessProperty p : doc.properties()) {
            if (!seen.add(p.number())) {
                out.add(
                        SpecCode.DUPLICATE_PROPERTY
                                .at(
                                        p.span(),
                                        "correctness property " + p.number() + " is defined twice")
                                .withFile(doc.path()));
            }
        }
    }

    private static void duplicateTasks(TasksDocument doc, List<Diagnostic> out) {
        Map<String, Task> byId = new HashMap<>();
        for (Task t : doc.tasks()) {
            Task prev = byId.putIfAbsent(t.id(), t);
            if (prev != null && t.number().isPresent()) {
                out.add(
                        SpecCode.DUPLICATE_TASK
                                .at(
                                        t.span(),
                                        "task "
                                                + t.id()
                                                + " is numbered again (first at line "
                                                + prev.line()
                                                + ")")
                                .withFile(doc.path()));
            }
        }
    }

    private static void tasks(Spec spec, TasksDocument doc, List<Diagnostic> out) {
        String path = doc.path();
        Map<String, Task> byId = new HashMap<>();
        Set<String> groupNumbers = new HashSet<>();
        for (TaskGroup g : doc.groups()) {
            groupNumbers.add(g.number());
        }
        for (Task t : doc.tasks()) {
            byId.putIfAbsent(t.id(), t);
        }
        duplicateTasks(doc, out);
        // parents and contiguity among numbered siblings
        Map<String, Integer> lastChild = new HashMap<>();
        // numbered group headings that parent tasks take part in the top-level sequence
        Set<String> usedGroups = new HashSet<>();
        for (Task t : doc.tasks()) {
            t.parentId().filter(groupNumbers::contains).ifPresent(usedGroups::add);
        }
        List<Object[]> sequence = new ArrayList<>(); // {offset, number, task or null}
        for (TaskGroup g : doc.groups()) {
            if (usedGroups.contains(g.number()) && !byId.containsKey(g.number())) {
                sequence.add(new Object[] {g.span().startOffset(), g.number(), null});
            }
        }
        for (Task t : doc.tasks()) {
            if (t.number().isPresent()) {
                sequence.add(new Object[] {t.span().startOffset(), t.number().get(), t});
            }
        }
        sequence.sort(Comparator.comparingInt(o -> (int) o[0]));
        for (Object[] item : sequence) {
            if (item[2] == null) {
                String g = (String) item[1];
                if (g.length() <= 9) {
                    lastChild.put("", Integer.parseInt(g));
                }
                continue;
            }
            Task t = (Task) item[2];
            String num = t.number().get();
            int dot = num.lastIndexOf('.');
            String parent = dot < 0 ? "" : num.substring(0, dot);
            if (!parent.isEmpty() && !byId.containsKey(parent) && !groupNumbers.contains(parent)) {
                out.add(
                        SpecCode.MISSING_PARENT_TASK
                                .at(t.span(), "sub-task " + num + " has no parent task " + parent)
                                .withFile(path));
            }
            String last = num.substring(dot + 1);
            if (last.length() > 9) {
                continue;
            }
            int n = Integer.parseInt(last);
            Integer prev = lastChild.get(parent);
            int expected = prev == null ? 1 : prev + 1;
            if (n != expected && !(prev == null && n == 0) && !(prev != null && n == prev)) {
                out.add(
                        SpecCode.NON_CONTIGUOUS_TASK
                                .at(
                                        t.span(),
                                        "task "
                                                + num
                                                + " where "
                                                + (parent.isEmpty() ? "" : parent + ".")
                                                + expected
                                                + " was expected")
                                .withFile(path));
            }
            lastChild.put(parent, n);
        }
        for (Task t : doc.tasks()) {
            for (ReferenceList l : t.requirements()) {
                references(spec, l, path, out);
            }
            for (PropertyReference p : t.properties()) {
                danglingProperty(spec, t, p, path).ifPresent(out::add);
            }
        }
        doc.dependencyGraph()
                .ifPresent(
                        g -> {
                            List<String> unknown = new ArrayList<>();
                            for (DependencyGraph.Wave w : g.waves()) {
                                for (String id : w.taskIds()) {
                                    if (doc.task(id).isEmpty() && !groupNumbers.contains(id)) {
                                        unknown.add(id);
                                    }
                                }
                            }
                            if (!unknown.isEmpty()) {
                                unknown.sort(Ids.NATURAL_ORDER);
                                out.add(
                                        SpecCode.INVALID_DEPENDENCY_GRAPH
                                                .at(
                                                        g.span(),
                                                        "the dependency graph names tasks that do not exist: "
                                                                + String.join(", ", unknown))
                                                .withFile(path));
                            }
                        });
    }

    static boolean isKind(RequirementReference r, ReferenceKind k) {
        return r.kind() == k;
    }
}
