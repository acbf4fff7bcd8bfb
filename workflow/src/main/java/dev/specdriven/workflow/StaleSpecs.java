package dev.specdriven.workflow;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.drift.GitRunner;
import dev.specdriven.trace.evidence.EvidenceItem;
import dev.specdriven.trace.evidence.EvidenceReader;
import dev.specdriven.trace.evidence.EvidenceTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The stale-spec check, for CI: source files changed since a git revision whose tracing specs did
 * not change, and specs whose last verification is too old.
 *
 * <p>A file traces to a spec when (1) it carries an evidence tag citing the spec ({@code Verifies:
 * user-authentication FR-1.1}, {@code @Verifies("user-authentication:FR-1")}), or (2, inferred) its
 * base name, as written or split into words ({@code AuthService} → {@code authservice}, {@code auth
 * service}, {@code auth_service}, {@code auth-service}), occurs in the spec's requirements, design
 * or tasks. A spec "changed" when any file of its folder differs from the revision (committed or
 * not).
 *
 * <pre>{@code
 * StaleReport r = StaleSpecs.check(workflow, workspace, "v1.2", List.of("src"));
 * r.staleFiles().forEach(f -> System.out.println(f.file() + " ← " + f.specs()));
 * }</pre>
 */
public final class StaleSpecs {
    private StaleSpecs() {}

    private static final Set<String> GENERIC =
            Set.of(
                    "index", "main", "util", "utils", "app", "test", "tests", "helper", "helpers",
                    "types", "common", "config", "init", "mod", "lib", "readme");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\-.\\s]+");

    /**
     * Files changed since a revision or untracked, under some paths: {@code git diff --name-only
     * -z} and {@code git ls-files --others -z}, paths read as UTF-8.
     */
    private static List<String> changedSince(
            GitRunner git, Path root, String since, List<String> paths) throws IOException {
        List<String> diff =
                new ArrayList<>(
                        List.of(
                                "diff",
                                "--no-ext-diff",
                                "--name-only",
                                "-z",
                                "--relative",
                                "--end-of-options",
                                since,
                                "--"));
        diff.addAll(paths);
        List<String> out = new ArrayList<>(GitRunner.split(git.run(root, diff)));
        List<String> untracked =
                new ArrayList<>(List.of("ls-files", "--others", "--exclude-standard", "-z", "--"));
        untracked.addAll(paths);
        out.addAll(GitRunner.split(git.run(root, untracked)));
        return out;
    }

    /**
     * Runs the check.
     *
     * @param workflow the workflow (configuration, clock, records)
     * @param workspace the workspace, read from disk (its root must be inside a git work tree)
     * @param since the git revision
     * @param codePaths source directories or files, relative to the workspace root
     * @return the report
     * @throws IOException when git is missing, the revision is unknown or files cannot be read
     */
    public static StaleReport check(
            SpecWorkflow workflow, Workspace workspace, String since, List<String> codePaths)
            throws IOException {
        Objects.requireNonNull(workflow, "workflow must not be null");
        Objects.requireNonNull(workspace, "workspace must not be null");
        Objects.requireNonNull(since, "since must not be null");
        Objects.requireNonNull(codePaths, "codePaths must not be null");
        GitRunner.checkRevision(since);
        GitRunner git = GitRunner.create();
        Path root = workspace.root();
        git.run(
                root,
                List.of(
                        "rev-parse",
                        "--verify",
                        "--quiet",
                        "--end-of-options",
                        since + "^{commit}"));
        List<String> paths = codePaths.isEmpty() ? List.of(".") : codePaths;
        Set<String> changed = new TreeSet<>();
        changed.addAll(changedSince(git, root, since, paths));
        changed.removeIf(f -> f.startsWith(".kiro/") || f.endsWith(".md"));
        Map<String, Boolean> specChanged = new HashMap<>();
        Map<String, String> specText = new LinkedHashMap<>();
        for (Spec s : workspace.specs()) {
            String dir = s.path().isEmpty() ? "." : s.path();
            boolean c = !changedSince(git, root, since, List.of(dir)).isEmpty();
            specChanged.put(s.name(), c);
            StringBuilder sb = new StringBuilder();
            for (SpecDocument d : s.documents()) {
                sb.append(d.source().text()).append('\n');
            }
            specText.put(s.name(), sb.toString().toLowerCase(Locale.ROOT));
        }
        EvidenceReader reader = EvidenceReader.create();
        List<StaleReport.StaleFile> stale = new ArrayList<>();
        List<String> untraced = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        SourceSpan at = SourceSpan.at(SourcePosition.START);
        for (String f : changed) {
            Path p = root.resolve(f);
            Map<String, String> via = new LinkedHashMap<>();
            if (Files.isRegularFile(p)) {
                String text;
                try {
                    text = Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                    text = "";
                }
                for (EvidenceItem item : reader.scanSource(f, text)) {
                    for (EvidenceTarget t : item.targets()) {
                        if (specText.containsKey(t.spec())) {
                            via.putIfAbsent(t.spec(), "tag");
                        }
                    }
                }
            }
            for (String token : nameTokens(f)) {
                Pattern word =
                        Pattern.compile(
                                "(?<![\\p{L}\\p{N}])"
                                        + Pattern.quote(token)
                                        + "(?![\\p{L}\\p{N}])");
                specText.forEach(
                        (spec, text) -> {
                            if (!via.containsKey(spec) && word.matcher(text).find()) {
                                via.put(spec, "name:" + token);
                            }
                        });
            }
            if (via.isEmpty()) {
                untraced.add(f);
                diags.add(
                        FlowCode.UNTRACED_CHANGE
                                .at(at, f + " changed since " + since + " and no spec traces to it")
                                .withFile(f));
                continue;
            }
            if (via.keySet().stream().anyMatch(s -> specChanged.getOrDefault(s, false))) {
                continue;
            }
            List<String> specs = new ArrayList<>(via.keySet());
            List<String> how = new ArrayList<>(via.values());
            stale.add(new StaleReport.StaleFile(f, specs, how));
            diags.add(
                    FlowCode.STALE_SPEC
                            .at(
                                    at,
                                    f
                                            + " changed since "
                                            + since
                                            + " but spec "
                                            + String.join(", ", specs)
                                            + " (traced via "
                                            + String.join(", ", how)
                                            + ") did not")
                            .withFile(f));
        }
        for (Spec s : workspace.specs()) {
            diags.addAll(workflow.verification().check(s));
        }
        return new StaleReport(since, List.copyOf(changed), stale, untraced, diags);
    }

    /**
     * The inferred-trace tokens of a file name: {@code src/auth/AuthService.java} → {@code
     * authservice}, {@code auth service}, {@code auth_service}, {@code auth-service}.
     *
     * @param file a path
     * @return the tokens, lower case; empty for generic names
     */
    static Set<String> nameTokens(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dot = base.indexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        Set<String> out = new LinkedHashSet<>();
        String lower = base.toLowerCase(Locale.ROOT);
        if (lower.length() < 4 || GENERIC.contains(lower)) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        for (String p : CAMEL.split(base)) {
            if (!p.isEmpty()) {
                parts.add(p.toLowerCase(Locale.ROOT));
            }
        }
        out.add(String.join("", parts));
        if (parts.size() > 1) {
            out.add(String.join(" ", parts));
            out.add(String.join("_", parts));
            out.add(String.join("-", parts));
        }
        return out;
    }
}
