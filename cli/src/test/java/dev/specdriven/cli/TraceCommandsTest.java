package dev.specdriven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace, impact, status and diff commands: formats, exit codes and gates. */
class TraceCommandsTest {
    @TempDir Path ws;

    static final String REQUIREMENTS =
            """
            # Requirements Document

            ## Requirements

            ### Requirement 1: Place order

            #### Acceptance Criteria

            1. WHEN the shopper submits the cart, THE Checkout_Service SHALL create an order
            2. WHEN the cart is empty, THE Checkout_Service SHALL reject the submission
            3. THE Checkout_Service SHALL log every order

            ### Requirement 2: Payment

            #### Acceptance Criteria

            1. WHEN the payment succeeds, THE Checkout_Service SHALL confirm the order
            2. IF the payment fails, THEN THE Checkout_Service SHALL keep the cart
            """;

    static final String DESIGN =
            """
            # Design Document

            ## Components

            ### Checkout Service

            _Requirements: 1.1, 1.2_

            ## Correctness Properties

            ### Property 1: Orders are created

            **Validates: Requirements 1.1, 2.1**
            """;

    static final String TASKS =
            """
            # Implementation Plan

            - [x] 1. Set up checkout
              - [x] 1.1 Create order model
                - _Requirements: 1.1_
              - [ ] 1.2 Reject empty carts
                - _Requirements: 1.2, 7.1_
            - [ ] 2. Payment
              - _Requirements: 2_
            """;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void workspace() throws IOException {
        write("checkout/requirements.md", REQUIREMENTS);
        write("checkout/design.md", DESIGN);
        write("checkout/tasks.md", TASKS);
    }

