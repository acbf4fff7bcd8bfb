package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.trace.evidence.Evidence;
import dev.specdriven.trace.evidence.EvidenceItem;
import dev.specdriven.trace.evidence.EvidenceReader;
import dev.specdriven.trace.evidence.TestStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence never disappears: every input that cannot be read is a diagnostic with its path and
 * position, the other inputs are still read, and a test is one node whichever input names it.
 */
class EvidenceInputsTest {
    @TempDir Path dir;

    private String shown(String relative) {
        return dir.resolve(relative).toString().replace('\\', '/');
    }

    private static Diagnostic only(Evidence ev) {
        assertThat(ev.diagnostics()).hasSize(1);
        return ev.diagnostics().get(0);
    }

    @Test
    void anEvidenceFileThatIsNotJsonIsADiagnosticAtTheParsersPosition() {
        Fixtures.write(
                dir,
                "target/specdriven-evidence.json",
                "{\n  \"schemaVersion\": 1,\n  {not json\n");
        Evidence ev =
                EvidenceReader.create()
                        .read(List.of(dir.resolve("target/specdriven-evidence.json")));
        Diagnostic d = only(ev);
        assertThat(d.code()).isEqualTo("TRACE013");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.file()).contains(shown("target/specdriven-evidence.json"));
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo(3);
        assertThat(d.message()).contains("is not valid JSON");
        // found by walking the folder too (its name says it is evidence)
        Evidence walked = EvidenceReader.create().read(List.of(dir.resolve("target")));
        assertThat(only(walked).file()).contains(shown("target/specdriven-evidence.json"));
        assertThat(only(walked).line()).isEqualTo(3);
    }

    @Test
    void aBrokenJunitReportIsNamedWithItsPathAndPosition() {
        Fixtures.write(
                dir,
                "target/surefire-reports/TEST-com.shop.OrderTest.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="com.shop.OrderTest" tests="1">
                  <testcase name="creates" classname="com.shop.OrderTest" time="0.01">
                  </testsuite>
                """);
        Evidence ev = EvidenceReader.create().read(List.of(dir.resolve("target/surefire-reports")));
        Diagnostic d = only(ev);
        assertThat(d.code()).isEqualTo("TRACE013");
        assertThat(d.file()).contains(shown("target/surefire-reports/TEST-com.shop.OrderTest.xml"));
        assertThat(d.line()).isEqualTo(4);
        assertThat(d.column()).isGreaterThan(1);
        assertThat(d.message())
                .contains(shown("target/surefire-reports/TEST-com.shop.OrderTest.xml"));
    }

    @Test
    void aMissingPathIsCalledMissingAndTheOtherInputsAreStillRead() {
        Fixtures.write(
                dir,
                "reports/TEST-a.PayIT.xml",
                "<testsuite><testcase classname=\"a.PayIT\" name=\"pays\"/></testsuite>",
                "reports/broken-evidence.json",
                "{\"results\": [",
                "src/test/java/a/PayIT.java",
                "package a;\nclass PayIT {\n  @Verifies(\"checkout:2.1\")\n  void pays() {}\n}\n",
                "notes.txt",
                "read me");
        Evidence ev =
                EvidenceReader.create()
                        .read(
                                List.of(
                                        dir.resolve("target/surefire-reports"),
                                        dir.resolve("reports"),
                                        dir.resolve("notes.txt"),
                                        dir.resolve("src")));
        assertThat(ev.diagnostics())
                .extracting(
                        d ->
                                d.file().orElseThrow()
                                        + ":"
                                        + d.line()
                                        + " "
                                        + d.message().replaceFirst("(is not valid JSON).*", "$1"))
                .containsExactly(
                        shown("target/surefire-reports")
                                + ":1 evidence path "
                                + shown("target/surefire-reports")
                                + " does not exist (no such file or directory)",
                        shown("reports/broken-evidence.json")
                                + ":1 evidence file "
                                + shown("reports/broken-evidence.json")
                                + " is not valid JSON",
                        shown("notes.txt")
                                + ":1 "
                                + shown("notes.txt")
                                + " is not an evidence file: name a directory, a JUnit XML report"
                                + " (*.xml), an evidence file (*.json) or a test source");
        assertThat(ev.diagnostics()).allMatch(d -> d.code().equals("TRACE013"));
        assertThat(ev.items())
                .singleElement()
                .satisfies(
                        i -> {
                            assertThat(i.name()).isEqualTo("a.PayIT#pays");
                            assertThat(i.status()).isEqualTo(TestStatus.PASSED);
                        });
    }

    @Test
    void evidenceJsonEntriesArePositionedInTheirFile() {
        Fixtures.spec(dir, "checkout", Fixtures.REQUIREMENTS, null, null);
        Fixtures.write(
                dir,
                "evidence.json",
                """
                {
                  "schemaVersion": 1,
                  "results": [
                    {"test": "com.x.PayTest#ok", "criteria": ["checkout:2.1"], "status": "PASSED"},
                    {"criteria": ["checkout:2.2"], "status": "PASSED"},
                    {"test": "com.x.PayTest#old", "criteria": ["checkout:9.1", "checkout2.2"], "status": "PASSED"}
                  ]
                }
                """);
        String file = shown("evidence.json");
        Evidence ev = EvidenceReader.create().read(List.of(dir.resolve("evidence.json")));
        assertThat(ev.diagnostics())
                .extracting(
                        d ->
                                d.code()
                                        + " "
                                        + d.file().orElseThrow()
                                        + ":"
                                        + d.line()
                                        + ":"
                                        + d.column())
                .containsExactly("TRACE013 " + file + ":5:5", "TRACE013 " + file + ":6:5");
        assertThat(ev.diagnostics().get(1).message()).contains("'checkout2.2'");
        TraceGraph g = TraceGraph.builder().workspace(Fixtures.read(dir)).evidence(ev).build();
        assertThat(g.findings(TraceCode.UNKNOWN_EVIDENCE_TARGET))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.diagnostic().file()).contains(file);
                            assertThat(f.diagnostic().line()).isEqualTo(6);
                            assertThat(f.diagnostic().message()).contains("checkout:9.1");
                        });
        // unreadable evidence is a finding of the graph, so trace reports it
        assertThat(g.findings(TraceCode.EVIDENCE_UNREADABLE)).hasSize(2);
    }

    /** A JUnit 5 test with a nested class, as Spring Boot projects write them. */
    static final String NESTED_TEST =
            """
            package com.shop;

            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;

            class CheckoutServiceTest {

                @Test
                @Verifies("checkout:1.1")
                void createsAnOrder() {
                    String s = "a { brace in a string";
                }

                @Nested
                class WhenTheCartIsEmpty {
                    /* a comment with a } brace */
                    @Test
                    @Verifies("checkout:1.2")
                    void rejectsTheSubmission() {}

                    @Nested
                    class AndTheShopperIsNew
                    {
                        @Test
                        // Verifies: checkout 1.3
                        void logsNothing() {}
                    }
                }

                @Test
                @Verifies("checkout:2.1")
                void confirmsPaidOrders() {}
            }
            """;

    @Test
    void nestedTestClassesAreOneNodeWhateverTheSource() {
        Fixtures.spec(dir, "checkout", Fixtures.REQUIREMENTS, null, null);
        Fixtures.write(
                dir,
                "src/test/java/com/shop/CheckoutServiceTest.java",
                NESTED_TEST,
                "target/surefire-reports/TEST-com.shop.CheckoutServiceTest$WhenTheCartIsEmpty.xml",
                """
                <testsuite name="com.shop.CheckoutServiceTest$WhenTheCartIsEmpty" tests="1">
                  <testcase name="rejectsTheSubmission" classname="com.shop.CheckoutServiceTest$WhenTheCartIsEmpty"/>
                </testsuite>
                """,
                "target/specdriven-evidence.json",
                """
                {"schemaVersion": 1, "results": [
                  {"test": "com.shop.CheckoutServiceTest$WhenTheCartIsEmpty#rejectsTheSubmission",
                   "criteria": ["checkout:1.2"], "status": "FAILED"}
                ]}
                """);
        Evidence ev =
                EvidenceReader.create().read(List.of(dir.resolve("src"), dir.resolve("target")));
        assertThat(ev.diagnostics()).isEmpty();
        assertThat(ev.items())
                .extracting(EvidenceItem::name)
                .containsExactlyInAnyOrder(
                        "com.shop.CheckoutServiceTest#confirmsPaidOrders",
                        "com.shop.CheckoutServiceTest#createsAnOrder",
                        "com.shop.CheckoutServiceTest$WhenTheCartIsEmpty$AndTheShopperIsNew#logsNothing",
                        "com.shop.CheckoutServiceTest$WhenTheCartIsEmpty#rejectsTheSubmission");
        TraceGraph g = TraceGraph.builder().workspace(Fixtures.read(dir)).evidence(ev).build();
        NodeId nested =
                NodeId.test("com.shop.CheckoutServiceTest$WhenTheCartIsEmpty#rejectsTheSubmission");
        assertThat(g.coverage(NodeId.criterion("checkout", "1.2")).orElseThrow().evidence())
                .containsExactly(nested);
        // the report says it passed, the evidence file that it failed: a failure wins
        assertThat(g.coverage(NodeId.criterion("checkout", "1.2")).orElseThrow().failing())
                .isTrue();
        assertThat(g.nodes(NodeKind.TEST)).hasSize(4);
    }
}
