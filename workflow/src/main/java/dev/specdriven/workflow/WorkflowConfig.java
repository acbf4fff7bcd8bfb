package dev.specdriven.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.workflow.internal.JsonFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The workflow's gates and limits, read from {@code .specdriven.json} at the workspace root (every
 * key optional; defaults below):
 *
 * <pre>{@code
 * {
 *   "designSections": {
 *     "architecture": ["architecture", "components", "component design", "system design", "modules"],
 *     "data models": ["data model", "data models", "schema", "database", "entities", "data structures"],
 *     "api contracts": ["api", "apis", "interfaces", "endpoints", "contracts", "routes"],
 *     "error handling": ["error handling", "errors", "failure", "failures", "exceptions"],
 *     "security": ["security", "authentication", "authorization", "threat model", "privacy"]
 *   },
 *   "maxTasks": 30,
 *   "requireScope": true,
 *   "requireRequirementLink": true,
 *   "requireDesignLink": true,
 *   "inferredCountsAsMapped": false,
 *   "inferredMinScore": 0.1,
 *   "verifyMaxAgeDays": 30,
 *   "requireApprovals": true
 * }
 * }</pre>
 *
 * <p>A design section matches a topic when its heading (numbering and punctuation ignored,
 * case-insensitive) contains one of the topic's synonyms as whole words. Use {@code
 * "designSections": {}} to switch the completeness gate off, {@code "maxTasks": 0} for no limit.
 *
 * @param designSections required design topics → accepted heading synonyms, in order
 * @param maxTasks the maximum number of tasks per spec, 0 for no limit
 * @param requireScope whether a scope-boundary / out-of-scope section is required
 * @param requireRequirementLink whether every task must map to a requirement
 * @param requireDesignLink whether every task must map to a design section
 * @param inferredCountsAsMapped whether an inferred link alone satisfies the requirement mapping
 * @param inferredMinScore the minimal score of inferred links used by gates, drift and marking
 * @param verifyMaxAge the age after which a verification is outdated
 * @param requireApprovals whether missing approvals are reported by the gates
 */
