package dev.specdriven.generate.internal;

import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs the tasks of a current list with the tasks of a generated one by identity, not by number: a
 * model that renumbers (a new task 2 moves "Payment" from 3 to 4) must not hand task 3's state and
 * sub-tasks to another task. Identity is, in order of strength: the same title; the same reference
 * list with a similar title; the same number with a similar title or a shared reference. A pair
 * always has the same depth, and a sub-task prefers a candidate under its own parent's partner.
 */
final class TaskMatcher {
    private TaskMatcher() {}

    private static final double SIMILAR = 0.5;

    /**
     * The partner in the generated list of each current task.
     *
     * @param current the current tasks
     * @param generated the generated tasks
     * @return for each current task index, the generated task index, or -1 when none
     */
    static int[] match(TasksDocument current, TasksDocument generated) {
        List<Task> cur = current.tasks();
        List<Task> gen = generated.tasks();
        Map<String, List<Integer>> byTitle = new HashMap<>();
        Map<String, List<Integer>> byRefs = new HashMap<>();
        Map<String, List<Integer>> byId = new HashMap<>();
        List<Set<String>> genWords = new ArrayList<>(gen.size());
        List<Set<String>> genRefs = new ArrayList<>(gen.size());
        for (int i = 0; i < gen.size(); i++) {
            Task g = gen.get(i);
            byTitle.computeIfAbsent(title(g), k -> new ArrayList<>()).add(i);
            Set<String> refs = refs(g);
            genRefs.add(refs);
            if (!refs.isEmpty()) {
                byRefs.computeIfAbsent(refs.toString(), k -> new ArrayList<>()).add(i);
            }
            byId.computeIfAbsent(g.id(), k -> new ArrayList<>()).add(i);
            genWords.add(words(g));
        }
        Map<String, Integer> genIndexById = new HashMap<>();
        for (int i = 0; i < gen.size(); i++) {
            genIndexById.putIfAbsent(gen.get(i).id(), i);
        }
        int[] out = new int[cur.size()];
        java.util.Arrays.fill(out, -1);
        boolean[] taken = new boolean[gen.size()];
        Map<String, Integer> partnerOfCurrentId = new HashMap<>();
        for (int c = 0; c < cur.size(); c++) {
            Task t = cur.get(c);
            Set<String> refs = refs(t);
            Set<String> words = words(t);
            Set<Integer> candidates = new LinkedHashSet<>();
            candidates.addAll(byTitle.getOrDefault(title(t), List.of()));
            if (!refs.isEmpty()) {
                candidates.addAll(byRefs.getOrDefault(refs.toString(), List.of()));
            }
            candidates.addAll(byId.getOrDefault(t.id(), List.of()));
            Integer parentPartner = t.parentId().map(partnerOfCurrentId::get).orElse(null);
            int best = -1;
            int bestScore = 0;
            for (int g : candidates) {
                if (taken[g]) {
                    continue;
                }
                Task x = gen.get(g);
                if (depth(x) != depth(t)) {
                    continue;
                }
                int score;
                double sim = jaccard(words, genWords.get(g));
                boolean refsEqual = !refs.isEmpty() && refs.equals(genRefs.get(g));
                if (title(x).equals(title(t)) && !title(t).isEmpty()) {
                    score = 8;
                } else if (refsEqual && sim >= SIMILAR / 2) {
                    score = 6;
                } else if (x.id().equals(t.id())
                        && (sim >= SIMILAR || shares(refs, genRefs.get(g)))) {
                    score = 3;
                } else {
                    continue;
                }
                Integer xParent = x.parentId().map(genIndexById::get).orElse(null);
                if (t.parentId().isEmpty()
                        ? x.parentId().isEmpty()
                        : sameIndex(parentPartner, xParent)) {
                    score += 2;
                }
                if (x.id().equals(t.id())) {
                    score += 1;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = g;
                }
            }
            if (best >= 0) {
                taken[best] = true;
                out[c] = best;
                partnerOfCurrentId.putIfAbsent(t.id(), best);
            }
        }
        return out;
    }

    private static boolean sameIndex(Integer a, Integer b) {
        return a != null && a.equals(b);
    }

    private static int depth(Task t) {
        int d = 0;
        for (int i = 0; i < t.id().length(); i++) {
            if (t.id().charAt(i) == '.') {
                d++;
            }
        }
        return d;
    }

    /** The title without emphasis, comments, case and trailing punctuation. */
    static String title(Task t) {
        String s = t.title();
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                i = end < 0 ? s.length() : end + 3;
                continue;
            }
            char ch = s.charAt(i++);
            if (ch == '*' || ch == '_' || ch == '`') {
                continue;
            }
            if (Character.isWhitespace(ch)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
                continue;
            }
            b.append(Character.toLowerCase(ch));
        }
        int end = b.length();
        while (end > 0 && (b.charAt(end - 1) == ' ' || ".:;,".indexOf(b.charAt(end - 1)) >= 0)) {
            end--;
        }
        return b.substring(0, end);
    }

    private static Set<String> words(Task t) {
        Set<String> out = new HashSet<>();
        for (String w : title(t).split("[^\\p{L}\\p{N}]++")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> refs(Task t) {
        Set<String> out = new TreeSet<>();
        for (RequirementReference r : t.requirementReferences()) {
            out.add(r.raw().strip());
        }
        return out;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
