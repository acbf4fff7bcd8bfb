package dev.specdriven.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class VerifiesExtensionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // ---- sample test classes, run only through the EngineTestKit (Surefire skips nested classes)

    @Verifies("shop:1.1")
    @EnabledIf("dev.specdriven.assertj.TestKit#active")
    static class Sample {
        @Test
        @Verifies("shop:2.1")
        void passes() {}

        @Test
        @Verifies({"shop:2.2", "shop:2.3"})
        void fails() {
            fail("boom");
        }

        @Test
        @Verifies("shop:3.1")
        void aborts() {
            Assumptions.abort("not today");
        }

        @Test
        @EnabledIf("never")
        @Verifies("shop:3.2")
        void disabled() {}

        @Test
        void untagged_but_class_tagged() {}

        @RepeatedTest(3)
        @Verifies("shop:4.1")
        void flaky(RepetitionInfo info) {
            if (info.getCurrentRepetition() == 2) {
                fail("second run fails");
            }
        }

        @Test
        @Verifies("shop:5.1")
        @Verifies("shop:5.2")
        void repeatable() {}

        static boolean never() {
            return false;
        }

        @Nested
        class Inner {
            @Test
            @Verifies("shop:6.1")
            void nested() {}
        }
    }

    @EnabledIf("dev.specdriven.assertj.TestKit#active")
    static class Untagged {
        @Test
        void plain() {}

        @Test
        @Verifies("wrong format")
        void malformed() {}
    }

    @Verifies("shop:7.1")
    @EnabledIf("dev.specdriven.assertj.TestKit#active")
    static class Parameterized {
        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
        void each(int i) {}
    }

    // ---- the tests

    @Test
    void writes_one_entry_per_test_method_with_criteria_and_outcome(@TempDir Path dir)
            throws IOException {
        // GIVEN
        Path file = dir.resolve("evidence.json");
        // WHEN
        run(Sample.class, Map.of(VerifiesExtension.EVIDENCE_FILE_PARAMETER, file.toString()));
        // THEN
        JsonNode root = JSON.readTree(file.toFile());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        String s = Sample.class.getName();
        assertThat(entries(root))
                .containsExactly(
                        Map.entry(s + "#aborts", "ABORTED [shop:1.1, shop:3.1]"),
                        Map.entry(s + "#disabled", "SKIPPED [shop:1.1, shop:3.2]"),
                        Map.entry(s + "#fails", "FAILED [shop:1.1, shop:2.2, shop:2.3]"),
                        Map.entry(s + "#flaky", "FAILED [shop:1.1, shop:4.1]"),
                        Map.entry(s + "#passes", "PASSED [shop:1.1, shop:2.1]"),
                        Map.entry(s + "#repeatable", "PASSED [shop:1.1, shop:5.1, shop:5.2]"),
                        Map.entry(s + "#untagged_but_class_tagged", "PASSED [shop:1.1]"),
                        Map.entry(s + "$Inner#nested", "PASSED [shop:1.1, shop:6.1]"));
    }

    @Test
    void combines_parameterized_invocations_into_one_entry(@TempDir Path dir) throws IOException {
        // GIVEN
        Path file = dir.resolve("evidence.json");
        // WHEN
        run(
                Parameterized.class,
                Map.of(VerifiesExtension.EVIDENCE_FILE_PARAMETER, file.toString()));
        // THEN
        assertThat(entries(JSON.readTree(file.toFile())))
                .containsExactly(
                        Map.entry(Parameterized.class.getName() + "#each", "PASSED [shop:7.1]"));
    }

    @Test
    void rejects_a_malformed_value_and_records_no_untagged_test(@TempDir Path dir)
            throws IOException {
        // GIVEN
        Path file = dir.resolve("evidence.json");
        // WHEN
        EngineExecutionResults results =
                run(
                        Untagged.class,
                        Map.of(VerifiesExtension.EVIDENCE_FILE_PARAMETER, file.toString()));
        // THEN the malformed test fails with a clear message
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("malformed"),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(
                                                "@Verifies value 'wrong format' must have the form"
                                                        + " <spec>:<criterion>, for example"
                                                        + " order-checkout:2.3"))));
        // and nothing with criteria was recorded
        assertThat(entries(JSON.readTree(file.toFile()))).isEmpty();
    }

    @Test
    void replaces_an_existing_file_by_default(@TempDir Path dir) throws IOException {
        // GIVEN a file from an earlier run
        Path file = dir.resolve("evidence.json");
        Files.writeString(
                file,
                "{\"schemaVersion\":1,\"results\":[{\"test\":\"old.Test#gone\","
                        + "\"criteria\":[\"shop:9.9\"],\"status\":\"PASSED\"}]}");
        // WHEN
        run(
                Parameterized.class,
                Map.of(VerifiesExtension.EVIDENCE_FILE_PARAMETER, file.toString()));
        // THEN
        assertThat(entries(JSON.readTree(file.toFile())))
                .containsOnlyKeys(Parameterized.class.getName() + "#each");
    }

    @Test
    void merges_into_an_existing_file_in_append_mode(@TempDir Path dir) throws IOException {
        // GIVEN a file from another fork: one unrelated test, one stale result of ours
        Path file = dir.resolve("nested/dir/evidence.json");
        Files.createDirectories(file.getParent());
        String each = Parameterized.class.getName() + "#each";
        Files.writeString(
                file,
                "{\"schemaVersion\":1,\"results\":[{\"test\":\"other.Test#kept\","
                        + "\"criteria\":[\"shop:9.9\"],\"status\":\"FAILED\"},"
                        + "{\"test\":\""
                        + each
                        + "\",\"criteria\":[\"shop:0.1\"],\"status\":\"FAILED\"}]}");
        // WHEN
        run(
                Parameterized.class,
                Map.of(
                        VerifiesExtension.EVIDENCE_FILE_PARAMETER,
                        file.toString(),
                        VerifiesExtension.APPEND_PARAMETER,
                        "true"));
        // THEN
        assertThat(entries(JSON.readTree(file.toFile())))
                .containsExactly(
                        Map.entry(each, "PASSED [shop:7.1]"),
                        Map.entry("other.Test#kept", "FAILED [shop:9.9]"));
    }

    @Test
    void records_each_test_once_when_also_auto_detected(@TempDir Path dir) throws IOException {
        // GIVEN the extension registered through the annotation and through auto-detection
        Path file = dir.resolve("evidence.json");
        // WHEN
        run(
                Parameterized.class,
                Map.of(
                        VerifiesExtension.EVIDENCE_FILE_PARAMETER,
                        file.toString(),
                        "junit.jupiter.extensions.autodetection.enabled",
                        "true"));
        // THEN
        assertThat(entries(JSON.readTree(file.toFile()))).hasSize(1);
    }

    @Test
    void is_listed_for_junit_auto_detection() {
        // GIVEN/WHEN
        List<Class<?>> found =
                ServiceLoader.load(Extension.class).stream()
                        .<Class<?>>map(ServiceLoader.Provider::type)
                        .toList();
        // THEN
        assertThat(found).contains(VerifiesExtension.class);
    }

    @Test
    void writes_in_parallel_runs(@TempDir Path dir) throws IOException {
        // GIVEN
        Path file = dir.resolve("evidence.json");
        // WHEN all sample classes run concurrently
        TestKit.jupiter()
                .selectors(selectClass(Sample.class), selectClass(Parameterized.class))
                .configurationParameter(VerifiesExtension.EVIDENCE_FILE_PARAMETER, file.toString())
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter(
                        "junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter(
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .execute();
        // THEN every test of both classes is in the one file
        assertThat(entries(JSON.readTree(file.toFile()))).hasSize(9);
    }

    private static EngineExecutionResults run(Class<?> type, Map<String, String> parameters) {
        return TestKit.jupiter()
                .selectors(selectClass(type))
                .configurationParameters(parameters)
                .execute();
    }

    /** {@code test -> "STATUS [criteria]"} in file order. */
    private static Map<String, String> entries(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode r : root.get("results")) {
            List<String> criteria =
                    StreamSupport.stream(r.get("criteria").spliterator(), false)
                            .map(JsonNode::asText)
                            .toList();
            out.put(r.get("test").asText(), r.get("status").asText() + " " + criteria);
        }
        return out;
    }
}
