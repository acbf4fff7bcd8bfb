package dev.specdriven.generate.internal;

import dev.specdriven.generate.GenCode;
import dev.specdriven.generate.ImpactScope;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the parts of a generated document that are in scope into the current document; every other
 * byte of the current document is kept.
 */
public final class Merger {
    private Merger() {}

    /** The merged text and notes about what could not be taken. */
    public record Merged(String text, List<Diagnostic> notes) {}

    private record Edit(int start, int end, int order, String text) {}

    /**
     * Merges a generated design into the current one.
     *
     * @param current the current design
     * @param generated the generated design
     * @param scope the scope
     * @return the merged text
     */
    public static Merged design(
            DesignDocument current, DesignDocument generated, ImpactScope scope) {
        String cur = current.source().text();
        String gen = generated.source().text();
        List<Diagnostic> notes = new ArrayList<>();
        List<Units.Range> cr = Units.sectionRanges(current);
        List<Units.Range> gr = Units.sectionRanges(generated);
        Map<String, Integer> genIndex = new HashMap<>();
        for (int i = 0; i < generated.sections().size(); i++) {
            genIndex.putIfAbsent(generated.sections().get(i).anchor(), i);
        }
        Set<String> curAnchors = new HashSet<>();
        current.sections().forEach(s -> curAnchors.add(s.anchor()));
        Set<String> inScope = new HashSet<>(scope.designSections());
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < current.sections().size(); i++) {
            Section s = current.sections().get(i);
            if (!inScope.contains(s.anchor())) {
                continue;
            }
            Integer g = genIndex.get(s.anchor());
            if (g == null) {
                notes.add(
                        GenCode.SCOPED_UNIT_MISSING
                                .at(
                                        s.headingSpan(),
                                        "section '"
                                                + s.title()
                                                + "' (#"
                                                + s.anchor()
                                                + ") is in scope but missing from the output")
                                .withFile(current.path()));
                continue;
            }
            Units.Range r = cr.get(i);
            edits.add(new Edit(r.start(), r.end(), 0, own(gen, gr.get(g))));
        }
        List<CriterionId> targets = targets(scope);
        int order = 1;
        for (int i = 0; i < generated.sections().size(); i++) {
            Section s = generated.sections().get(i);
            if (curAnchors.contains(s.anchor())) {
                continue;
            }
            if (Units.within(generated.references(), gr.get(i)).stream()
                    .noneMatch(r -> Units.mentions(r, targets))) {
                continue;
            }
            int at = cur.length();
            String prefix = cur.endsWith("\n") || cur.isEmpty() ? "\n" : "\n\n";
            for (int j = 0; j < current.sections().size(); j++) {
                Section p = current.sections().get(j);
                if (p.anchor().equals(s.parentAnchor())) {
                    at = Units.sectionEnd(cur, cr.get(j).start(), p.span().endOffset());
                    prefix = "\n";
                    break;
                }
            }
            String text = own(gen, gr.get(i));
            edits.add(new Edit(at, at, order++, prefix + text));
        }
        return new Merged(apply(cur, edits), notes);
    }

    private static final Pattern NUMBER =
            Pattern.compile(
                    "^(\\s*+[-*+]\\s++\\[[^\\]]?\\]\\s*+\\\\?\\*?\\s*+)(\\d++(?:\\.\\d++)*+)");

    /**
     * Merges a generated task list into the current one. Tasks are paired by identity (title,
     * references, number; see {@link TaskMatcher}), never by number alone: a task in scope gets the
     * text of its partner, renumbered to its own number and with its own state. Done and locked
     * tasks are never touched; new tasks get numbers after the highest existing ones.
     *
     * @param current the current tasks
     * @param generated the generated tasks
     * @param scope the scope
     * @return the merged text
     */
    public static Merged tasks(TasksDocument current, TasksDocument generated, ImpactScope scope) {
        String cur = current.source().text();
        String gen = generated.source().text();
        List<Diagnostic> notes = new ArrayList<>();
        List<Units.Range> cr = Units.taskRanges(current);
        List<Units.Range> gr = Units.taskRanges(generated);
        int[] partner = TaskMatcher.match(current, generated);
        Map<Integer, String> currentIdOfGenerated = new HashMap<>();
        for (int i = 0; i < partner.length; i++) {
            if (partner[i] >= 0) {
                currentIdOfGenerated.put(partner[i], current.tasks().get(i).id());
            }
        }
        Map<String, Integer> curIndex = new LinkedHashMap<>();
        for (int i = 0; i < current.tasks().size(); i++) {
            curIndex.putIfAbsent(current.tasks().get(i).id(), i);
        }
        Map<String, Integer> genIndex = new HashMap<>();
        for (int i = 0; i < generated.tasks().size(); i++) {
            genIndex.putIfAbsent(generated.tasks().get(i).id(), i);
        }
        Set<String> inScope = new HashSet<>(scope.tasks());
        Set<String> kept = new HashSet<>(scope.keptTasks());
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < current.tasks().size(); i++) {
            Task t = current.tasks().get(i);
            int g = partner[i];
            if (kept.contains(t.id())) {
                if (g >= 0) {
                    String theirs =
                            own(gen, generated.tasks().get(g), gr.get(g), t.id(), t.marker());
                    if (!theirs.equals(own(cur, cr.get(i)))) {
                        notes.add(
                                GenCode.KEPT_TASK_CHANGED
                                        .at(t.span(), "the output changed kept task " + t.id())
                                        .withFile(current.path()));
                    }
                }
                continue;
            }
            if (!inScope.contains(t.id())) {
                continue;
            }
            if (g < 0) {
                notes.add(
                        GenCode.SCOPED_UNIT_MISSING
                                .at(
                                        t.span(),
                                        "task "
                                                + t.id()
                                                + " '"
                                                + t.title().strip()
                                                + "' is in scope but missing from the output")
                                .withFile(current.path()));
                continue;
            }
            Units.Range r = cr.get(i);
            edits.add(
                    new Edit(
                            r.start(),
                            r.end(),
                            0,
                            own(gen, generated.tasks().get(g), gr.get(g), t.id(), t.marker())));
        }
        // new tasks: generated tasks without a partner whose parent is absent or has one
        List<CriterionId> targets = targets(scope);
        int nextTop = 0;
        for (Task t : current.tasks()) {
            nextTop = Math.max(nextTop, topNumber(t.id()));
        }
        for (var grp : current.groups()) {
            nextTop = Math.max(nextTop, topNumber(grp.number()));
        }
        Map<String, Integer> nextChild = new HashMap<>();
        int order = 1;
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < generated.tasks().size(); i++) {
            Task t = generated.tasks().get(i);
            if (currentIdOfGenerated.containsKey(i) || taken.contains(i) || t.number().isEmpty()) {
                continue;
            }
            String genParent = parentNumber(t.id());
            String parent = null;
            if (genParent != null) {
                Integer gp = genIndex.get(genParent);
                parent = gp == null ? null : currentIdOfGenerated.get(gp);
                if (parent == null || !curIndex.containsKey(parent)) {
                    continue; // part of a new subtree, taken with its root
                }
            }
            List<Integer> subtree = new ArrayList<>();
            subtree.add(i);
            for (int j = i + 1; j < generated.tasks().size(); j++) {
                if (generated.tasks().get(j).id().startsWith(t.id() + ".")
                        && !currentIdOfGenerated.containsKey(j)) {
                    subtree.add(j);
                }
            }
            boolean relevant =
                    subtree.stream()
                            .anyMatch(
                                    j ->
                                            generated
                                                    .tasks()
                                                    .get(j)
                                                    .requirementReferences()
                                                    .stream()
                                                    .anyMatch(r -> Units.mentions(r, targets)));
            if (!relevant) {
                continue;
            }
            taken.addAll(subtree);
            String newId;
            int at;
            String prefix;
            if (parent == null) {
                newId = String.valueOf(++nextTop);
                at = cur.length();
                prefix = cur.endsWith("\n") || cur.isEmpty() ? "\n" : "\n\n";
            } else {
                int max = nextChild.getOrDefault(parent, 0);
                int lastIdx = curIndex.get(parent);
                for (int k = 0; k < current.tasks().size(); k++) {
                    String id = current.tasks().get(k).id();
                    if (id.startsWith(parent + ".")) {
                        lastIdx = Math.max(lastIdx, k);
                        if (parentNumber(id) != null && parentNumber(id).equals(parent)) {
                            max = Math.max(max, lastNumber(id));
                        }
                    }
                }
                nextChild.put(parent, max + 1);
                newId = parent + "." + (max + 1);
                at = cr.get(lastIdx).end();
                prefix = cur.substring(0, at).endsWith("\n") ? "" : "\n";
            }
            StringBuilder block = new StringBuilder();
            String oldId = t.id();
            for (int j : subtree) {
                Units.Range r = gr.get(j);
                for (String line : gen.substring(r.start(), r.end()).split("(?<=\n)")) {
                    block.append(renumber(line, oldId, newId));
                }
                if (block.length() > 0 && block.charAt(block.length() - 1) != '\n') {
                    block.append('\n');
                }
            }
            edits.add(new Edit(at, at, order++, prefix + block));
        }
        return new Merged(apply(cur, edits), notes);
    }

    /**
     * A generated task's own block as it would stand in the current list: renumbered to the current
     * task's number, with the current task's state marker.
     */
    private static String own(String gen, Task g, Units.Range r, String id, String marker) {
        String block = own(gen, r);
        int nl = block.indexOf('\n');
        String first = nl < 0 ? block : block.substring(0, nl + 1);
        String rest = nl < 0 ? "" : block.substring(nl + 1);
        int markerAt = g.stateSpan().startOffset() - r.start();
        int markerEnd = g.stateSpan().endOffset() - r.start();
        if (markerAt >= 0 && markerEnd >= markerAt && markerEnd <= first.length()) {
            first = first.substring(0, markerAt) + marker + first.substring(markerEnd);
        }
        return renumber(first, g.id(), id) + rest;
    }

    private static String renumber(String line, String oldId, String newId) {
        Matcher m = NUMBER.matcher(line);
        if (!m.find()) {
            return line;
        }
        String n = m.group(2);
        if (n.equals(oldId) || n.startsWith(oldId + ".")) {
            return line.substring(0, m.start(2))
                    + newId
                    + n.substring(oldId.length())
                    + line.substring(m.end(2));
        }
        return line;
    }

    private static List<CriterionId> targets(ImpactScope scope) {
        TreeSet<CriterionId> t = new TreeSet<>(scope.changedCriteria());
        t.addAll(scope.uncoveredCriteria());
        return List.copyOf(t);
    }

    private static @org.jspecify.annotations.Nullable String parentNumber(String id) {
        int dot = id.lastIndexOf('.');
        return dot < 0 ? null : id.substring(0, dot);
    }

    private static int topNumber(String id) {
        String head = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
        try {
            return Integer.parseInt(head);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int lastNumber(String id) {
        try {
            return Integer.parseInt(id.substring(id.lastIndexOf('.') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String own(String text, Units.Range r) {
        String s = text.substring(r.start(), r.end());
        return s.endsWith("\n") || s.isEmpty() ? s : s + "\n";
    }

    private static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order));
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (Edit e : sorted) {
            if (e.start() < pos) {
                continue; // overlapping edit: keep the first
            }
            b.append(text, pos, e.start());
            String repl = e.text();
            if (e.end() > e.start() && e.end() <= text.length()) {
                String old = text.substring(e.start(), e.end());
                if (!old.endsWith("\n") && repl.endsWith("\n")) {
                    repl = repl.substring(0, repl.length() - 1);
                }
            }
            b.append(repl);
            pos = e.end();
        }
        b.append(text, pos, text.length());
        return b.toString();
    }
}
