package dev.specdriven.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceCollectorTest {

    @Test
    void records_from_many_threads_without_losing_a_result(@TempDir Path dir) throws Exception {
        // GIVEN
        EvidenceCollector collector = new EvidenceCollector(dir.resolve("e.json"), false);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        // WHEN 8 threads record 2000 tests, each test twice (one failing invocation out of two)
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(
                    pool.submit(
                            () -> {
                                for (int i = 0; i < 250; i++) {
                                    String test = "T" + thread + "#m" + i;
                                    collector.record(
                                            test + "[1]",
                                            test,
                                            List.of("s:1." + (i % 5 + 1)),
                                            EvidenceCollector.Status.PASSED);
                                    collector.record(
                                            test + "[2]",
                                            test,
                                            List.of("s:2.1"),
                                            i % 2 == 0
                                                    ? EvidenceCollector.Status.FAILED
                                                    : EvidenceCollector.Status.ABORTED);
                                }
                            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        collector.close();
        collector.close(); // idempotent
        // THEN
        JsonNode results =
                new ObjectMapper().readTree(dir.resolve("e.json").toFile()).get("results");
        assertThat(results).hasSize(2000);
        int failed = 0;
        for (JsonNode r : results) {
            String status = r.get("status").asText();
            assertThat(status).isIn("FAILED", "PASSED");
            failed += status.equals("FAILED") ? 1 : 0;
            assertThat(r.get("criteria")).hasSize(2);
        }
        assertThat(failed).isEqualTo(1000);
    }

    @Test
    void status_precedence_is_failed_passed_aborted_skipped() {
        EvidenceCollector.Status f = EvidenceCollector.Status.FAILED;
        EvidenceCollector.Status p = EvidenceCollector.Status.PASSED;
        EvidenceCollector.Status a = EvidenceCollector.Status.ABORTED;
        EvidenceCollector.Status s = EvidenceCollector.Status.SKIPPED;
        assertThat(p.combine(f)).isEqualTo(f);
        assertThat(a.combine(p)).isEqualTo(p);
        assertThat(s.combine(a)).isEqualTo(a);
        assertThat(s.combine(s)).isEqualTo(s);
    }
}
