package dev.specdriven.spec;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed {@code tasks.md}: tasks in document order, task group headings and the optional
 * dependency graph. Checkboxes in code fences, HTML comments and the dependency-graph block are not
 * tasks.
 *
 * <p>State changes are byte-minimal: {@link #withTaskState(String, TaskState)} replaces only the
 * character between the brackets.
 *
 * <pre>{@code
 * TasksDocument tasks = workspace.spec("auth").orElseThrow().tasks().orElseThrow();
 * SourceText edited = tasks.withTaskState("2.1", TaskState.DONE);
 * SpecFiles.writeAtomically(file, tasks.source().sha256(), edited);
 * }</pre>
 *
 * @param path path relative to the workspace
 * @param source the exact content
 * @param title the H1 title, empty when there is none
 * @param tasks every task in document order
 * @param groups numbered headings that parent tasks
 * @param dependencyGraph the task dependency graph block, when there is one
 * @param sections all headings in order
 * @param diagnostics problems found while reading
 */
public record TasksDocument(
        String path,
        SourceText source,
        Optional<String> title,
        List<Task> tasks,
        List<TaskGroup> groups,
        Optional<DependencyGraph> dependencyGraph,
        List<Section> sections,
        List<Diagnostic> diagnostics)
        implements SpecDocument {
    /** Validates and copies. */
    public TasksDocument {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(title, "title must not be null");
        tasks = List.copyOf(tasks);
        groups = List.copyOf(groups);
        Objects.requireNonNull(dependencyGraph, "dependencyGraph must not be null");
        sections = List.copyOf(sections);
        diagnostics = List.copyOf(diagnostics);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.TASKS;
    }

    /**
     * The first task with an id.
     *
     * @param id such as {@code 2.1} (a trailing dot, {@code 2.}, is accepted), or {@code #n} for
     *     the n-th task of the document (unnumbered tasks have that id)
     * @return the task, empty when there is none
     */
    public Optional<Task> task(String id) {
        Objects.requireNonNull(id, "id must not be null");
        String key = id.strip();
        if (key.endsWith(".") && key.length() > 1) {
            key = key.substring(0, key.length() - 1);
        }
        String k = key;
        Optional<Task> byId = tasks.stream().filter(t -> t.id().equals(k)).findFirst();
        if (byId.isEmpty() && k.matches("#\\d{1,9}")) {
            int n = Integer.parseInt(k.substring(1));
            return n >= 1 && n <= tasks.size() ? Optional.of(tasks.get(n - 1)) : Optional.empty();
        }
        return byId;
    }

    /**
     * The tasks whose parent is a task or group id ({@code ""} for the top level).
     *
     * @param parentId the parent id, or {@code ""}
     * @return the children in order
     */
    public List<Task> children(String parentId) {
        Objects.requireNonNull(parentId, "parentId must not be null");
        return tasks.stream().filter(t -> t.parentId().orElse("").equals(parentId)).toList();
    }

    /**
     * The edit that sets a task's state: it replaces the marker between the brackets and nothing
     * else. Setting {@code DONE} on a task marked {@code X} is no edit.
     *
     * @param task a task of this document
     * @param state the new state, not {@link TaskState#UNKNOWN}
     * @return the edit, empty when the task already has that state
     */
    public Optional<TextEdit> stateEdit(Task task, TaskState state) {
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(state, "state must not be null");
        if (state == TaskState.UNKNOWN) {
            throw new IllegalArgumentException("cannot set the UNKNOWN state");
        }
        if (task.state() == state) {
            return Optional.empty();
        }
        return Optional.of(new TextEdit(task.stateSpan(), state.marker()));
    }

    /**
     * The new source with one task's state changed; every other byte stays the same.
     *
     * @param taskId the task id (see {@link #task(String)})
     * @param state the new state
     * @return the edited source (equal to {@link #source()} when nothing changes)
     * @throws java.util.NoSuchElementException when there is no such task
     * @throws IllegalStateException when the file is not valid UTF-8
     */
    public SourceText withTaskState(String taskId, TaskState state) {
        Task task =
                task(taskId)
                        .orElseThrow(
                                () ->
                                        new java.util.NoSuchElementException(
                                                "no task " + taskId + " in " + path));
        return source.apply(stateEdit(task, state).map(List::of).orElse(List.of()));
    }
}
