package dev.specdriven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir Path dir;

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    void goodSpec() throws IOException {
        Path s = dir.resolve(".kiro/specs/auth");
        write(
                s.resolve("requirements.md"),
                "# Requirements\n\n### Requirement 1: Login\n\n#### Acceptance Criteria\n\n"
                        + "1. WHEN a user logs in, THE Auth SHALL issue a token\n"
                        + "2. THE Auth SHALL log every login\n");
        write(s.resolve("design.md"), "# Design\n\n## Overview\n\nSee Requirements 1.1.\n");
        write(
                s.resolve("tasks.md"),
                "# Plan\n\n- [x] 1. Token\n  - _Requirements: 1.1_\n- [ ]* 2. Audit log\n  - _Requirements: 1.2_\n");
    }

    @Test
    void text_report_shows_structure_and_exit_code_zero() throws IOException {
        goodSpec();
        CliRun r = CliRun.of("check", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        assertThat(r.out())
                .contains("spec auth (.kiro/specs/auth)")
                .contains("requirements 1, criteria 2")
                .contains("tasks 2 (done 1, in progress 0, queued 0, optional 1)")
                .contains("summary: 0 errors, 0 warnings");
    }

    @Test
    void json_report_has_the_documented_shape() throws IOException {
        goodSpec();
        write(dir.resolve(".kiro/specs/auth/tasks.md"), "- [ ] 1. T\n  - _Requirements: 9.9_\n");
        CliRun r = CliRun.of("check", "--format", "json", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1); // a reference to nothing is an error
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(json.get("workspace").asText()).isEqualTo(dir.toString());
        JsonNode spec = json.get("specs").get(0);
        assertThat(spec.get("name").asText()).isEqualTo("auth");
        assertThat(spec.get("path").asText()).isEqualTo(".kiro/specs/auth");
        assertThat(spec.get("files"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        ".kiro/specs/auth/design.md",
                        ".kiro/specs/auth/requirements.md",
                        ".kiro/specs/auth/tasks.md");
        assertThat(spec.get("requirements").asInt()).isEqualTo(1);
        assertThat(spec.get("criteria").asInt()).isEqualTo(2);
        assertThat(spec.get("earsPatterns").has("EVENT_DRIVEN")).isTrue();
        int patternTotal = 0;
        for (JsonNode n : spec.get("earsPatterns")) {
            patternTotal += n.asInt();
        }
        assertThat(patternTotal).isEqualTo(2);
        assertThat(spec.get("tasks").asInt()).isEqualTo(1);
        assertThat(spec.get("tasksDone").asInt()).isZero();
        assertThat(spec.get("optionalTasks").asInt()).isZero();
        JsonNode d = json.get("diagnostics").get(0);
        assertThat(d.get("code").asText()).isEqualTo("SPEC016");
        assertThat(d.get("severity").asText()).isEqualTo("ERROR");
        assertThat(d.get("file").asText()).isEqualTo(".kiro/specs/auth/tasks.md");
        assertThat(d.get("line").asInt()).isEqualTo(2);
        assertThat(d.get("column").asInt()).isEqualTo(20);
        assertThat(json.get("summary").get("warnings").asInt()).isZero();
        assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);

        assertThat(CliRun.of("check", "--fail-on", "warning", dir.toString()).exitCode())
                .isEqualTo(1);
    }

    @Test
    void sarif_report_is_sarif_2_1_0() throws IOException {
        goodSpec();
        Files.write(
                dir.resolve(".kiro/specs/auth/tasks.md"),
                new byte[] {'-', ' ', '[', ' ', ']', ' ', 'x', (byte) 0xFF, '\n'});
        CliRun r = CliRun.of("check", "--format", "sarif", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode sarif = Json.MAPPER.readTree(r.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.get(0).get("id").asText()).isEqualTo("SPEC001");
        assertThat(rules.get(0).get("shortDescription").get("text").asText()).isNotBlank();
        assertThat(rules.get(0).get("help").get("text").asText()).isNotBlank();
        JsonNode result = run.get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("SPEC004");
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.get("message").get("text").asText()).contains("UTF-8");
        JsonNode loc = result.get("locations").get(0).get("physicalLocation");
        assertThat(loc.get("artifactLocation").get("uri").asText())
                .isEqualTo(".kiro/specs/auth/tasks.md");
        assertThat(loc.get("region").get("startLine").asInt()).isEqualTo(1);
        assertThat(loc.get("region").get("startColumn").asInt()).isEqualTo(8);
        assertThat(loc.get("region").has("endLine")).isTrue();
        assertThat(loc.get("region").has("endColumn")).isTrue();
        assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
                .isEqualTo("SPEC004");
    }

    @Test
    void bad_input_gives_diagnostics_not_stack_traces() throws IOException {
        Path s = dir.resolve(".kiro/specs/bad");
        Files.createDirectories(s.resolve("requirements.md")); // unreadable: a directory
        Files.write(s.resolve("tasks.md"), new byte[] {0, 1, 2, 3, (byte) 0x89, 'P', 'N', 'G'});
        CliRun r = CliRun.of("check", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains("error SPEC003")
                .contains(".kiro/specs/bad/requirements.md")
                .contains("error SPEC005");
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void directory_without_specs_is_an_error_diagnostic() throws IOException {
        write(dir.resolve("README.md"), "# nothing\n");
        CliRun r = CliRun.of("check", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("error SPEC002");
    }

    @Test
    void usage_errors_exit_with_two() {
        CliRun missing = CliRun.of("check", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such directory").doesNotContain("\tat ");
        assertThat(CliRun.of("check").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("check", "--format", "xml", dir.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void check_runs_on_every_corpus_folder() throws IOException {
        Path corpus = null;
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
                d != null;
                d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/corpus/kiro"))) {
                corpus = d.resolve("shared/corpus/kiro");
                break;
            }
        }
        Assumptions.assumeTrue(corpus != null, "../shared/corpus/kiro is absent, skipping");
        int folders = 0;
        try (var s = Files.list(corpus)) {
            for (Path f : s.filter(Files::isDirectory).sorted().toList()) {
                CliRun r = CliRun.of("check", "--format", "json", f.toString());
                assertThat(r.exitCode()).as(f + ": " + r.err()).isIn(0, 1);
                assertThat(Json.MAPPER.readTree(r.out()).get("specs").size()).isEqualTo(1);
                folders++;
            }
        }
        assertThat(folders).isGreaterThanOrEqualTo(100);
    }
}