public record WorkflowConfig(
        Map<String, List<String>> designSections,
        int maxTasks,
        boolean requireScope,
        boolean requireRequirementLink,
        boolean requireDesignLink,
        boolean inferredCountsAsMapped,
        double inferredMinScore,
        Duration verifyMaxAge,
        boolean requireApprovals) {

    /** The file name, {@code .specdriven.json}. */
    public static final String FILE_NAME = ".specdriven.json";

    /** The default maximum number of tasks, 30. */
    public static final int DEFAULT_MAX_TASKS = 30;

    /** The default minimal score of inferred links, 0.1. */
    public static final double DEFAULT_INFERRED_MIN_SCORE = 0.1;

    /** Validates and copies. */
    public WorkflowConfig {
        Objects.requireNonNull(designSections, "designSections must not be null");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        designSections.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        designSections = java.util.Collections.unmodifiableMap(copy);
        if (maxTasks < 0) {
            throw new IllegalArgumentException("maxTasks must be >= 0, was " + maxTasks);
        }
        if (inferredMinScore < 0 || inferredMinScore > 1) {
            throw new IllegalArgumentException(
                    "inferredMinScore must be in [0, 1], was " + inferredMinScore);
        }
        Objects.requireNonNull(verifyMaxAge, "verifyMaxAge must not be null");
    }

    /**
     * The default design topics and their synonyms.
     *
     * @return topic → synonyms
     */
    public static Map<String, List<String>> defaultDesignSections() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(
                "architecture",
                List.of(
                        "architecture",
                        "components",
                        "component",
                        "component design",
                        "system design",
                        "modules",
                        "structure"));
        m.put(
                "data models",
                List.of(
                        "data model",
                        "data models",
                        "models",
                        "schema",
                        "schemas",
                        "database",
                        "entities",
                        "data structures",
                        "storage"));
        m.put(
                "api contracts",
                List.of(
                        "api",
                        "apis",
                        "interfaces",
                        "interface",
                        "endpoints",
                        "contracts",
                        "routes"));
        m.put(
                "error handling",
                List.of("error handling", "errors", "error", "failure", "failures", "exceptions"));
        m.put(
                "security",
                List.of(
                        "security",
                        "authentication",
                        "authorization",
                        "threat model",
                        "privacy",
                        "access control"));
        return m;
    }

    /**
     * The defaults.
     *
     * @return the default configuration
     */
    public static WorkflowConfig defaults() {
        return new WorkflowConfig(
                defaultDesignSections(),
                DEFAULT_MAX_TASKS,
                true,
                true,
                true,
                false,
                DEFAULT_INFERRED_MIN_SCORE,
                Duration.ofDays(30),
                true);
    }

    /**
     * Reads {@code .specdriven.json} from a workspace root; defaults when absent. Problems are
     * reported as {@link FlowCode#CONFIG_INVALID} diagnostics and the defaults are kept for the
     * keys concerned.
     *
     * @param workspaceRoot the workspace directory
     * @param diagnostics receives problems
     * @return the configuration
     */
    public static WorkflowConfig read(Path workspaceRoot, List<Diagnostic> diagnostics) {
        Objects.requireNonNull(workspaceRoot, "workspaceRoot must not be null");
        Objects.requireNonNull(diagnostics, "diagnostics must not be null");
        Path f = workspaceRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) {
            return defaults();
        }
        try {
            return parse(Files.readString(f, StandardCharsets.UTF_8), diagnostics);
        } catch (IOException e) {
            diagnostics.add(problem("cannot read " + FILE_NAME + ": " + e.getMessage()));
            return defaults();
        }
    }

    /**
     * Parses the JSON text of a configuration.
     *
     * @param json the text
     * @param diagnostics receives problems
     * @return the configuration
     */
    public static WorkflowConfig parse(String json, List<Diagnostic> diagnostics) {
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(diagnostics, "diagnostics must not be null");
        WorkflowConfig d = defaults();
        ObjectNode o;
        try {
            o = JsonFiles.readObject(json);
        } catch (IOException e) {
            diagnostics.add(problem(FILE_NAME + " is not a JSON object: " + e.getMessage()));
            return d;
        }
        Map<String, List<String>> sections = d.designSections();
        JsonNode ds = o.get("designSections");
        if (ds != null) {
            if (ds.isObject()) {
                Map<String, List<String>> m = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = ds.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    List<String> syn = new ArrayList<>();
                    if (e.getValue().isArray()) {
                        e.getValue().forEach(v -> syn.add(v.asText()));
                    } else {
                        diagnostics.add(
                                problem("designSections." + e.getKey() + " must be an array"));
                    }
                    if (syn.isEmpty()) {
                        syn.add(e.getKey());
                    }
                    m.put(e.getKey(), syn);
                }
                sections = m;
            } else if (ds.isArray()) {
                Map<String, List<String>> m = new LinkedHashMap<>();
                ds.forEach(
                        v -> {
                            String k = v.asText();
                            m.put(k, d.designSections().getOrDefault(k, List.of(k)));
                        });
                sections = m;
            } else {
                diagnostics.add(problem("designSections must be an object or an array"));
            }
        }
        return new WorkflowConfig(
                sections,
                intKey(o, "maxTasks", d.maxTasks(), diagnostics),
                boolKey(o, "requireScope", d.requireScope(), diagnostics),
                boolKey(o, "requireRequirementLink", d.requireRequirementLink(), diagnostics),
                boolKey(o, "requireDesignLink", d.requireDesignLink(), diagnostics),
                boolKey(o, "inferredCountsAsMapped", d.inferredCountsAsMapped(), diagnostics),
                scoreKey(o, diagnostics, d.inferredMinScore()),
                Duration.ofDays(
                        intKey(
                                o,
                                "verifyMaxAgeDays",
                                (int) d.verifyMaxAge().toDays(),
                                diagnostics)),
                boolKey(o, "requireApprovals", d.requireApprovals(), diagnostics));
    }

    /**
     * A copy with another task limit.
     *
     * @param max the limit, 0 for none
     * @return the copy
     */
    public WorkflowConfig withMaxTasks(int max) {
        return new WorkflowConfig(
                designSections,
                max,
                requireScope,
                requireRequirementLink,
                requireDesignLink,
                inferredCountsAsMapped,
                inferredMinScore,
                verifyMaxAge,
                requireApprovals);
    }

    /**
     * A copy with another verification age.
     *
     * @param age the age
     * @return the copy
     */
    public WorkflowConfig withVerifyMaxAge(Duration age) {
        return new WorkflowConfig(
                designSections,
                maxTasks,
                requireScope,
                requireRequirementLink,
                requireDesignLink,
                inferredCountsAsMapped,
                inferredMinScore,
                age,
                requireApprovals);
    }

    private static int intKey(ObjectNode o, String key, int def, List<Diagnostic> diags) {
        JsonNode n = o.get(key);
        if (n == null) {
            return def;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0) {
            diags.add(problem(key + " must be a non-negative integer"));
            return def;
        }
        return n.asInt();
    }

    private static boolean boolKey(ObjectNode o, String key, boolean def, List<Diagnostic> diags) {
        JsonNode n = o.get(key);
        if (n == null) {
            return def;
        }
        if (!n.isBoolean()) {
            diags.add(problem(key + " must be true or false"));
            return def;
        }
        return n.asBoolean();
    }

    private static double scoreKey(ObjectNode o, List<Diagnostic> diags, double def) {
        JsonNode n = o.get("inferredMinScore");
        if (n == null) {
            return def;
        }
        if (!n.isNumber() || n.asDouble() < 0 || n.asDouble() > 1) {
            diags.add(problem("inferredMinScore must be a number in [0, 1]"));
            return def;
        }
        return n.asDouble();
    }

    private static Diagnostic problem(String message) {
        return FlowCode.CONFIG_INVALID
                .at(SourceSpan.at(SourcePosition.START), message)
                .withFile(FILE_NAME);
    }
}
