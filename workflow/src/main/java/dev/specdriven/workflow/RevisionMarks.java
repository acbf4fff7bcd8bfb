package dev.specdriven.workflow;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.SpecFiles;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.TextEdit;
import dev.specdriven.trace.TraceGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Needs-revision marks: which completed tasks implement changed criteria, the marker appended to
 * their line in tasks.md ({@code <!-- needs-revision: FR-2.1 changed -->}), removing it again, and
 * the gate that reports marked tasks ({@code FLOW032}).
 *
 * <pre>{@code
 * SpecWorkflow flow = SpecWorkflow.create();
 * Set<String> changed = flow.approvals().changedCriteria(spec);
 * List<RevisionMark> marks = flow.revisionMarks().needsRevision(spec, changed);
 * flow.revisionMarks().mark(spec, marks);                  // only the marker bytes are added
 * }</pre>
 *
 * <p>tasks.md is written atomically and only if unchanged since it was read. Instances are
 * immutable and thread-safe; get one from {@link SpecWorkflow#revisionMarks()}.
 */
public final class RevisionMarks implements WorkflowGate {

    /** The start of the needs-revision marker, {@code <!-- needs-revision: }. */
    public static final String MARKER_PREFIX = "<!-- needs-revision: ";

    /** A needs-revision marker with its leading space, as appended to a task line. */
    public static final Pattern MARKER = Pattern.compile(" ?<!-- needs-revision: [^\\n]*?-->");

    private final WorkflowConfig config;

    RevisionMarks(WorkflowConfig config) {
        this.config = config;
    }

    /**
     * The completed tasks affected by changed criteria: done tasks whose explicit criteria (own,
     * ancestors', sub-tasks') include a changed one; tasks without explicit references count their
     * inferred criteria.
     *
     * @param spec the spec
     * @param changedCriteria changed criterion ids ({@code FR-2.1}, {@code 2.3})
     * @return the marks, in task order
     */
    public List<RevisionMark> needsRevision(Spec spec, Set<String> changedCriteria) {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(changedCriteria, "changedCriteria must not be null");
        List<RevisionMark> out = new ArrayList<>();
        if (changedCriteria.isEmpty() || spec.tasks().isEmpty()) {
            return out;
        }
        Map<String, TaskMapping> mappings = TaskMapping.of(spec, config.inferredMinScore());
        for (Task t : spec.tasks().get().tasks()) {
            if (t.state() != TaskState.DONE) {
                continue;
            }
            TaskMapping m = mappings.get(t.id());
            boolean inferred = m.explicitCriteria().isEmpty();
            Set<String> hit = new TreeSet<>(dev.specdriven.spec.Ids.NATURAL_ORDER);
            for (String c : inferred ? m.inferredCriteria() : m.explicitCriteria()) {
                if (changedCriteria.contains(c)) {
                    hit.add(c);
                }
            }
            if (!hit.isEmpty()) {
                out.add(
                        new RevisionMark(
                                spec.name(),
                                t.id(),
                                t.line(),
                                MARKER.matcher(t.title()).replaceAll("").strip(),
                                List.copyOf(hit),
                                inferred));
            }
        }
        return out;
    }

    /**
     * Appends the needs-revision marker to each marked task line (a task that already has a marker
     * gets its marker replaced when the criteria differ). Only the marker bytes change.
     *
     * @param spec the spec (tasks.md as read)
     * @param marks the marks
     * @return the number of task lines changed
     * @throws IOException when tasks.md changed since it was read or cannot be written
     */
    public int mark(Spec spec, List<RevisionMark> marks) throws IOException {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(marks, "marks must not be null");
        if (marks.isEmpty() || spec.tasks().isEmpty()) {
            return 0;
        }
        TasksDocument td = spec.tasks().get();
        SourceText src = td.source();
        List<TextEdit> edits = new ArrayList<>();
        for (RevisionMark m : marks) {
            Optional<Task> t = td.task(m.taskId());
            if (t.isEmpty()) {
                continue;
            }
            int line = t.get().line();
            int ls = src.lineStart(line);
            int le = src.lineEnd(line);
            String text = src.text().substring(ls, le);
            Matcher existing = MARKER.matcher(text);
            String marker = " " + m.marker();
            if (existing.find()) {
                if (existing.group().equals(marker)) {
                    continue;
                }
                edits.add(
                        new TextEdit(src.span(ls + existing.start(), ls + existing.end()), marker));
            } else {
                int end = le;
                while (end > ls
                        && (src.text().charAt(end - 1) == ' '
                                || src.text().charAt(end - 1) == '\t')) {
                    end--;
                }
                edits.add(new TextEdit(src.span(end, end), marker));
            }
        }
        return write(spec, td, edits);
    }

    /**
     * Removes needs-revision markers exactly (the marker and its one leading space).
     *
     * @param spec the spec
     * @param taskIds the tasks to unmark, empty for every task
     * @return the number of task lines changed
     * @throws IOException when tasks.md changed since it was read or cannot be written
     */
    public int unmark(Spec spec, Set<String> taskIds) throws IOException {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(taskIds, "taskIds must not be null");
        if (spec.tasks().isEmpty()) {
            return 0;
        }
        TasksDocument td = spec.tasks().get();
        SourceText src = td.source();
        List<TextEdit> edits = new ArrayList<>();
        for (Task t : td.tasks()) {
            if (!taskIds.isEmpty() && !taskIds.contains(t.id())) {
                continue;
            }
            int ls = src.lineStart(t.line());
            int le = src.lineEnd(t.line());
            Matcher m = MARKER.matcher(src.text().substring(ls, le));
            while (m.find()) {
                edits.add(new TextEdit(src.span(ls + m.start(), ls + m.end()), ""));
            }
        }
        return write(spec, td, edits);
    }

    /**
     * The tasks currently marked as needing revision.
     *
     * @param spec the spec
     * @return task id → marker text, in task order
     */
    public Map<String, String> marked(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        Map<String, String> out = new LinkedHashMap<>();
        spec.tasks()
                .ifPresent(
                        td -> {
                            SourceText src = td.source();
                            for (Task t : td.tasks()) {
                                Matcher m =
                                        MARKER.matcher(
                                                src.text()
                                                        .substring(
                                                                src.lineStart(t.line()),
                                                                src.lineEnd(t.line())));
                                if (m.find()) {
                                    out.put(t.id(), m.group().strip());
                                }
                            }
                        });
        return out;
    }

    /**
     * The needs-revision gate: {@link FlowCode#NEEDS_REVISION} per marked task, at the task.
     *
     * @param spec the spec
     * @return the diagnostics, in task order
     */
    public List<Diagnostic> check(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        List<Diagnostic> out = new ArrayList<>();
        String tasksPath = spec.tasks().map(SpecDocument::path).orElse("");
        marked(spec)
                .forEach(
                        (id, marker) ->
                                spec.tasks()
                                        .flatMap(td -> td.task(id))
                                        .ifPresent(
                                                t ->
                                                        out.add(
                                                                FlowCode.NEEDS_REVISION
                                                                        .at(
                                                                                t.span(),
                                                                                "task "
                                                                                        + id
                                                                                        + " is marked "
                                                                                        + marker)
                                                                        .withFile(tasksPath))));
        return out;
    }

    /**
     * The needs-revision gate; the graph is not used.
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

    private static int write(Spec spec, TasksDocument td, List<TextEdit> edits) throws IOException {
        if (edits.isEmpty()) {
            return 0;
        }
        Path file = spec.directory().resolve("tasks.md");
        SpecFiles.writeAtomically(file, td.source().sha256(), td.source().apply(edits));
        return edits.size();
    }
}