    private void write(String path, String content) throws IOException {
        Path f = ws.resolve(".kiro/specs").resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(
                    exit,
                    out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static JsonNode json(String s) throws IOException {
        return new ObjectMapper().readTree(s);
    }

    @Test
    void traceText() {
        Run r = run("trace", ws.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("spec checkout", "TOTAL", "SPEC016", "task 1.1 [x]");
        assertThat(r.out()).doesNotContain("TRACE003");
    }

    @Test
    void traceJson() throws IOException {
        Run r = run("trace", ws.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode j = json(r.out());
        assertThat(j.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(j.at("/coverage/total/criteria").asInt()).isEqualTo(5);
        assertThat(j.at("/coverage/total/covered").asInt()).isEqualTo(3);
        assertThat(j.at("/coverage/total/coveredPercent").asDouble()).isEqualTo(60.0);
        assertThat(j.at("/coverage/specs/0/spec").asText()).isEqualTo("checkout");
        assertThat(j.get("matrix")).hasSize(5);
        JsonNode first = j.get("matrix").get(0);
        assertThat(first.get("criterion").asText()).isEqualTo("1.1");
        assertThat(first.get("design").toString())
                .contains("section:checkout/checkout-service", "property:checkout/1");
        assertThat(first.get("tasks").get(0).asText()).isEqualTo("task:checkout/1.1");
        assertThat(first.get("done").asBoolean()).isTrue();
        List<String> codes = new ArrayList<>();
        j.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        assertThat(codes).contains("TRACE001", "TRACE002", "SPEC016").doesNotContain("TRACE003");
        assertThat(j.at("/gates/passed").asBoolean()).isTrue();
    }

    @Test
    void failUnderGate() throws IOException {
        Run fail = run("trace", ws.toString(), "--fail-under", "90", "--format", "json");
        assertThat(fail.exit()).isEqualTo(1);
        assertThat(fail.err()).contains("gate failed: coverage 60.0% is below --fail-under 90.0%");
        assertThat(json(fail.out()).at("/gates/passed").asBoolean()).isFalse();
        assertThat(run("trace", ws.toString(), "--fail-under", "60").exit()).isZero();
        assertThat(run("trace", ws.toString(), "--fail-under", "101").exit()).isEqualTo(2);
    }

    @Test
    void failOnGate() {
        assertThat(run("trace", ws.toString(), "--fail-on", "SPEC016").exit()).isEqualTo(1);
        assertThat(run("trace", ws.toString(), "--fail-on", "SPEC012").exit()).isZero();
        Run retired = run("trace", ws.toString(), "--fail-on", "TRACE003");
        assertThat(retired.exit()).isEqualTo(2);
        assertThat(retired.err()).contains("TRACE003 (retired", "SPEC016");
        assertThat(run("trace", ws.toString(), "--fail-on", "error").exit()).isEqualTo(1);
        Run bad = run("trace", ws.toString(), "--fail-on", "TRACE999");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("TRACE999");
    }

    @Test
    void usageAndIoErrors() {
        assertThat(run("trace", ws.resolve("missing").toString()).exit()).isEqualTo(2);
        assertThat(run("trace").exit()).isEqualTo(2);
        assertThat(run("trace", ws.toString(), "--format", "pdf").exit()).isEqualTo(2);
        // a missing evidence path is a finding with its path, not a usage error
        Run missing = run("trace", ws.toString(), "--evidence", ws.resolve("nope").toString());
        assertThat(missing.exit()).isIn(0, 1);
        assertThat(missing.out()).contains("TRACE013", "nope", "does not exist");
        assertThat(missing.out()).doesNotContain("directory " + ws.resolve("nope"));
    }

    @Test
    void htmlIsSelfContained() throws IOException {
        Path out = ws.resolve("report/trace.html");
        Run r = run("trace", ws.toString(), "--format", "html", "--output", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        String html = Files.readString(out);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<style>", "class=\"fill\"", "60.0%");
        assertThat(html).doesNotContain("<script", "http://", "https://", "<link");
        assertThat(html).contains("href=\"../.kiro/specs/checkout/requirements.md#L9\"");
    }

    @Test
    void graphFormats() {
        Run mermaid = run("trace", ws.toString(), "--format", "mermaid");
        assertThat(mermaid.out())
                .startsWith("graph LR")
                .contains("-->|implements|", "-->|validates|");
        Run dot = run("trace", ws.toString(), "--format", "dot");
        assertThat(dot.out()).contains("digraph", "label=\"criterion:checkout/1.1\"", "IMPLEMENTS");
        Run graphml = run("trace", ws.toString(), "--format", "graphml");
        assertThat(graphml.out()).contains("<graphml", "criterion:checkout/2.2");
    }

    @Test
    void evidenceMakesCriteriaVerified() throws IOException {
        Path src = ws.resolve("src/test/java/a/OrderTest.java");
        Files.createDirectories(src.getParent());
        Files.writeString(
                src,
                "package a;\nclass OrderTest {\n  @Verifies(\"checkout:1.1\")\n  void creates() {}\n}\n");
        Path rep = ws.resolve("target/surefire-reports/TEST-a.OrderTest.xml");
        Files.createDirectories(rep.getParent());
        Files.writeString(
                rep,
                "<testsuite><testcase classname=\"a.OrderTest\" name=\"creates()\"/></testsuite>");
        Run r =
                run(
                        "trace",
                        ws.toString(),
                        "--format",
                        "json",
                        "--evidence",
                        ws.resolve("src").toString(),
                        "--evidence",
                        ws.resolve("target").toString());
        JsonNode j = json(r.out());
        assertThat(j.at("/coverage/total/verified").asInt()).isEqualTo(1);
        assertThat(j.get("matrix").get(0).get("evidence").get(0).asText())
                .isEqualTo("test:a.OrderTest#creates");
        assertThat(j.get("matrix").get(0).get("verified").asBoolean()).isTrue();
    }

    @Test
    void impact() throws IOException {
        Run text = run("impact", ws.toString(), "checkout", "1.1");
        assertThat(text.exit()).isZero();
        assertThat(text.out())
                .contains("section (1)", "property (1)", "task (1)", "1.1  Create order model");
        Run j = run("impact", ws.toString(), "checkout", "2.2", "task:1", "--format", "json");
        JsonNode n = json(j.out());
        assertThat(n.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(n.get("changed").toString())
                .contains("criterion:checkout/2.2", "task:checkout/1");
        assertThat(n.at("/counts/task").asInt()).isEqualTo(3);
        assertThat(n.get("affected").get(0).get("via").get("kind").asText()).isNotEmpty();
        assertThat(run("impact", ws.toString(), "checkout", "9.9").exit()).isEqualTo(2);
        assertThat(run("impact", ws.toString(), "nope", "1.1").exit()).isEqualTo(2);
        assertThat(run("impact", ws.toString(), "checkout").exit()).isEqualTo(2);
    }

    @Test
    void aWorkspaceWithoutCriteriaIsNeverCovered() throws IOException {
        Path other = ws.resolve("plain");
        Path spec = Files.createDirectories(other.resolve(".kiro/specs/csv-export"));
        Files.writeString(
                spec.resolve("requirements.md"),
                "# Requirements Document\n\n## Introduction\n\nCSV export, to be specified.\n");
        Files.writeString(
                spec.resolve("tasks.md"), "# Implementation Plan\n\n- [x] 1. Spike the export\n");
        JsonNode j = json(run("trace", other.toString(), "--format", "json").out());
        assertThat(j.at("/coverage/total/criteria").asInt()).isZero();
        assertThat(j.at("/coverage/total/coveredPercent").isNull()).isTrue();
        assertThat(j.at("/coverage/specs/0/verifiedPercent").isNull()).isTrue();
        assertThat(run("trace", other.toString()).out()).contains("covered    n/a");
        Run gate = run("trace", other.toString(), "--fail-under", "0");
        assertThat(gate.exit()).isEqualTo(1);
        assertThat(gate.err()).contains("coverage is n/a");
        assertThat(run("trace", other.toString(), "--format", "html").out())
                .contains("bar none", "n/a");
        JsonNode status = json(run("status", other.toString(), "--format", "json").out());
        assertThat(status.at("/specs/0/state").asText()).isEqualTo("EXECUTING");
        assertThat(status.at("/specs/0/coverage/coveredPercent").isNull()).isTrue();
        assertThat(run("status", other.toString()).out()).doesNotContain("COMPLETE");
    }

    @Test
    void impactMeansWhatItSays() throws IOException {
        write("checkout/design.md", DESIGN + "\n## Order Store\n\nOrders live in Postgres.\n");
        write("checkout/tasks.md", TASKS + "- [ ] 3. Persist orders\n  - _Design: Order Store_\n");
        Run section = run("impact", ws.toString(), "checkout", "section:order-store");
        assertThat(section.exit()).as(section.err()).isZero();
        assertThat(section.out()).contains("task (1)", "3  Persist orders");
        // ids as trace and impact print them
        Run printed =
                run(
                        "impact",
                        ws.toString(),
                        "checkout",
                        "task:checkout/1",
                        "criterion:checkout/2.2");
        assertThat(printed.exit()).as(printed.err()).isZero();
        assertThat(printed.out()).contains("Changed: task:checkout/1, criterion:checkout/2.2");
        Run kind = run("impact", ws.toString(), "checkout", "step:1");
        assertThat(kind.exit()).isEqualTo(2);
        assertThat(kind.err())
                .contains("unknown node kind 'step' (kinds: spec, requirement, criterion, term,");
        // task 3 cites no requirement: only an inferred link reaches it
        Run inferred = run("impact", ws.toString(), "checkout", "1.3", "--include-inferred");
        assertThat(inferred.exit()).isZero();
        assertThat(inferred.out()).contains("3  Persist orders");
        assertThat(run("impact", ws.toString(), "checkout", "1.3").out())
                .doesNotContain("Persist orders");
    }

    @Test
    void status() throws IOException {
        Run text = run("status", ws.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("checkout", "EXECUTING");
        JsonNode j = json(run("status", ws.toString(), "--format", "json").out());
        JsonNode s = j.get("specs").get(0);
        assertThat(s.get("state").asText()).isEqualTo("EXECUTING");
        assertThat(s.at("/tasks/total").asInt()).isEqualTo(4);
        assertThat(s.at("/tasks/done").asInt()).isEqualTo(2);
        assertThat(s.at("/coverage/criteria").asInt()).isEqualTo(5);
        assertThat(s.at("/links/inferred").asInt()).isZero();
        assertThat(s.at("/executionPlan/valid").asBoolean()).isTrue();
        assertThat(s.at("/executionPlan/waves").size()).isPositive();
    }

    @Test
    void diffAgainstABaselineDirectory(@TempDir Path base) throws IOException {
        Path spec = base.resolve(".kiro/specs/checkout");
        Files.createDirectories(spec);
        Files.writeString(spec.resolve("requirements.md"), REQUIREMENTS);
        Files.writeString(spec.resolve("design.md"), DESIGN);
        Files.writeString(spec.resolve("tasks.md"), TASKS);
        write(
                "checkout/requirements.md",
                REQUIREMENTS.replace("SHALL create an order", "SHALL create a draft order"));
        Run r = run("diff", ws.toString(), "--baseline", base.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode j = json(r.out());
        assertThat(j.get("changes")).hasSize(1);
        assertThat(j.at("/changes/0/kind").asText()).isEqualTo("CHANGED");
        assertThat(j.at("/changes/0/changedParts/0").asText()).isEqualTo("response");
        assertThat(j.get("suspects").toString())
                .contains("task:checkout/1.1", "property:checkout/1");
        assertThat(j.at("/staleTasks/0/reason").asText()).isEqualTo("DONE_BEFORE_CHANGE");
        Run text =
                run("diff", ws.toString(), "--baseline", base.toString(), "--fail-on", "TRACE020");
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("CHANGED 1.1 → 1.1", "Suspects (");
        assertThat(run("diff", ws.toString()).exit()).isEqualTo(2);
        assertThat(
                        run("diff", ws.toString(), "--baseline", base.toString(), "--since", "HEAD")
                                .exit())
                .isEqualTo(2);
    }

    @Test
    void diffSinceAGitRevision() throws Exception {
        Assumptions.assumeTrue(gitAvailable(), "git not on PATH, skipping");
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "spec");
        write(
                "checkout/requirements.md",
                REQUIREMENTS.replace("SHALL keep the cart", "SHALL empty the cart"));
        Run r = run("diff", ws.toString(), "--since", "HEAD", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = json(r.out());
        assertThat(j.get("baseline").asText()).isEqualTo("HEAD");
        assertThat(j.at("/changes/0/after").asText()).isEqualTo("criterion:checkout/2.2");
        assertThat(j.get("suspects").toString()).contains("task:checkout/2");
        Run bad = run("diff", ws.toString(), "--since", "no-such-revision");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("no-such-revision");
    }

    @Test
    void checkJsonHasCoverageAndTraceSections() throws IOException {
        Run r = run("check", ws.toString(), "--format", "json");
        JsonNode j = json(r.out());
        assertThat(j.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(j.at("/coverage/total/criteria").asInt()).isEqualTo(5);
        assertThat(j.at("/coverage/specs/0/coveredPercent").asDouble()).isEqualTo(60.0);
        assertThat(j.at("/trace/lifecycle/0/state").asText()).isEqualTo("EXECUTING");
        assertThat(j.at("/trace/findings").toString())
                .contains("SPEC016")
                .doesNotContain("TRACE003");
        assertThat(j.get("specs")).isNotEmpty();
    }

    private static boolean gitAvailable() {
        try {
            Process p = new ProcessBuilder("git", "--version").start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", ws.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
