package dev.specdriven.trace;

import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.TextEdit;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.internal.LinkInference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Links inferred from shared identifiers between tasks and the criteria and design sections of
 * their spec, for specs whose tasks carry no (or few) {@code _Requirements:} references.
 *
 * <p>Tokens: words (lower-cased, lightly stemmed, stop words dropped) and code-ish identifiers —
 * {@code Type.method()} calls (also split into their parts), HTTP routes {@code POST /auth/login},
 * paths, {@code snake_case} and {@code CamelCase} names, back-quoted code. Code-ish tokens weigh
 * twice as much. Each token is weighted by its rarity across the spec's criteria, sections and
 * tasks (IDF, {@code ln(1 + N / df)}); the score of a pair is the cosine of the two TF-IDF vectors.
 * Per task, the best {@link #DEFAULT_MAX_PER_TASK} targets of each kind with a score of at least
 * {@link #DEFAULT_MIN_SCORE} are kept (the best one is always kept), except targets the task
 * already references explicitly.
 *
 * <pre>{@code
 * Workspace ws = SpecParser.create().read(Path.of("."));
 * InferredLinks inferred = InferredLinks.infer(ws);
 * TraceGraph.Builder b = TraceGraph.builder().workspace(ws);
 * inferred.traceLinks().forEach(b::link);
 * TraceGraph graph = b.build();   // explicit and inferred links, told apart by origin()
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class InferredLinks {

    /** The minimal score of a kept link (the best link of a task is kept regardless), 0.05. */
    public static final double DEFAULT_MIN_SCORE = 0.05;

    /** Links kept per task and target kind, 3. */
    public static final int DEFAULT_MAX_PER_TASK = 3;

    private final List<InferredLink> links;

    private InferredLinks(List<InferredLink> links) {
        this.links = List.copyOf(links);
    }

    /**
     * Infers the links of every spec of a workspace (spec names as in the trace graph).
     *
     * @param workspace the workspace
     * @return the links
     */
    public static InferredLinks infer(Workspace workspace) {
        Objects.requireNonNull(workspace, "workspace must not be null");
        return infer(workspace.specs());
    }

    /** Infers the links of specs named as the trace graph names them. */
    static InferredLinks infer(List<Spec> specs) {
        List<InferredLink> all = new ArrayList<>();
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        specs.forEach(s -> count.merge(s.name(), 1, Integer::sum));
        for (Spec s : specs) {
            String name = count.get(s.name()) > 1 ? s.path() : s.name();
            all.addAll(LinkInference.infer(name, s, DEFAULT_MIN_SCORE, DEFAULT_MAX_PER_TASK));
        }
        return new InferredLinks(all);
    }

    /**
     * Infers the links of one spec, named by its folder name.
     *
     * @param spec the spec
     * @return the links
     */
    public static InferredLinks infer(Spec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        return new InferredLinks(
                LinkInference.infer(spec.name(), spec, DEFAULT_MIN_SCORE, DEFAULT_MAX_PER_TASK));
    }

    /**
     * Infers the links of one spec with explicit limits.
     *
     * @param specName the spec name used in node ids
     * @param spec the spec
     * @param minScore the minimal score of kept links, in [0, 1]
     * @param maxPerTask links kept per task and target kind, at least 1
     * @return the links
     */
    public static InferredLinks infer(String specName, Spec spec, double minScore, int maxPerTask) {
        Objects.requireNonNull(specName, "specName must not be null");
        Objects.requireNonNull(spec, "spec must not be null");
        if (minScore < 0 || minScore > 1) {
            throw new IllegalArgumentException("minScore must be in [0, 1], was " + minScore);
        }
        if (maxPerTask < 1) {
            throw new IllegalArgumentException("maxPerTask must be >= 1, was " + maxPerTask);
        }
        return new InferredLinks(LinkInference.infer(specName, spec, minScore, maxPerTask));
    }

    /**
     * Every inferred link, by task then kind then descending score.
     *
     * @return the links
     */
    public List<InferredLink> links() {
        return links;
    }

    /**
     * The inferred links of one task, best first per kind.
     *
     * @param taskId the task id
     * @return the links
     */
    public List<InferredLink> forTask(String taskId) {
        Objects.requireNonNull(taskId, "taskId must not be null");
        return links.stream().filter(l -> l.source().local().equals(taskId)).toList();
    }

    /**
     * The best-scored link of a task to a kind of node.
     *
     * @param taskId the task id
     * @param targetKind {@link NodeKind#CRITERION} or {@link NodeKind#DESIGN_SECTION}
     * @return the link, empty when there is none
     */
    public Optional<InferredLink> best(String taskId, NodeKind targetKind) {
        Objects.requireNonNull(targetKind, "targetKind must not be null");
        return forTask(taskId).stream()
                .filter(l -> l.target().kind() == targetKind)
                .max(Comparator.comparingDouble(InferredLink::score));
    }

    /**
     * The links as inferred {@link TraceLink}s, for {@link TraceGraph.Builder#link(TraceLink)}.
     *
     * @return the trace links
     */
    public List<TraceLink> traceLinks() {
        return links.stream().map(InferredLink::toTraceLink).toList();
    }

    /**
     * The edits that accept the best inferred requirement link of every task without explicit
     * references: one detail line {@code - _Requirements: FR-1_} inserted right after the task
     * line, indented two spaces deeper than the task (the requirement id when it has a single
     * criterion, the criterion id otherwise). Nothing else changes.
     *
     * <pre>{@code
     * TasksDocument tasks = spec.tasks().orElseThrow();
     * List<TextEdit> edits = InferredLinks.infer(spec).acceptEdits(spec, 0.1);
     * SpecFiles.writeAtomically(file, tasks.source().sha256(), tasks.source().apply(edits));
     * }</pre>
     *
     * @param spec the spec these links were inferred from
     * @param minScore links below this score are not accepted
     * @return the edits of tasks.md, in document order (empty when there is nothing to accept)
     */
    public List<TextEdit> acceptEdits(Spec spec, double minScore) {
        Objects.requireNonNull(spec, "spec must not be null");
        List<TextEdit> edits = new ArrayList<>();
        if (spec.tasks().isEmpty()) {
            return edits;
        }
        TasksDocument td = spec.tasks().get();
        SourceText src = td.source();
        String text = src.text();
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        for (Task t : td.tasks()) {
            if (!t.requirementReferences().isEmpty()) {
                continue;
            }
            Optional<InferredLink> best = best(t.id(), NodeKind.CRITERION);
            if (best.isEmpty() || best.get().score() < minScore) {
                continue;
            }
            String ref = referenceFor(spec, best.get().target().local());
            int le = src.lineEnd(t.line());
            String line = " ".repeat(t.indent() + 2) + "- _Requirements: " + ref + "_";
            if (le < text.length()) {
                int next = le + (text.startsWith("\r\n", le) ? 2 : 1);
                edits.add(new TextEdit(src.span(next, next), line + eol));
            } else {
                edits.add(new TextEdit(src.span(le, le), eol + line));
            }
        }
        return edits;
    }

    /**
     * The accepted tasks.md text ({@link #acceptEdits(Spec, double)} applied).
     *
     * @param spec the spec
     * @param minScore the minimal score
     * @return the new text, equal to the old one when nothing is accepted
     */
    public SourceText accepted(Spec spec, double minScore) {
        Objects.requireNonNull(spec, "spec must not be null");
        TasksDocument td =
                spec.tasks()
                        .orElseThrow(() -> new IllegalArgumentException("spec has no tasks.md"));
        return td.source().apply(acceptEdits(spec, minScore));
    }

    private static String referenceFor(Spec spec, String criterion) {
        for (Requirement r : spec.allRequirements()) {
            for (AcceptanceCriterion c : r.criteria()) {
                if (c.id().toString().equals(criterion)) {
                    return r.criteria().size() == 1 ? r.id() : criterion;
                }
            }
        }
        return criterion;
    }
}
