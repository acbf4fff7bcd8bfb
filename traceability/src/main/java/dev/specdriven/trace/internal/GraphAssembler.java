package dev.specdriven.trace.internal;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.CorrectnessProperty;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.DependencyGraph;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.GlossaryTerm;
import dev.specdriven.spec.PropertyReference;
import dev.specdriven.spec.ReferenceList;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.TextBlock;
import dev.specdriven.trace.DesignCitations;
import dev.specdriven.trace.Finding;
import dev.specdriven.trace.LinkKind;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.NodeKind;
import dev.specdriven.trace.TraceCode;
import dev.specdriven.trace.TraceLink;
import dev.specdriven.trace.TraceNode;
import dev.specdriven.trace.evidence.Evidence;
import dev.specdriven.trace.evidence.EvidenceItem;
import dev.specdriven.trace.evidence.EvidenceKind;
import dev.specdriven.trace.evidence.EvidenceTarget;
import dev.specdriven.trace.evidence.TestStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Builds {@link GraphData} from parsed specs: one assembler per spec (in parallel), appended in
 * order to one for the whole graph. An instance is not thread-safe and is used once.
 */
public final class GraphAssembler {
    private static final Pattern DEPENDS =
            Pattern.compile(
                    "^[\\s>*_\\-+]*(?:depends\\s+on|dependencies|depends)\\s*[*_]*\\s*:\\s*[*_]*\\s*(.+)$",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern TASK_ID = Pattern.compile("(?<![\\w.])\\d+(?:\\.\\d+)*(?![\\w])");
    private static final SourceSpan NO_SPAN = SourceSpan.at(SourcePosition.START);
    private static final SpecChecker CHECKER = SpecChecker.create();

    private final List<TraceNode> nodes;
    private final Map<NodeId, Integer> index;
    private final List<TraceLink> links = new ArrayList<>();
    private final IntList srcs = new IntList();
    private final IntList dsts = new IntList();
    // indexed by node; grown as nodes are added
    private Task[] tasks;
    private AcceptanceCriterion[] criteria;
    private final Map<Integer, TestStatus> tests = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    /** Nodes with a requirement or property reference that resolves to nothing. */
    private final Set<NodeId> danglingOwners = new HashSet<>();

    /** Second and later elements with a taken id, by file and start offset. */
    private final Map<String, Integer> duplicates = new HashMap<>();

    private final List<GraphData.SpecInfo> specs = new ArrayList<>();
    private Map<String, Integer> currentProperties = new HashMap<>();
    private Map<String, Integer> currentSections = new HashMap<>();

    private GraphAssembler() {
        this(16);
    }

    /** An assembler sized for about {@code nodes} nodes. */
    private GraphAssembler(int nodes) {
        this.nodes = new ArrayList<>(nodes);
        this.index = new HashMap<>(Math.max(16, (int) (nodes / 0.75f) + 1));
        this.tasks = new Task[nodes];
        this.criteria = new AcceptanceCriterion[nodes];
    }

    /**
     * Assembles the graph, the specs in parallel.
     *
     * @param input the specs
     * @param evidence the evidence
     * @param extraLinks additional links (inferred ones); their nodes must exist
     * @return the data
     */
    public static GraphData assemble(
            List<Spec> input, Evidence evidence, List<TraceLink> extraLinks) {
        return assemble(input, evidence, extraLinks, true);
    }

    /**
     * Assembles the graph. Links never cross specs, so each spec is assembled on its own (in
     * parallel when asked) and the parts are then appended in input order: the result does not
     * depend on {@code parallel}.
     *
     * @param input the specs
     * @param evidence the evidence
     * @param extraLinks additional links (inferred ones); their nodes must exist
     * @param parallel whether to assemble the specs on the common fork-join pool
     * @return the data
     */
    public static GraphData assemble(
            List<Spec> input, Evidence evidence, List<TraceLink> extraLinks, boolean parallel) {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> nameCount = new HashMap<>();
        for (Spec s : input) {
            nameCount.merge(s.name(), 1, Integer::sum);
        }
        String[] names = new String[input.size()];
        for (int i = 0; i < names.length; i++) {
            Spec s = input.get(i);
            String name = nameCount.get(s.name()) > 1 ? s.path() : s.name();
            if (!seen.add(name)) {
                name = name + "~" + seen.size();
                seen.add(name);
            }
            names[i] = name;
        }
        GraphAssembler[] parts = new GraphAssembler[names.length];
        IntStream range = IntStream.range(0, names.length);
        (parallel && names.length > 1 ? range.parallel() : range)
                .forEach(
                        i -> {
                            GraphAssembler part = new GraphAssembler();
                            part.addSpec(names[i], input.get(i));
                            parts[i] = part;
                        });
        int nodeCount = 0;
        for (GraphAssembler part : parts) {
            nodeCount += part.nodes.size();
        }
        GraphAssembler a = new GraphAssembler(nodeCount);
        for (GraphAssembler part : parts) {
            a.append(part);
        }
        a.addEvidence(evidence);
        for (TraceLink l : extraLinks) {
            int s = a.indexOf(l.source());
            int t = a.indexOf(l.target());
            if (s < 0 || t < 0) {
                throw new IllegalArgumentException(
                        "link " + l + " names a node that is not in the graph");
            }
            a.link(s, t, l);
        }
        return a.finish(evidence);
    }

    /** Appends a part assembled on its own, shifting its node numbers. */
    private void append(GraphAssembler part) {
        int offset = nodes.size();
        int n = part.nodes.size();
        for (int i = 0; i < n; i++) {
            TraceNode node = part.nodes.get(i);
            nodes.add(node);
            index.put(node.id(), offset + i);
            Task t = i < part.tasks.length ? part.tasks[i] : null;
            if (t != null) {
                tasks = grow(tasks, offset + i);
                tasks[offset + i] = t;
            }
            AcceptanceCriterion c = i < part.criteria.length ? part.criteria[i] : null;
            if (c != null) {
                criteria = grow(criteria, offset + i);
                criteria[offset + i] = c;
            }
        }
        for (int i = 0; i < part.links.size(); i++) {
            links.add(part.links.get(i));
            srcs.add(part.srcs.get(i) + offset);
            dsts.add(part.dsts.get(i) + offset);
        }
        findings.addAll(part.findings);
        danglingOwners.addAll(part.danglingOwners);
        for (GraphData.SpecInfo s : part.specs) {
            specs.add(
                    new GraphData.SpecInfo(
                            s.name,
                            s.spec,
                            s.node + offset,
                            shift(s.criteria, offset),
                            shift(s.tasks, offset),
                            s.scheduled));
        }
    }

    private static int[] shift(int[] a, int offset) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + offset;
        }
        return out;
    }

    private int indexOf(NodeId id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    private GraphData finish(Evidence evidence) {
        int n = nodes.size();
        int m = links.size();
        int[] ls = srcs.toArray();
        int[] lt = dsts.toArray();
        int[] outCount = new int[n];
        int[] inCount = new int[n];
        for (int i = 0; i < m; i++) {
            outCount[ls[i]]++;
            inCount[lt[i]]++;
        }
        int[][] out = new int[n][];
        int[][] in = new int[n][];
        for (int i = 0; i < n; i++) {
            // most nodes have no incoming or no outgoing link: one shared empty array
            out[i] = outCount[i] == 0 ? NO_LINKS : new int[outCount[i]];
            in[i] = inCount[i] == 0 ? NO_LINKS : new int[inCount[i]];
        }
        int[] op = new int[n];
        int[] ip = new int[n];
        for (int i = 0; i < m; i++) {
            out[ls[i]][op[ls[i]]++] = i;
            in[lt[i]][ip[lt[i]]++] = i;
        }
        Task[] ta = java.util.Arrays.copyOf(tasks, n);
        AcceptanceCriterion[] ca = java.util.Arrays.copyOf(criteria, n);
        TestStatus[] sa = new TestStatus[n];
        tests.forEach((k, v) -> sa[k] = v);
        for (Diagnostic d : evidence.diagnostics()) {
            findings.add(new Finding(d, List.of()));
        }
        return new GraphData(
                List.copyOf(nodes),
                java.util.Collections.unmodifiableMap(index),
                List.copyOf(links),
                ls,
                lt,
                out,
                in,
                List.copyOf(specs),
                ta,
                ca,
                sa,
                evidence,
                List.copyOf(findings),
                Set.copyOf(danglingOwners));
    }

    private static final int[] NO_LINKS = new int[0];

    /** Whether a text contains "depend" in any case (every DEPENDS match does). */
    private static boolean mentionsDepend(String text) {
        for (int i = 0; i + 6 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'd' || c == 'D') && text.regionMatches(true, i, "depend", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /** The array, or a larger copy, so that {@code index} fits. */
    private static <T> T[] grow(T[] a, int index) {
        return index < a.length ? a : java.util.Arrays.copyOf(a, Math.max(index + 1, a.length * 2));
    }

    private int node(NodeId id, String label, Optional<String> file, Optional<SourceSpan> span) {
        Integer existing = index.get(id);
        if (existing != null) {
            return existing;
        }
        int i = nodes.size();
        nodes.add(new TraceNode(id, id.kind(), label, file, span));
        index.put(id, i);
        return i;
    }

    /**
     * Creates a node with a unique id; the second element with a taken id gets {@code id~2} (the
     * spec model reports duplicate requirements, tasks and properties, {@link #duplicateIds}; a
     * duplicate criterion is reported here).
     */
    private int uniqueNode(
            NodeKind kind, String spec, String local, String label, String file, SourceSpan span) {
        NodeId id = new NodeId(kind, spec, local);
        if (index.containsKey(id)) {
            int n = 2;
            while (index.containsKey(new NodeId(kind, spec, local + "~" + n))) {
                n++;
            }
            id = new NodeId(kind, spec, local + "~" + n);
            if (kind == NodeKind.CRITERION) {
                findings.add(
                        new Finding(
                                TraceCode.DUPLICATE_CRITERION
                                        .at(
                                                span,
                                                "criterion "
                                                        + local
                                                        + " is defined twice in spec "
                                                        + spec)
                                        .withFile(file),
                                List.of(id)));
            }
            int node = node(id, label, optionalFile(file), Optional.of(span));
            duplicates.put(file + "@" + span.startOffset(), node);
            return node;
        }
        return node(id, label, optionalFile(file), Optional.of(span));
    }

    /**
     * Reports the spec model's duplicate-id diagnostics as findings of the element they concern, so
     * that {@code check} and {@code trace} report one code at one position.
     */
    private void duplicateIds(Spec spec, int specNode) {
        for (Diagnostic d : CHECKER.duplicateIds(spec)) {
            Integer n = duplicates.get(d.file().orElse("") + "@" + d.span().startOffset());
            findings.add(new Finding(d, List.of(nodes.get(n == null ? specNode : n).id())));
        }
    }

    /** One shared {@code Optional} per file: nodes of a large graph mostly name a few files. */
    private final Map<String, Optional<String>> files = new HashMap<>();

    private Optional<String> optionalFile(String file) {
        return files.computeIfAbsent(file, Optional::of);
    }

    private void link(int s, int t, TraceLink l) {
        links.add(l);
        srcs.add(s);
        dsts.add(t);
    }

    private void structural(int s, int t, LinkKind kind) {
        link(s, t, TraceLink.structural(nodes.get(s).id(), nodes.get(t).id(), kind, kind.name()));
    }

    private void explicit(int s, int t, LinkKind kind, String text, String file, SourceSpan span) {
        link(
                s,
                t,
                TraceLink.explicit(nodes.get(s).id(), nodes.get(t).id(), kind, text, file, span));
    }

    private void addSpec(String name, Spec spec) {
        int specNode = node(NodeId.spec(name), name, Optional.of(spec.path()), Optional.empty());
        Map<String, Integer> reqNodes = new HashMap<>();
        IdentityHashMap<AcceptanceCriterion, Integer> critNodes = new IdentityHashMap<>();
        IntList critList = new IntList();
        String reqFile =
                spec.requirements()
                        .map(r -> r.path())
                        .or(() -> spec.bugfix().map(b -> b.path()))
                        .orElse(spec.path());
        Map<String, Integer> terms = new HashMap<>();
        Map<String, Integer> mentionKeys = new java.util.LinkedHashMap<>();
        spec.requirements()
                .ifPresent(
                        doc -> {
                            for (GlossaryTerm g : doc.glossary()) {
                                String key = g.normalized();
                                if (terms.containsKey(key)) {
                                    continue; // SpecChecker reports duplicate terms
                                }
                                int t =
                                        node(
                                                new NodeId(NodeKind.GLOSSARY_TERM, name, key),
                                                g.term(),
                                                optionalFile(doc.path()),
                                                Optional.of(g.termSpan()));
                                terms.put(key, t);
                                mentionKeys.putIfAbsent(Mentions.fold(g.term()), t);
                                structural(t, specNode, LinkKind.PART_OF);
                            }
                        });
        for (Requirement r : spec.allRequirements()) {
            int rn =
                    uniqueNode(
                            NodeKind.REQUIREMENT,
                            name,
                            r.id(),
                            r.title().isEmpty() ? r.heading() : r.title(),
                            reqFile,
                            r.headingSpan());
            reqNodes.putIfAbsent(r.id(), rn);
            structural(rn, specNode, LinkKind.PART_OF);
            for (AcceptanceCriterion c : r.criteria()) {
                int cn =
                        uniqueNode(
                                NodeKind.CRITERION,
                                name,
                                nodes.get(rn).id().local().equals(r.id())
                                        ? c.id().toString()
                                        : nodes.get(rn).id().local() + "." + c.id().index(),
                                c.text(),
                                reqFile,
                                c.span());
                critNodes.put(c, cn);
                critList.add(cn);
                criteria = grow(criteria, cn);
                criteria[cn] = c;
                structural(cn, rn, LinkKind.PART_OF);
                if (!mentionKeys.isEmpty()) {
                    String folded = Mentions.fold(c.text());
                    mentionKeys.forEach(
                            (key, t) -> {
                                if (Mentions.contains(folded, key)) {
                                    structural(cn, t, LinkKind.MENTIONS);
                                }
                            });
                }
            }
        }
        Resolver resolver = new Resolver(spec, reqNodes, critNodes);
        currentProperties = new HashMap<>();
        currentSections = new HashMap<>();
        spec.design().ifPresent(d -> addDesign(name, specNode, d, resolver));
        List<Integer> taskList = new ArrayList<>();
        Set<String> scheduled = new HashSet<>();
        spec.tasks().ifPresent(t -> addTasks(name, specNode, t, resolver, taskList, scheduled));
        duplicateIds(spec, specNode);
        specs.add(
                new GraphData.SpecInfo(
                        name,
                        spec,
                        specNode,
                        critList.toArray(),
                        taskList.stream().mapToInt(Integer::intValue).toArray(),
                        Set.copyOf(scheduled)));
    }

    /** Resolves requirement references of one spec to node indices. */
    private static final class Resolver {
        final Spec spec;
        final Map<String, Integer> reqNodes;
        final IdentityHashMap<AcceptanceCriterion, Integer> critNodes;

        Resolver(
                Spec spec,
                Map<String, Integer> reqNodes,
                IdentityHashMap<AcceptanceCriterion, Integer> critNodes) {
            this.spec = spec;
            this.reqNodes = reqNodes;
            this.critNodes = critNodes;
        }

        /** Node indices a reference denotes; empty when dangling; null for free text. */
        List<Integer> resolve(RequirementReference ref) {
            switch (ref.kind()) {
                case FREE_TEXT:
                    return null;
                case REQUIREMENT:
                    {
                        Integer r = ref.requirement().map(reqNodes::get).orElse(null);
                        return r == null ? List.of() : List.of(r);
                    }
                case ALL:
                    return new ArrayList<>(new LinkedHashSet<>(reqNodes.values()));
                default:
                    {
                        List<Integer> out = new ArrayList<>();
                        for (AcceptanceCriterion c : spec.resolve(ref)) {
                            Integer n = critNodes.get(c);
                            if (n != null) {
                                out.add(n);
                            }
                        }
                        return out;
                    }
            }
        }
    }

    /**
     * A requirement reference of {@code owner} that resolves to nothing: the owner counts as traced
     * (it names a requirement, a wrong one), and the spec model's {@code SPEC016} is the finding.
     */
    private void dangling(NodeId owner, Spec spec, RequirementReference ref, String file) {
        danglingOwners.add(owner);
        CHECKER.danglingReference(spec, ref, file)
                .ifPresent(d -> findings.add(new Finding(d, List.of(owner))));
    }

    private void addDesign(String name, int specNode, DesignDocument d, Resolver resolver) {
        String file = d.path();
        Map<String, Integer> sectionNodes = new HashMap<>();
        for (Section s : d.sections()) {
            int sn =
                    node(
                            NodeId.section(name, s.anchor()),
                            s.title(),
                            optionalFile(file),
                            Optional.of(s.headingSpan()));
            sectionNodes.put(s.anchor(), sn);
            currentSections.putIfAbsent(s.anchor(), sn);
            Integer parent = s.parentAnchor().isEmpty() ? null : sectionNodes.get(s.parentAnchor());
            structural(sn, parent == null ? specNode : parent, LinkKind.PART_OF);
        }
        List<CorrectnessProperty> props = d.properties();
        int[] propNodes = new int[props.size()];
        for (int i = 0; i < props.size(); i++) {
            CorrectnessProperty p = props.get(i);
            int pn = uniqueNode(NodeKind.PROPERTY, name, p.number(), p.title(), file, p.span());
            propNodes[i] = pn;
            currentProperties.putIfAbsent(p.number(), pn);
            Optional<Section> in = d.sectionAt(p.span().startOffset());
            structural(
                    pn,
                    in.map(s -> sectionNodes.get(s.anchor())).orElse(specNode),
                    LinkKind.PART_OF);
        }
        for (ReferenceList list : d.references()) {
            int owner = -1;
            for (int i = 0; i < props.size(); i++) {
                if (props.get(i).span().contains(list.span())) {
                    owner = propNodes[i];
                    break;
                }
            }
            if (owner < 0) {
                Optional<Section> s = d.sectionAt(list.span().startOffset());
                owner = s.map(x -> sectionNodes.get(x.anchor())).orElse(specNode);
            }
            for (RequirementReference ref : list.references()) {
                List<Integer> targets = resolver.resolve(ref);
                if (targets == null) {
                    continue;
                }
                if (targets.isEmpty()) {
                    dangling(nodes.get(owner).id(), resolver.spec, ref, file);
                } else {
                    NodeId ownerId = nodes.get(owner).id();
                    CHECKER.danglingReference(resolver.spec, ref, file)
                            .ifPresent(x -> findings.add(new Finding(x, List.of(ownerId))));
                }
                for (int t : targets) {
                    explicit(owner, t, LinkKind.VALIDATES, ref.raw(), file, ref.span());
                }
            }
        }
    }

    private void addTasks(
            String name,
            int specNode,
            TasksDocument doc,
            Resolver resolver,
            List<Integer> taskList,
            Set<String> scheduled) {
        String file = doc.path();
        Map<String, Integer> byId = new HashMap<>();
        for (Task t : doc.tasks()) {
            int tn = uniqueNode(NodeKind.TASK, name, t.id(), t.title(), file, t.span());
            byId.putIfAbsent(t.id(), tn);
            tasks = grow(tasks, tn);
            tasks[tn] = t;
            taskList.add(tn);
        }
        Map<String, Integer> props = currentProperties;
        for (int tn : taskList) {
            Task t = tasks[tn];
            NodeId tid = nodes.get(tn).id();
            Integer parent = t.parentId().map(byId::get).orElse(null);
            if (parent != null && parent != tn) {
                structural(tn, parent, LinkKind.SUBTASK_OF);
            } else {
                structural(tn, specNode, LinkKind.PART_OF);
            }
            for (ReferenceList list : t.requirements()) {
                for (RequirementReference ref : list.references()) {
                    List<Integer> targets = resolver.resolve(ref);
                    if (targets == null) {
                        continue;
                    }
                    if (targets.isEmpty()) {
                        dangling(tid, resolver.spec, ref, file);
                    } else {
                        CHECKER.danglingReference(resolver.spec, ref, file)
                                .ifPresent(d -> findings.add(new Finding(d, List.of(tid))));
                    }
                    for (int target : targets) {
                        explicit(tn, target, LinkKind.IMPLEMENTS, ref.raw(), file, ref.span());
                    }
                }
            }
            resolver.spec
                    .design()
                    .ifPresent(
                            d -> {
                                for (Section s : DesignCitations.of(t, d)) {
                                    Integer sn = currentSections.get(s.anchor());
                                    if (sn != null) {
                                        explicit(tn, sn, LinkKind.CITES, s.title(), file, t.span());
                                    }
                                }
                            });
            for (PropertyReference p : t.properties()) {
                Integer pn = props.get(p.number());
                if (pn == null) {
                    danglingOwners.add(tid);
                    CHECKER.danglingProperty(resolver.spec, t, p, file)
                            .ifPresent(d -> findings.add(new Finding(d, List.of(tid))));
                } else {
                    explicit(tn, pn, LinkKind.IMPLEMENTS_PROPERTY, p.number(), file, p.span());
                }
            }
            for (TextBlock detail : t.details()) {
                if (!mentionsDepend(detail.text())) {
                    continue; // cheaper than the regular expression on every detail line
                }
                Matcher m = DEPENDS.matcher(detail.text().strip());
                if (!m.find()) {
                    continue;
                }
                Matcher ids = TASK_ID.matcher(m.group(1));
                while (ids.find()) {
                    String id = ids.group();
                    Integer dep = byId.get(id);
                    if (dep == null) {
                        findings.add(
                                new Finding(
                                        TraceCode.DANGLING_DEPENDENCY
                                                .at(
                                                        detail.span(),
                                                        "task "
                                                                + t.id()
                                                                + " depends on task "
                                                                + id
                                                                + ", which does not exist in spec "
                                                                + name)
                                                .withFile(file),
                                        List.of(tid)));
                    } else if (dep != tn) {
                        explicit(tn, dep, LinkKind.DEPENDS_ON, id, file, detail.span());
                    }
                }
            }
        }
        doc.dependencyGraph().ifPresent(g -> addWaves(name, file, g, byId, scheduled));
    }

    private void addWaves(
            String name,
            String file,
            DependencyGraph g,
            Map<String, Integer> byId,
            Set<String> scheduled) {
        List<Integer> previous = List.of();
        for (DependencyGraph.Wave w : g.waves()) {
            List<Integer> current = new ArrayList<>();
            for (String raw : w.taskIds()) {
                String id = raw.strip().replaceAll("\\.$", "");
                Integer tn = byId.get(id);
                if (tn == null) {
                    findings.add(
                            new Finding(
                                    TraceCode.UNKNOWN_WAVE_TASK
                                            .at(
                                                    g.span(),
                                                    "wave "
                                                            + w.id()
                                                            + " lists task "
                                                            + id
                                                            + ", which does not exist in spec "
                                                            + name)
                                            .withFile(file),
                                    List.of(NodeId.spec(name))));
                    continue;
                }
                scheduled.add(id);
                current.add(tn);
            }
            for (int t : current) {
                for (int p : previous) {
                    if (p != t) {
                        explicit(t, p, LinkKind.DEPENDS_ON, "wave " + w.id(), file, g.span());
                    }
                }
            }
            if (!current.isEmpty()) {
                previous = current;
            }
        }
    }

    private void addEvidence(Evidence evidence) {
        Map<String, GraphData.SpecInfo> byName = new HashMap<>();
        for (GraphData.SpecInfo s : specs) {
            byName.put(s.name, s);
        }
        for (EvidenceItem item : evidence.items()) {
            NodeKind kind = item.kind() == EvidenceKind.TEST ? NodeKind.TEST : NodeKind.CODE;
            NodeId id = new NodeId(kind, "", item.name());
            Optional<SourceSpan> span =
                    item.line().map(l -> SourceSpan.at(new SourcePosition(Math.max(1, l), 1, 0)));
            int en = node(id, item.name(), item.file(), span);
            if (kind == NodeKind.TEST) {
                tests.merge(en, item.status(), TestStatus::combine);
            }
            for (EvidenceTarget target : item.targets()) {
                int t = resolveEvidence(target);
                if (t < 0) {
                    SourceSpan s = span.orElse(NO_SPAN);
                    Diagnostic d =
                            TraceCode.UNKNOWN_EVIDENCE_TARGET.at(
                                    s, item.name() + " cites " + target + ", which does not exist");
                    findings.add(new Finding(item.file().map(d::withFile).orElse(d), List.of(id)));
                    continue;
                }
                LinkKind lk = kind == NodeKind.TEST ? LinkKind.VERIFIES : LinkKind.CITES;
                if (item.file().isPresent() && span.isPresent()) {
                    explicit(en, t, lk, target.toString(), item.file().get(), span.get());
                } else {
                    link(en, t, TraceLink.structural(id, nodes.get(t).id(), lk, target.toString()));
                }
            }
        }
    }

    private int resolveEvidence(EvidenceTarget target) {
        Optional<CriterionId> cid = CriterionId.parse(target.id());
        if (cid.isPresent()) {
            int c = indexOf(NodeId.criterion(target.spec(), cid.get()));
            if (c >= 0) {
                return c;
            }
        }
        return indexOf(NodeId.requirement(target.spec(), target.id()));
    }
}
