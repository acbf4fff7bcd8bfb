package dev.specdriven.trace.drift;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.CorrectnessProperty;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.ReferenceKind;
import dev.specdriven.spec.ReferenceList;
import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TextBlock;
import dev.specdriven.spec.TextEdit;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.Finding;
import dev.specdriven.trace.Impact;
import dev.specdriven.trace.ImpactedNode;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.NodeKind;
import dev.specdriven.trace.TraceCode;
import dev.specdriven.trace.TraceGraph;
import dev.specdriven.trace.TraceNode;
import dev.specdriven.trace.evidence.Evidence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a workspace with a baseline (an earlier revision or another directory).
 *
 * <ol>
 *   <li>Criteria are matched per spec: same normalized EARS parts first (same id → unchanged, other
 *       id → renumbered), then same id with word similarity ≥ {@link Builder#similarity(double)},
 *       then the most similar remaining criterion; the rest are added or removed.
 *   <li>Every design section, property, task, test and code location that traces (in the current
 *       graph) to a changed criterion, or traced (in the baseline) to a removed one, is suspect.
 *   <li>A reference that still uses the old id of a renumbered criterion, and was already there in
 *       the baseline, is stale; the report gives the edit that rewrites it.
 *   <li>Tasks done in the baseline whose criteria changed need revision; tasks whose text changed
 *       together with their criteria are flagged for review.
 * </ol>
 *
 * <pre>{@code
 * Workspace before = SpecParser.create().read(GitRevisions.materialize(ws, "HEAD~3", tmp));
 * Workspace now = SpecParser.create().read(ws);
 * DriftReport r = DriftAnalyzer.create().compare(before, now);
 * r.suspects().forEach(s -> System.out.println(s.node() + ": " + s.reason()));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DriftAnalyzer {
    /** The default similarity a changed criterion needs to be matched, 0.5. */
    public static final double DEFAULT_SIMILARITY = 0.5;

    private static final SourceSpan NO_SPAN = SourceSpan.at(SourcePosition.START);
    private final double similarity;
    private final Evidence evidence;

    private DriftAnalyzer(Builder b) {
        this.similarity = b.similarity;
        this.evidence = b.evidence;
    }

    /**
     * An analyzer with the defaults.
     *
     * @return the analyzer
     */
    public static DriftAnalyzer create() {
        return builder().build();
    }

    /**
     * A builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Compares the current workspace with a baseline.
     *
     * <p>This method is thread-safe.
     *
     * @param baseline the earlier version
     * @param current the current version
     * @return the report
     */
    public DriftReport compare(Workspace baseline, Workspace current) {
        Objects.requireNonNull(baseline, "baseline must not be null");
        Objects.requireNonNull(current, "current must not be null");
        TraceGraph before = TraceGraph.of(baseline);
        TraceGraph now = TraceGraph.builder().workspace(current).evidence(evidence).build();
        List<CriterionChange> changes = new ArrayList<>();
        Set<String> specs = new LinkedHashSet<>(before.specs());
        specs.addAll(now.specs());
        for (String s : specs) {
            changes.addAll(match(s, before.spec(s), now.spec(s)));
        }
        List<Finding> findings = new ArrayList<>();
        List<Suspect> suspects = new ArrayList<>();
        Map<NodeId, List<NodeId>> causesByTask = new LinkedHashMap<>();
        Set<NodeId> seen = new HashSet<>();
        for (CriterionChange c : changes) {
            if (c.kind() == ChangeKind.UNCHANGED) {
                continue;
            }
            findings.add(changeFinding(c, before, now));
            if (!c.semantic()) {
                continue;
            }
            NodeId cause = c.after().or(c::before).orElseThrow();
            String why =
                    c.kind() == ChangeKind.REMOVED
                            ? "criterion " + cause.local() + " was removed"
                            : "criterion "
                                    + cause.local()
                                    + " changed ("
                                    + String.join(", ", c.changedParts())
                                    + ")";
            List<NodeId> affected = new ArrayList<>();
            if (c.after().isPresent()) {
                affected.addAll(downstream(now.impact(List.of(c.after().get()))));
            }
            if (c.before().isPresent()) {
                for (NodeId n : downstream(before.impact(List.of(c.before().get())))) {
                    if (now.node(n).isPresent() && !affected.contains(n)) {
                        affected.add(n);
                    }
                }
            }
            for (NodeId n : affected) {
                if (n.kind() == NodeKind.TASK) {
                    causesByTask.computeIfAbsent(n, k -> new ArrayList<>()).add(cause);
                }
                if (!seen.add(n)) {
                    continue;
                }
                Suspect sus = new Suspect(n, cause, why);
                suspects.add(sus);
                findings.add(
                        nodeFinding(
                                now.node(n).orElseThrow(),
                                TraceCode.SUSPECT_LINK,
                                n.kind().label() + " " + n.local() + " is suspect: " + why,
                                List.of(n, cause)));
            }
        }
        List<StaleReference> stale = staleReferences(changes, before, now, findings);
        List<StaleTask> staleTasks = staleTasks(causesByTask, before, now, findings);
        return new DriftReport(
                changes.stream().filter(c -> c.kind() != ChangeKind.UNCHANGED).toList(),
                suspects,
                stale,
                staleTasks,
                findings);
    }

    private static List<NodeId> downstream(Impact impact) {
        List<NodeId> out = new ArrayList<>();
        for (ImpactedNode n : impact.affected()) {
            NodeKind k = n.node().kind();
            if (k != NodeKind.CRITERION && k != NodeKind.REQUIREMENT && k != NodeKind.SPEC) {
                out.add(n.node());
            }
        }
        return out;
    }

    private List<CriterionChange> match(String spec, Optional<Spec> before, Optional<Spec> now) {
        List<AcceptanceCriterion> b = before.map(Spec::criteria).orElse(List.of());
        List<AcceptanceCriterion> c = now.map(Spec::criteria).orElse(List.of());
        List<EarsParts> bp = b.stream().map(x -> EarsParts.of(x.ears())).toList();
        List<EarsParts> cp = c.stream().map(x -> EarsParts.of(x.ears())).toList();
        int[] matchOf = new int[c.size()];
        Arrays.fill(matchOf, -1);
        boolean[] used = new boolean[b.size()];
        Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < b.size(); i++) {
            byKey.computeIfAbsent(bp.get(i).key(), k -> new ArrayDeque<>()).add(i);
        }
        // 1. exact normalized match, same id preferred
        for (int j = 0; j < c.size(); j++) {
            ArrayDeque<Integer> q = byKey.get(cp.get(j).key());
            if (q == null || q.isEmpty()) {
                continue;
            }
            Integer pick = null;
            for (int i : q) {
                if (b.get(i).id().equals(c.get(j).id())) {
                    pick = i;
                    break;
                }
            }
            if (pick == null) {
                pick = q.peekFirst();
            }
            q.remove(pick);
            matchOf[j] = pick;
            used[pick] = true;
        }
        // 2. same id, similar enough
        Map<String, Integer> bById = new HashMap<>();
        for (int i = 0; i < b.size(); i++) {
            bById.putIfAbsent(b.get(i).id().toString(), i);
        }
        List<Set<String>> bWords = b.stream().map(x -> words(x.text())).toList();
        List<Set<String>> cWords = c.stream().map(x -> words(x.text())).toList();
        for (int j = 0; j < c.size(); j++) {
            if (matchOf[j] >= 0) {
                continue;
            }
            Integer i = bById.get(c.get(j).id().toString());
            if (i != null && !used[i] && jaccard(bWords.get(i), cWords.get(j)) >= similarity) {
                matchOf[j] = i;
                used[i] = true;
            }
        }
        // 3. most similar remaining
        for (int j = 0; j < c.size(); j++) {
            if (matchOf[j] >= 0) {
                continue;
            }
            int best = -1;
            double bestScore = similarity;
            for (int i = 0; i < b.size(); i++) {
                if (used[i]) {
                    continue;
                }
                double s = jaccard(bWords.get(i), cWords.get(j));
                if (s >= bestScore && (best < 0 || s > bestScore)) {
                    best = i;
                    bestScore = s;
                }
            }
            if (best >= 0) {
                matchOf[j] = best;
                used[best] = true;
            }
        }
        List<CriterionChange> out = new ArrayList<>();
        for (int j = 0; j < c.size(); j++) {
            AcceptanceCriterion cur = c.get(j);
            NodeId after = NodeId.criterion(spec, cur.id());
            if (matchOf[j] < 0) {
                out.add(
                        new CriterionChange(
                                spec,
                                ChangeKind.ADDED,
                                Optional.empty(),
                                Optional.of(after),
                                List.of(),
                                "",
                                cur.text(),
                                0));
                continue;
            }
            AcceptanceCriterion old = b.get(matchOf[j]);
            List<String> diff = bp.get(matchOf[j]).differences(cp.get(j));
            ChangeKind kind =
                    !diff.isEmpty()
                            ? ChangeKind.CHANGED
                            : old.id().equals(cur.id())
                                    ? ChangeKind.UNCHANGED
                                    : ChangeKind.RENUMBERED;
            out.add(
                    new CriterionChange(
                            spec,
                            kind,
                            Optional.of(NodeId.criterion(spec, old.id())),
                            Optional.of(after),
                            diff,
                            old.text(),
                            cur.text(),
                            jaccard(bWords.get(matchOf[j]), cWords.get(j))));
        }
        for (int i = 0; i < b.size(); i++) {
            if (!used[i]) {
                out.add(
                        new CriterionChange(
                                spec,
                                ChangeKind.REMOVED,
                                Optional.of(NodeId.criterion(spec, b.get(i).id())),
                                Optional.empty(),
                                List.of(),
                                b.get(i).text(),
                                "",
                                0));
            }
        }
        return out;
    }

    private static Set<String> words(String text) {
        String n = EarsParts.normalize(text);
        return n.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(n.split(" ")));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static Finding changeFinding(CriterionChange c, TraceGraph before, TraceGraph now) {
        TraceNode n =
                c.after()
                        .flatMap(now::node)
                        .or(() -> c.before().flatMap(before::node))
                        .orElseThrow();
        String id = n.id().local();
        switch (c.kind()) {
            case CHANGED:
                return nodeFinding(
                        n,
                        TraceCode.CRITERION_CHANGED,
                        "criterion "
                                + id
                                + " changed ("
                                + String.join(", ", c.changedParts())
                                + "): was \""
                                + c.beforeText()
                                + "\"",
                        List.of(n.id()));
            case REMOVED:
                return nodeFinding(
                        n,
                        TraceCode.CRITERION_REMOVED,
                        "criterion " + id + " was removed: \"" + c.beforeText() + "\"",
                        List.of(n.id()));
            case ADDED:
                return nodeFinding(
                        n,
                        TraceCode.CRITERION_ADDED,
                        "criterion " + id + " was added",
                        List.of(n.id()));
            default:
                return nodeFinding(
                        n,
                        TraceCode.CRITERION_RENUMBERED,
                        "criterion " + c.before().orElseThrow().local() + " is now " + id,
                        List.of(n.id(), c.before().orElseThrow()));
        }
    }

    private static Finding nodeFinding(
            TraceNode n, TraceCode code, String message, List<NodeId> nodes) {
        Diagnostic d = code.at(n.span().orElse(NO_SPAN), message);
        return new Finding(n.file().map(d::withFile).orElse(d), nodes);
    }

    private static List<StaleReference> staleReferences(
            List<CriterionChange> changes,
            TraceGraph before,
            TraceGraph now,
            List<Finding> findings) {
        Map<String, Map<String, String>> renamed = new HashMap<>();
        for (CriterionChange c : changes) {
            if (c.before().isPresent()
                    && c.after().isPresent()
                    && !c.before().get().local().equals(c.after().get().local())) {
                renamed.computeIfAbsent(c.spec(), k -> new HashMap<>())
                        .put(c.before().get().local(), c.after().get().local());
            }
        }
        List<StaleReference> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : renamed.entrySet()) {
            Spec cur = now.spec(e.getKey()).orElse(null);
            Spec old = before.spec(e.getKey()).orElse(null);
            if (cur == null || old == null) {
                continue;
            }
            Map<String, Set<String>> oldTokens = referenceTokens(e.getKey(), old);
            for (Owned o : references(e.getKey(), cur)) {
                RequirementReference r = o.ref;
                if (r.kind() != ReferenceKind.CRITERION) {
                    continue;
                }
                String written = r.criterion().orElseThrow().toString();
                String suggested = e.getValue().get(written);
                if (suggested == null
                        || !oldTokens
                                .getOrDefault(o.owner.toString(), Set.of())
                                .contains(written)) {
                    continue;
                }
                StaleReference s =
                        new StaleReference(
                                o.owner,
                                o.file,
                                written,
                                suggested,
                                new TextEdit(r.span(), suggested));
                out.add(s);
                findings.add(
                        new Finding(
                                new Diagnostic(
                                        TraceCode.STALE_REFERENCE.code(),
                                        TraceCode.STALE_REFERENCE.defaultSeverity(),
                                        o.owner.kind().label()
                                                + " "
                                                + o.owner.local()
                                                + " references "
                                                + written
                                                + ", which was renumbered to "
                                                + suggested,
                                        "Rewrite '" + r.raw() + "' as '" + suggested + "'.",
                                        r.span(),
                                        Optional.of(o.file)),
                                List.of(o.owner)));
            }
        }
        return out;
    }

    private record Owned(NodeId owner, String file, RequirementReference ref) {}

    private static Map<String, Set<String>> referenceTokens(String spec, Spec s) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Owned o : references(spec, s)) {
            if (o.ref.kind() == ReferenceKind.CRITERION) {
                out.computeIfAbsent(o.owner.toString(), k -> new HashSet<>())
                        .add(o.ref.criterion().orElseThrow().toString());
            }
        }
        return out;
    }

    private static List<Owned> references(String spec, Spec s) {
        List<Owned> out = new ArrayList<>();
        s.tasks()
                .ifPresent(
                        doc -> {
                            for (Task t : doc.tasks()) {
                                for (ReferenceList l : t.requirements()) {
                                    for (RequirementReference r : l.references()) {
                                        out.add(
                                                new Owned(
                                                        NodeId.task(spec, t.id()), doc.path(), r));
                                    }
                                }
                            }
                        });
        s.design()
                .ifPresent(
                        d -> {
                            for (ReferenceList l : d.references()) {
                                NodeId owner = designOwner(spec, d, l);
                                for (RequirementReference r : l.references()) {
                                    out.add(new Owned(owner, d.path(), r));
                                }
                            }
                        });
        return out;
    }

    private static NodeId designOwner(String spec, DesignDocument d, ReferenceList l) {
        for (CorrectnessProperty p : d.properties()) {
            if (p.span().contains(l.span())) {
                return NodeId.property(spec, p.number());
            }
        }
        return d.sectionAt(l.span().startOffset())
                .map(x -> NodeId.section(spec, x.anchor()))
                .orElse(NodeId.spec(spec));
    }

    private static List<StaleTask> staleTasks(
            Map<NodeId, List<NodeId>> causes,
            TraceGraph before,
            TraceGraph now,
            List<Finding> findings) {
        List<StaleTask> out = new ArrayList<>();
        for (Map.Entry<NodeId, List<NodeId>> e : causes.entrySet()) {
            NodeId id = e.getKey();
            Optional<Task> oldTask = task(before, id);
            Optional<Task> newTask = task(now, id);
            if (newTask.isEmpty()) {
                continue;
            }
            List<NodeId> criteria = List.copyOf(new LinkedHashSet<>(e.getValue()));
            String list = String.join(", ", criteria.stream().map(NodeId::local).toList());
            TraceNode n = now.node(id).orElseThrow();
            if (oldTask.isPresent() && oldTask.get().state() == TaskState.DONE) {
                out.add(new StaleTask(id, StaleTask.Reason.DONE_BEFORE_CHANGE, criteria));
                findings.add(
                        nodeFinding(
                                n,
                                TraceCode.DONE_TASK_REQUIREMENT_CHANGED,
                                "task "
                                        + id.local()
                                        + " was done before criteria "
                                        + list
                                        + " changed",
                                List.of(id)));
            } else if (oldTask.isPresent()
                    && !content(oldTask.get()).equals(content(newTask.get()))) {
                out.add(new StaleTask(id, StaleTask.Reason.EDITED_AFTER_CHANGE, criteria));
                findings.add(
                        nodeFinding(
                                n,
                                TraceCode.TASK_EDITED_AFTER_CHANGE,
                                "task "
                                        + id.local()
                                        + " was edited while criteria "
                                        + list
                                        + " changed",
                                List.of(id)));
            }
        }
        return out;
    }

    private static Optional<Task> task(TraceGraph g, NodeId id) {
        return g.spec(id.spec()).flatMap(s -> s.tasks()).flatMap(t -> t.task(id.local()));
    }

    private static String content(Task t) {
        StringBuilder sb = new StringBuilder(EarsParts.normalize(t.title()));
        for (TextBlock b : t.details()) {
            sb.append('\n').append(EarsParts.normalize(b.text()));
        }
        return sb.toString();
    }

    /** Configures a {@link DriftAnalyzer}. */
    public static final class Builder {
        private double similarity = DEFAULT_SIMILARITY;
        private Evidence evidence = Evidence.none();

        private Builder() {}

        /**
         * The word similarity (Jaccard, 0 to 1) a changed sentence needs to be matched with its
         * baseline.
         *
         * @param similarity the threshold, in (0, 1]
         * @return {@code this}
         */
        public Builder similarity(double similarity) {
            if (!(similarity > 0 && similarity <= 1)) {
                throw new IllegalArgumentException(
                        "similarity must be in (0, 1], was " + similarity);
            }
            this.similarity = similarity;
            return this;
        }

        /**
         * Evidence for the current workspace, so that tests citing changed criteria are suspect.
         *
         * @param evidence the evidence
         * @return {@code this}
         */
        public Builder evidence(Evidence evidence) {
            this.evidence = Objects.requireNonNull(evidence, "evidence must not be null");
            return this;
        }

        /**
         * Builds the analyzer.
         *
         * @return the analyzer
         */
        public DriftAnalyzer build() {
            return new DriftAnalyzer(this);
        }
    }
}
