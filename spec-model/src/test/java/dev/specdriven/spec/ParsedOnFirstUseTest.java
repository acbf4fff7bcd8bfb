package dev.specdriven.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.source.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Criteria are EARS-parsed on first use, once, with the same results as an eager parse. */
class ParsedOnFirstUseTest {

    private static final String REQ =
            "# Requirements\n\n### Requirement 1: Login\n\n#### Acceptance Criteria\n\n"
                    + "1. WHEN a user logs in THEN the Auth_Service SHALL create a session\n"
                    + "2. The system should maybe log stuff\n"
                    + "   - a note under criterion 2\n"
                    + "3. Users log in somehow\n";

    /** Three EARS sentences: the counting lint rule sees every parse. */
    private static final String EARS_ONLY =
            "# Requirements\n\n### Requirement 1: Login\n\n#### Acceptance Criteria\n\n"
                    + "1. WHEN a user logs in THEN the Auth_Service SHALL create a session\n"
                    + "2. The Auth_Service shall log the attempt quickly\n"
                    + "   - a note under criterion 2\n"
                    + "3. IF the password is wrong THEN the Auth_Service SHALL refuse the login\n";

    private final AtomicInteger parses = new AtomicInteger();

    private SpecParser countingParser() {
        EarsParser ears =
                EarsParser.builder()
                        .addLintRule(
                                r -> {
                                    parses.incrementAndGet();
                                    return List.of();
                                })
                        .build();
        return SpecParser.builder().earsParser(ears).build();
    }

    private static RequirementsDocument read(SpecParser p) {
        return read(p, REQ);
    }

    private static RequirementsDocument read(SpecParser p, String text) {
        return (RequirementsDocument)
                p.parse(
                        DocumentKind.REQUIREMENTS,
                        "requirements.md",
                        text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readingParsesNoSentenceAndEachIsParsedOnce() {
        RequirementsDocument doc = read(countingParser(), EARS_ONLY);
        List<AcceptanceCriterion> cs = doc.requirements().get(0).criteria();
        assertThat(cs).hasSize(3);
        assertThat(cs.get(1).attachments()).hasSize(1);
        assertThat(parses).hasValue(0);

        assertThat(cs.get(0).ears().pattern()).isEqualTo(EarsPatterns.EVENT_DRIVEN);
        assertThat(parses).hasValue(1);
        cs.get(0).ears();
        cs.get(0).earsDiagnostics();
        assertThat(parses).hasValue(1);

        // reading the document's diagnostics parses the rest
        List<Diagnostic> all = doc.diagnostics();
        assertThat(all).isNotEmpty(); // the vague 'quickly'
        assertThat(parses).hasValue(3);
        doc.diagnostics();
        assertThat(parses).hasValue(3);
    }

    @Test
    void sameValuesAndOrderAsTheCriteriaTheDiagnosticsComeFrom() {
        RequirementsDocument doc = read(SpecParser.create());
        List<Diagnostic> expected = new ArrayList<>();
        for (AcceptanceCriterion c : doc.requirements().get(0).criteria()) {
            expected.addAll(c.earsDiagnostics());
        }
        assertThat(doc.diagnostics())
                .containsExactlyElementsOf(expected)
                .extracting(Diagnostic::code)
                .contains("EARS001", "EARS002");
        assertThat(read(SpecParser.create())).isEqualTo(doc);
        assertThat(read(SpecParser.create()).hashCode()).isEqualTo(doc.hashCode());
    }

    @Test
    void concurrentFirstCallsShareOneParse() throws Exception {
        RequirementsDocument doc = read(countingParser(), EARS_ONLY);
        AcceptanceCriterion c = doc.requirements().get(0).criteria().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return c.ears();
                                }));
            }
            start.countDown();
            Object first = results.get(0).get();
            for (Future<Object> f : results) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(parses).hasValue(1);
    }
}
