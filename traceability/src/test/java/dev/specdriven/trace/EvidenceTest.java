package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specdriven.trace.evidence.Evidence;
import dev.specdriven.trace.evidence.EvidenceItem;
import dev.specdriven.trace.evidence.EvidenceKind;
import dev.specdriven.trace.evidence.EvidenceReader;
import dev.specdriven.trace.evidence.EvidenceTarget;
import dev.specdriven.trace.evidence.TestStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceTest {
    @TempDir Path dir;

    static final String TEST_SOURCE =
            """
            package com.shop;

            import org.junit.jupiter.api.Test;

            class OrderTest {
                @Test
                @Verifies("checkout:1.1")
                void createsOrder() {}

                // Verifies: checkout 1.2, 2.1
                @Test
                void rejectsEmptyCart() {}

                @Test
                @Verifies({"checkout:2.2", "checkout:8.8"})
                void keepsCart() {}

                @Test
                void untagged() {}
            }
            """;

    static final String SUREFIRE =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="com.shop.OrderTest" tests="4">
              <testcase name="createsOrder()" classname="com.shop.OrderTest" time="0.01"/>
              <testcase name="rejectsEmptyCart" classname="com.shop.OrderTest" time="0.01">
                <failure message="boom">trace</failure>
              </testcase>
              <testcase name="keepsCart" classname="com.shop.OrderTest"><skipped/></testcase>
              <testcase name="untagged" classname="com.shop.OrderTest"/>
            </testsuite>
            """;

    private Evidence read() throws Exception {
        Fixtures.write(
                dir,
                "src/test/java/com/shop/OrderTest.java",
                TEST_SOURCE,
                "src/main/java/com/shop/Cart.java",
                "package com.shop;\n// Verifies: checkout 1.3\nclass Cart {}\n",
                "target/surefire-reports/TEST-com.shop.OrderTest.xml",
                SUREFIRE);
        return EvidenceReader.create().read(List.of(dir.resolve("src"), dir.resolve("target")));
    }

    @Test
    void joinsTagsInTestSourcesWithSurefireResults() throws Exception {
        Evidence ev = read();
        Map<String, EvidenceItem> byName =
                ev.items().stream().collect(Collectors.toMap(EvidenceItem::name, i -> i));
        assertThat(byName.get("com.shop.OrderTest#createsOrder").status())
                .isEqualTo(TestStatus.PASSED);
        assertThat(byName.get("com.shop.OrderTest#createsOrder").targets())
                .containsExactly(new EvidenceTarget("checkout", "1.1"));
        assertThat(byName.get("com.shop.OrderTest#rejectsEmptyCart").status())
                .isEqualTo(TestStatus.FAILED);
        assertThat(byName.get("com.shop.OrderTest#rejectsEmptyCart").targets())
                .containsExactly(
                        new EvidenceTarget("checkout", "1.2"),
                        new EvidenceTarget("checkout", "2.1"));
        assertThat(byName.get("com.shop.OrderTest#keepsCart").status())
                .isEqualTo(TestStatus.SKIPPED);
        assertThat(byName.get("com.shop.OrderTest#keepsCart").line()).contains(15);
        assertThat(byName).doesNotContainKey("com.shop.OrderTest#untagged");
        EvidenceItem code = byName.get("main/java/com/shop/Cart.java:2");
        assertThat(code.kind()).isEqualTo(EvidenceKind.CODE);
        assertThat(code.targets()).containsExactly(new EvidenceTarget("checkout", "1.3"));
        assertThat(ev.given()).isTrue();
        assertThat(ev.diagnostics()).isEmpty();
    }

    @Test
    void graphMarksVerifiedFailingAndDoneWithoutEvidence() throws Exception {
        Fixtures.checkout(dir);
        TraceGraph g = TraceGraph.builder().workspace(Fixtures.read(dir)).evidence(read()).build();
        CriterionCoverage c11 = g.coverage(NodeId.criterion("checkout", "1.1")).orElseThrow();
        assertThat(c11.verified()).isTrue();
        assertThat(c11.evidence()).containsExactly(NodeId.test("com.shop.OrderTest#createsOrder"));
        CriterionCoverage c12 = g.coverage(NodeId.criterion("checkout", "1.2")).orElseThrow();
        assertThat(c12.verified()).isFalse();
        assertThat(c12.failing()).isTrue();
        CriterionCoverage c13 = g.coverage(NodeId.criterion("checkout", "1.3")).orElseThrow();
        assertThat(c13.evidence())
                .containsExactly(new NodeId(NodeKind.CODE, "", "main/java/com/shop/Cart.java:2"));
        assertThat(c13.verified()).isFalse();
        assertThat(g.coverage().total().verified()).isEqualTo(1);
        assertThat(g.findings(TraceCode.FAILING_EVIDENCE))
                .flatExtracting(Finding::nodes)
                .containsExactly(
                        NodeId.criterion("checkout", "1.2"), NodeId.criterion("checkout", "2.1"));
        assertThat(g.findings(TraceCode.UNKNOWN_EVIDENCE_TARGET))
                .singleElement()
                .satisfies(f -> assertThat(f.diagnostic().message()).contains("checkout:8.8"));
        // task 1 (done) has no criteria of its own; task 1.1 is done and 1.1 is verified
        assertThat(g.findings(TraceCode.DONE_WITHOUT_EVIDENCE)).isEmpty();
        assertThat(g.findings(TraceCode.NOT_VERIFIED))
                .flatExtracting(Finding::nodes)
                .contains(NodeId.criterion("checkout", "1.3"), NodeId.criterion("checkout", "2.2"));
    }

    @Test
    void doneTaskWithoutPassingTestIsReported() throws Exception {
        Fixtures.spec(
                dir,
                "checkout",
                Fixtures.REQUIREMENTS,
                null,
                "# Tasks\n\n- [x] 1. Log orders\n  - _Requirements: 1.3_\n");
        TraceGraph g = TraceGraph.builder().workspace(Fixtures.read(dir)).evidence(read()).build();
        assertThat(g.findings(TraceCode.DONE_WITHOUT_EVIDENCE))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.nodes())
                                    .containsExactly(
                                            NodeId.task("checkout", "1"),
                                            NodeId.criterion("checkout", "1.3"));
                            assertThat(f.diagnostic().line()).isEqualTo(3);
                        });
    }

    @Test
    void readsEvidenceJson() throws Exception {
        Fixtures.write(
                dir,
                "evidence.json",
                """
                {"schemaVersion": 1, "results": [
                  {"test": "com.x.PayTest#ok", "criteria": ["checkout:2.1", "checkout:2"], "status": "PASSED"},
                  {"test": "com.x.PayTest#ko", "criteria": ["checkout:2.2"], "status": "FAILED", "file": "PayTest.java", "line": 12}
                ]}
                """);
        Evidence ev = EvidenceReader.create().read(List.of(dir.resolve("evidence.json")));
        assertThat(ev.items())
                .extracting(i -> i.name() + " " + i.status() + " " + i.targets())
                .containsExactly(
                        "com.x.PayTest#ko FAILED [checkout:2.2]",
                        "com.x.PayTest#ok PASSED [checkout:2.1, checkout:2]");
        Fixtures.checkout(dir);
        TraceGraph g = TraceGraph.builder().workspace(Fixtures.read(dir)).evidence(ev).build();
        assertThat(g.outgoing(NodeId.test("com.x.PayTest#ok")))
                .extracting(l -> l.kind() + " " + l.target())
                .containsExactly(
                        "VERIFIES criterion:checkout/2.1", "VERIFIES requirement:checkout/2");
        assertThat(g.coverage(NodeId.criterion("checkout", "2.1")).orElseThrow().verified())
                .isTrue();
        assertThat(g.coverage(NodeId.criterion("checkout", "2.2")).orElseThrow().failing())
                .isTrue();
    }

    @Test
    void malformedReportsBecomeDiagnostics() throws Exception {
        Fixtures.write(
                dir, "TEST-broken.xml", "<testsuite><testcase", "bad.json", "{\"results\": [");
        Evidence ev = EvidenceReader.create().read(List.of(dir));
        assertThat(ev.items()).isEmpty();
        String root = dir.toString().replace('\\', '/') + "/";
        assertThat(ev.diagnostics())
                .extracting(d -> d.code() + " " + d.file().orElseThrow())
                .containsExactlyInAnyOrder(
                        "TRACE013 " + root + "TEST-broken.xml", "TRACE013 " + root + "bad.json");
    }

    @Test
    void classLevelTagAppliesToTheWholeClass() throws Exception {
        Fixtures.write(
                dir,
                "src/test/java/a/PayIT.java",
                "package a;\n\n// Verifies: checkout:2.1\nclass PayIT {\n  @Test void one() {}\n}\n",
                "reports/TEST-a.PayIT.xml",
                "<testsuite><testcase classname=\"a.PayIT\" name=\"one\"/><testcase classname=\"a.PayIT\" name=\"two\"/></testsuite>");
        Evidence ev = EvidenceReader.create().read(List.of(dir));
        assertThat(ev.items())
                .singleElement()
                .satisfies(
                        i -> {
                            assertThat(i.name()).isEqualTo("a.PayIT");
                            assertThat(i.status()).isEqualTo(TestStatus.PASSED);
                        });
    }

    @Test
    void customTagPattern() {
        EvidenceReader r =
                EvidenceReader.builder()
                        .tagPattern(Pattern.compile("@req\\((?<spec>[\\w-]+)#(?<ids>[\\d.,]+)\\)"))
                        .annotation("Covers")
                        .build();
        List<EvidenceItem> items =
                r.scanSource(
                        "test/XTest.java",
                        "class XTest {\n  // @req(checkout#1.1,1.2)\n  void a() {}\n  @Covers(\"checkout:2.1\")\n  void b() {}\n}\n");
        assertThat(items)
                .extracting(i -> i.name() + " " + i.targets())
                .containsExactly("XTest#a [checkout:1.1, checkout:1.2]", "XTest#b [checkout:2.1]");
        assertThatThrownBy(() -> EvidenceReader.builder().tagPattern(Pattern.compile("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void testFileDetection() {
        assertThat(EvidenceReader.isTestFile("src/test/java/A.java")).isTrue();
        assertThat(EvidenceReader.isTestFile("pkg/test_cart.py")).isTrue();
        assertThat(EvidenceReader.isTestFile("web/cart.test.ts")).isTrue();
        assertThat(EvidenceReader.isTestFile("src/main/java/Cart.java")).isFalse();
    }

    @Test
    void statusCombination() {
        assertThat(TestStatus.PASSED.combine(TestStatus.FAILED)).isEqualTo(TestStatus.FAILED);
        assertThat(TestStatus.SKIPPED.combine(TestStatus.PASSED)).isEqualTo(TestStatus.PASSED);
        assertThat(TestStatus.NOT_RUN.combine(TestStatus.SKIPPED)).isEqualTo(TestStatus.SKIPPED);
        assertThat(TestStatus.parse("successful")).isEqualTo(TestStatus.PASSED);
        assertThat(TestStatus.parse("ABORTED")).isEqualTo(TestStatus.SKIPPED);
        assertThat(TestStatus.parse("???")).isEqualTo(TestStatus.NOT_RUN);
    }
}
