package dev.specdriven.trace.internal;

import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TextBlock;
import dev.specdriven.trace.InferredLink;
import dev.specdriven.trace.LinkKind;
import dev.specdriven.trace.NodeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF link inference between tasks and the criteria and design sections of one spec. Stateless;
 * thread-safe.
 */
public final class LinkInference {
    private LinkInference() {}

    private static final Pattern ROUTE =
            Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+(/[\\w\\-./{}:]*)");
    private static final Pattern PATH =
            Pattern.compile("(?<![\\w/])(/[\\w\\-{}:]+(?:/[\\w\\-{}:.]+)*)");
    private static final Pattern CALL =
            Pattern.compile("\\b([A-Za-z_][\\w]*)\\.([A-Za-z_][\\w]*)\\s*(?:\\(\\))?");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]{1,80})`");
    private static final Pattern SNAKE = Pattern.compile("\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b");
    private static final Pattern CAMEL =
            Pattern.compile("\\b(?:[A-Z][a-z0-9]+){2,}\\b|\\b[a-z]+(?:[A-Z][a-z0-9]+)+\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*");
    private static final Pattern CAMEL_SPLIT = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Set<String> STOP =
            Set.of(
                    "the",
                    "and",
                    "for",
                    "with",
                    "that",
                    "this",
                    "shall",
                    "when",
                    "while",
                    "where",
                    "then",
                    "from",
                    "into",
                    "each",
                    "every",
                    "any",
                    "all",
                    "not",
                    "are",
                    "was",
                    "will",
                    "should",
                    "must",
                    "can",
                    "its",
                    "their",
                    "have",
                    "has",
                    "been",
                    "being",
                    "add",
                    "adds",
                    "implement",
                    "implementation",
                    "create",
                    "write",
                    "update",
                    "use",
                    "using",
                    "make",
                    "ensure",
                    "system",
                    "within",
                    "before",
                    "after",
                    "via",
                    "task",
                    "tasks",
                    "also",
                    "only",
                    "other",
                    "one",
                    "two",
                    "new",
                    "set",
                    "get",
                    "if",
                    "is",
                    "be",
                    "to",
                    "of",
                    "in",
                    "on",
                    "or",
                    "an",
                    "as",
                    "by",
                    "at",
                    "it");

    /** A document of the corpus: a node and its weighted tokens. */
    private record Doc(NodeId id, Map<String, Double> tf) {}

    /**
     * Infers links.
     *
     * @param name the spec name in node ids
     * @param spec the spec
     * @param minScore minimal score
     * @param maxPerTask kept per task and kind
     * @return the links, by task, kind, descending score
     */
    public static List<InferredLink> infer(
            String name, Spec spec, double minScore, int maxPerTask) {
        List<Task> tasks = spec.tasks().map(t -> t.tasks()).orElse(List.of());
        if (tasks.isEmpty()) {
            return List.of();
        }
        List<Doc> criteria = new ArrayList<>();
        for (AcceptanceCriterion c : spec.criteria()) {
            criteria.add(new Doc(NodeId.criterion(name, c.id()), tokens(c.text())));
        }
        List<Doc> sections = new ArrayList<>();
        spec.design().ifPresent(d -> sections.addAll(sections(name, d)));
        List<Doc> taskDocs = new ArrayList<>();
        for (Task t : tasks) {
            taskDocs.add(new Doc(NodeId.task(name, t.id()), tokens(taskText(t))));
        }
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (List<Doc> l : List.of(criteria, sections, taskDocs)) {
            for (Doc d : l) {
                n++;
                d.tf().keySet().forEach(k -> df.merge(k, 1, Integer::sum));
            }
        }
        Map<String, Double> idf = new HashMap<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            idf.put(e.getKey(), Math.log(1.0 + (double) n / e.getValue()));
        }
        List<InferredLink> out = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            Doc td = taskDocs.get(i);
            Set<NodeId> explicit = explicitTargets(name, spec, t);
            out.addAll(
                    best(td, criteria, idf, LinkKind.IMPLEMENTS, explicit, minScore, maxPerTask));
            out.addAll(best(td, sections, idf, LinkKind.CITES, explicit, minScore, maxPerTask));
        }
        return out;
    }

    private static Set<NodeId> explicitTargets(String name, Spec spec, Task t) {
        Set<NodeId> out = new HashSet<>();
        for (RequirementReference r : t.requirementReferences()) {
            for (AcceptanceCriterion c : spec.resolve(r)) {
                out.add(NodeId.criterion(name, c.id()));
            }
        }
        return out;
    }

    private static List<InferredLink> best(
            Doc task,
            List<Doc> targets,
            Map<String, Double> idf,
            LinkKind kind,
            Set<NodeId> explicit,
            double minScore,
            int max) {
        Map<String, Double> tv = vector(task.tf(), idf);
        double tn = norm(tv);
        if (tn == 0) {
            return List.of();
        }
        List<InferredLink> scored = new ArrayList<>();
        for (Doc d : targets) {
            if (explicit.contains(d.id())) {
                continue;
            }
            Map<String, Double> dv = vector(d.tf(), idf);
            double dn = norm(dv);
            if (dn == 0) {
                continue;
            }
            double dot = 0;
            List<Map.Entry<String, Double>> shared = new ArrayList<>();
            for (Map.Entry<String, Double> e : tv.entrySet()) {
                Double w = dv.get(e.getKey());
                if (w != null) {
                    double p = e.getValue() * w;
                    dot += p;
                    shared.add(Map.entry(e.getKey(), p));
                }
            }
            if (dot <= 0) {
                continue;
            }
            double score = Math.min(1.0, dot / (tn * dn));
            shared.sort(Map.Entry.<String, Double>comparingByValue().reversed());
            scored.add(
                    new InferredLink(
                            task.id(),
                            d.id(),
                            kind,
                            round(score),
                            shared.stream().map(Map.Entry::getKey).limit(5).toList()));
        }
        scored.sort(
                Comparator.comparingDouble(InferredLink::score)
                        .reversed()
                        .thenComparing(l -> l.target()));
        List<InferredLink> out = new ArrayList<>();
        for (InferredLink l : scored) {
            if (out.size() >= max || (!out.isEmpty() && l.score() < minScore)) {
                break;
            }
            out.add(l);
        }
        return out;
    }

    private static double round(double score) {
        double r = Math.round(score * 1000.0) / 1000.0;
        return r <= 0 ? 0.001 : r;
    }

    private static Map<String, Double> vector(Map<String, Double> tf, Map<String, Double> idf) {
        Map<String, Double> v = new HashMap<>();
        tf.forEach((k, w) -> v.put(k, w * idf.getOrDefault(k, 1.0)));
        return v;
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static String taskText(Task t) {
        StringBuilder sb = new StringBuilder(t.title());
        for (TextBlock b : t.details()) {
            sb.append('\n').append(b.text());
        }
        return sb.toString();
    }

    private static List<Doc> sections(String name, DesignDocument d) {
        List<Section> ss = d.sections();
        String text = d.source().text();
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < ss.size(); i++) {
            Section s = ss.get(i);
            if (s.level() == 1) {
                continue;
            }
            int start = s.headingSpan().startOffset();
            int end = s.span().endOffset();
            if (i + 1 < ss.size()) {
                end = Math.min(end, ss.get(i + 1).headingSpan().startOffset());
            }
            end = Math.max(start, Math.min(end, text.length()));
            // the heading counts twice: it names what the section is about
            String body = s.title() + "\n" + text.substring(start, end);
            out.add(new Doc(NodeId.section(name, s.anchor()), tokens(body)));
        }
        return out;
    }

    /**
     * The weighted tokens of a text: words (weight 1) and code-ish identifiers (weight 2).
     *
     * @param text the text
     * @return token → weight (summed over occurrences)
     */
    public static Map<String, Double> tokens(String text) {
        Map<String, Double> tf = new LinkedHashMap<>();
        Matcher m = ROUTE.matcher(text);
        while (m.find()) {
            add(tf, m.group(1) + " " + trimPath(m.group(2)), 2.0);
        }
        m = PATH.matcher(text);
        while (m.find()) {
            String p = trimPath(m.group(1));
            if (p.length() > 1) {
                add(tf, p, 2.0);
            }
        }
        m = CALL.matcher(text);
        while (m.find()) {
            if (m.group(0).contains("(") || Character.isUpperCase(m.group(1).charAt(0))) {
                add(tf, (m.group(1) + "." + m.group(2)).toLowerCase(Locale.ROOT), 2.0);
            }
        }
        m = CODE.matcher(text);
        while (m.find()) {
            add(tf, m.group(1).strip().toLowerCase(Locale.ROOT), 2.0);
        }
        m = SNAKE.matcher(text);
        while (m.find()) {
            add(tf, m.group(), 2.0);
        }
        m = CAMEL.matcher(text);
        while (m.find()) {
            add(tf, m.group().toLowerCase(Locale.ROOT), 2.0);
        }
        m = WORD.matcher(text);
        while (m.find()) {
            for (String part : CAMEL_SPLIT.split(m.group())) {
                String w = part.toLowerCase(Locale.ROOT);
                if (w.length() < 3 || STOP.contains(w)) {
                    continue;
                }
                add(tf, stem(w), 1.0);
            }
        }
        return tf;
    }

    private static String trimPath(String p) {
        String t = p;
        while (t.length() > 1 && (t.endsWith(".") || t.endsWith("/") || t.endsWith(":"))) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static void add(Map<String, Double> tf, String token, double w) {
        tf.merge(token, w, Double::sum);
    }

    /**
     * A light suffix stemmer: {@code issuing}, {@code issued}, {@code issues} → {@code issu}.
     *
     * @param w a lower-case word
     * @return its stem
     */
    static String stem(String w) {
        String s = w;
        if (s.length() > 5 && s.endsWith("ing")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.length() > 4 && s.endsWith("ed")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 4 && s.endsWith("es")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 3 && (s.endsWith("e") || s.endsWith("y"))) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
