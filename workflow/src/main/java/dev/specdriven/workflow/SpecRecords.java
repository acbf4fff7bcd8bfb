package dev.specdriven.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.trace.SpecPhase;
import dev.specdriven.workflow.internal.JsonFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the workflow recorded about one spec, kept in the spec folder's {@code .config.kiro} next to
 * Kiro's own keys (which are preserved byte for byte):
 *
 * <pre>{@code
 * {
 *   "specId": "…", "workflowType": "requirements-first",          ← Kiro's keys, untouched
 *   "approvals": {
 *     "requirements": {"sha256": "…", "by": "alice", "at": "2026-11-26T06:00:00Z",
 *                      "criteria": {"FR-1.1": "<sha256 of the normalized sentence>", …}},
 *     "design": {"sha256": "…", "by": "bob", "at": "…",
 *                "sections": {"data-models": "<sha256 of the section's own text>", …}}
 *   },
 *   "specdriven": {
 *     "baseline": {"at": "…", "reason": "generate", "designSha256": "…", "requirementsSha256": "…",
 *                  "sections": {"data-models": "…", …}},
 *     "verified": {"at": "…", "by": "alice"},
 *     "generations": [{"backend": "builtin", "artifact": "tasks", "startedAt": "…",
 *                      "latencyMillis": 12, "repairRounds": 0, "remainingErrors": 0,
 *                      "remainingWarnings": 0}]
 *   }
 * }
 * }</pre>
 *
 * <p>{@code approvals} is the format the trace graph's lifecycle reads ({@link
 * dev.specdriven.trace.Approval}); the extra {@code criteria}/{@code sections} maps let drift and
 * needs-revision checks work without git.
 *
 * @param approvals the recorded approvals by phase
 * @param baseline the design baseline of the task list (recorded at tasks generation or {@code
 *     reconcile}), when there is one
 * @param verified the last verification, when there is one
 * @param generations the last generation runs, oldest first (at most {@link #MAX_GENERATIONS})
 */
public record SpecRecords(
        Map<SpecPhase, ApprovalRecord> approvals,
        Optional<Baseline> baseline,
        Optional<Verification> verified,
        List<GenerationRun> generations) {

    /** The top-level key of the workflow's own records, {@code specdriven}. */
    public static final String KEY = "specdriven";

    /** The top-level key of approvals, {@code approvals}. */
    public static final String APPROVALS_KEY = "approvals";

    /** How many generation runs are kept, 20. */
    public static final int MAX_GENERATIONS = 20;

    /** Validates and copies. */
    public SpecRecords {
        approvals =
                approvals.isEmpty()
                        ? Map.of()
                        : java.util.Collections.unmodifiableMap(new EnumMap<>(approvals));
        Objects.requireNonNull(baseline, "baseline must not be null");
        Objects.requireNonNull(verified, "verified must not be null");
        generations = List.copyOf(generations);
    }

    /** Nothing recorded. */
    public static final SpecRecords EMPTY =
            new SpecRecords(Map.of(), Optional.empty(), Optional.empty(), List.of());

    /**
     * One approval.
     *
     * @param phase the approved document
     * @param sha256 the document's SHA-256 when approved
     * @param by who approved
     * @param at when (ISO-8601)
     * @param items per-item hashes: criteria of requirements, sections of a design
     */
    public record ApprovalRecord(
            SpecPhase phase, String sha256, String by, String at, Map<String, String> items) {
        /** Validates and copies. */
        public ApprovalRecord {
            Objects.requireNonNull(phase, "phase must not be null");
            Objects.requireNonNull(sha256, "sha256 must not be null");
            Objects.requireNonNull(by, "by must not be null");
            Objects.requireNonNull(at, "at must not be null");
            items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
        }
    }

    /**
     * The design the task list was last generated from or reconciled with.
     *
     * @param at when (ISO-8601)
     * @param reason {@code generate} or {@code reconcile}
     * @param designSha256 design.md's SHA-256 then (empty when there was no design)
     * @param requirementsSha256 requirements.md's SHA-256 then (empty when absent)
     * @param sections section anchor → SHA-256 of the section's own text
     */
    public record Baseline(
            String at,
            String reason,
            String designSha256,
            String requirementsSha256,
            Map<String, String> sections) {
        /** Validates and copies. */
        public Baseline {
            Objects.requireNonNull(at, "at must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
            Objects.requireNonNull(designSha256, "designSha256 must not be null");
            Objects.requireNonNull(requirementsSha256, "requirementsSha256 must not be null");
            sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        }
    }

    /**
     * The last {@code verify-spec}.
     *
     * @param at when (ISO-8601)
     * @param by who
     */
    public record Verification(String at, String by) {
        /** Validates. */
        public Verification {
            Objects.requireNonNull(at, "at must not be null");
            Objects.requireNonNull(by, "by must not be null");
        }
    }

    /**
     * One run of the generation loop.
     *
     * @param backend the backend id
     * @param artifact {@code design}, {@code tasks} or {@code requirements}
     * @param startedAt when (ISO-8601)
     * @param latencyMillis wall time of the run
     * @param repairRounds repair rounds needed
     * @param remainingErrors errors left
     * @param remainingWarnings warnings left
     */
    public record GenerationRun(
            String backend,
            String artifact,
            String startedAt,
            long latencyMillis,
            int repairRounds,
            int remainingErrors,
            int remainingWarnings) {
        /** Validates. */
        public GenerationRun {
            Objects.requireNonNull(backend, "backend must not be null");
            Objects.requireNonNull(artifact, "artifact must not be null");
            Objects.requireNonNull(startedAt, "startedAt must not be null");
        }
    }

    /**
     * Reads the records from the text of a {@code .config.kiro}.
     *
     * @param configText the file's text (blank when absent)
     * @return the records
     * @throws IOException when the text is not a JSON object
     */
    public static SpecRecords parse(String configText) throws IOException {
        Objects.requireNonNull(configText, "configText must not be null");
        ObjectNode root = JsonFiles.readObject(configText);
        Map<SpecPhase, ApprovalRecord> approvals = new EnumMap<>(SpecPhase.class);
        JsonNode a = root.path(APPROVALS_KEY);
        for (SpecPhase p : SpecPhase.values()) {
            JsonNode n = a.path(p.key());
            if (n.isObject()) {
                JsonNode items = n.has("criteria") ? n.get("criteria") : n.path("sections");
                approvals.put(
                        p,
                        new ApprovalRecord(
                                p,
                                n.path("sha256").asText(""),
                                n.path("by").asText(""),
                                n.path("at").asText(""),
                                strings(items)));
            }
        }
        JsonNode s = root.path(KEY);
        Optional<Baseline> baseline = Optional.empty();
        JsonNode b = s.path("baseline");
        if (b.isObject()) {
            baseline =
                    Optional.of(
                            new Baseline(
                                    b.path("at").asText(""),
                                    b.path("reason").asText(""),
                                    b.path("designSha256").asText(""),
                                    b.path("requirementsSha256").asText(""),
                                    strings(b.path("sections"))));
        }
        Optional<Verification> verified = Optional.empty();
        JsonNode v = s.path("verified");
        if (v.isObject()) {
            verified =
                    Optional.of(new Verification(v.path("at").asText(""), v.path("by").asText("")));
        }
        List<GenerationRun> runs = new ArrayList<>();
        for (JsonNode g : s.path("generations")) {
            runs.add(
                    new GenerationRun(
                            g.path("backend").asText(""),
                            g.path("artifact").asText(""),
                            g.path("startedAt").asText(""),
                            g.path("latencyMillis").asLong(0),
                            g.path("repairRounds").asInt(0),
                            g.path("remainingErrors").asInt(0),
                            g.path("remainingWarnings").asInt(0)));
        }
        return new SpecRecords(approvals, baseline, verified, runs);
    }

    private static Map<String, String> strings(JsonNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), e.getValue().asText(""));
            }
        }
        return m;
    }

    /**
     * The approval of a phase.
     *
     * @param phase the phase
     * @return the record, empty when none
     */
    public Optional<ApprovalRecord> approval(SpecPhase phase) {
        return Optional.ofNullable(approvals.get(phase));
    }

    /** A copy with other approvals. */
    SpecRecords withApprovals(Map<SpecPhase, ApprovalRecord> approvals) {
        return new SpecRecords(approvals, baseline, verified, generations);
    }

    /** A copy with another baseline. */
    SpecRecords withBaseline(Baseline baseline) {
        return new SpecRecords(approvals, Optional.of(baseline), verified, generations);
    }

    /** A copy with another last verification. */
    SpecRecords withVerified(Verification verified) {
        return new SpecRecords(approvals, baseline, Optional.of(verified), generations);
    }

    /** A copy with other generation runs. */
    SpecRecords withGenerations(List<GenerationRun> generations) {
        return new SpecRecords(approvals, baseline, verified, generations);
    }

    /** The {@code approvals} object of these records. */
    ObjectNode approvalsJson() {
        ObjectNode o = JsonFiles.MAPPER.createObjectNode();
        for (ApprovalRecord r : approvals.values()) {
            ObjectNode n = o.putObject(r.phase().key());
            n.put("sha256", r.sha256());
            n.put("by", r.by());
            n.put("at", r.at());
            if (!r.items().isEmpty()) {
                ObjectNode items =
                        n.putObject(r.phase() == SpecPhase.REQUIREMENTS ? "criteria" : "sections");
                r.items().forEach(items::put);
            }
        }
        return o;
    }

    /** The {@code specdriven} object of these records, merged into an existing one. */
    ObjectNode ownJson(JsonNode existing) {
        ObjectNode o =
                existing != null && existing.isObject()
                        ? ((ObjectNode) existing).deepCopy()
                        : JsonFiles.MAPPER.createObjectNode();
        baseline.ifPresentOrElse(
                b -> {
                    ObjectNode n = o.putObject("baseline");
                    n.put("at", b.at());
                    n.put("reason", b.reason());
                    n.put("designSha256", b.designSha256());
                    n.put("requirementsSha256", b.requirementsSha256());
                    ObjectNode sec = n.putObject("sections");
                    b.sections().forEach(sec::put);
                },
                () -> o.remove("baseline"));
        verified.ifPresentOrElse(
                v -> {
                    ObjectNode n = o.putObject("verified");
                    n.put("at", v.at());
                    n.put("by", v.by());
                },
                () -> o.remove("verified"));
        if (generations.isEmpty()) {
            o.remove("generations");
        } else {
            ArrayNode arr = o.putArray("generations");
            for (GenerationRun g : generations) {
                ObjectNode n = arr.addObject();
                n.put("backend", g.backend());
                n.put("artifact", g.artifact());
                n.put("startedAt", g.startedAt());
                n.put("latencyMillis", g.latencyMillis());
                n.put("repairRounds", g.repairRounds());
                n.put("remainingErrors", g.remainingErrors());
                n.put("remainingWarnings", g.remainingWarnings());
            }
        }
        return o;
    }
}
