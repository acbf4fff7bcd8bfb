package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The labelled precision sample of issue 15 ({@code ears/precision-sample.txt}): occurrences of
 * every EARS code on the Kiro corpus, drawn with a fixed seed before and after the precision work,
 * each judged true, false or debatable and reduced to the words that matter. A true positive must
 * keep firing, a false one must not come back, and the judged precision of the current sample stays
 * at 90 % or more per code.
 */
class PrecisionSampleTest {

    /** One labelled sentence. */
    record Labelled(
            String sample,
            String code,
            String label,
            String sentence,
            String provenance,
            String reason) {
        @Override
        public String toString() {
            return code + " " + label + " [" + provenance + "] " + sentence;
        }
    }

    static List<Labelled> sample() throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (InputStream in =
                PrecisionSampleTest.class.getResourceAsStream("/ears/precision-sample.txt")) {
            assertThat(in).as("precision-sample.txt on the test class path").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" \\| ", -1);
                assertThat(f).as(line).hasSize(6);
                assertThat(f[0]).as(line).isIn("before", "after", "both", "extra");
                assertThat(f[2]).as(line).isIn("true", "false", "debatable");
                out.add(new Labelled(f[0], f[1], f[2], f[3], f[4], f[5]));
            }
        }
        return out;
    }

    /** Drawn from the output of the current code. */
    private static boolean current(Labelled l) {
        return l.sample().equals("after") || l.sample().equals("both");
    }

    static Stream<Labelled> judged() throws IOException {
        return sample().stream().filter(l -> !l.label().equals("debatable"));
    }

    private static final EarsParser PARSER = EarsParser.create();

    private static List<String> codes(String sentence) {
        return PARSER.parse(sentence).diagnostics().stream().map(Diagnostic::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("judged")
    void a_true_positive_keeps_firing_and_a_false_one_does_not_return(Labelled l) {
        if (l.label().equals("true")) {
            assertThat(codes(l.sentence())).as(l.reason()).contains(l.code());
        } else {
            assertThat(codes(l.sentence())).as(l.reason()).doesNotContain(l.code());
        }
    }

    @Test
    void the_current_sample_has_at_least_90_percent_precision_per_code_and_overall()
            throws IOException {
        Map<String, int[]> byCode = new TreeMap<>();
        int truePositives = 0;
        int judged = 0;
        for (Labelled l : sample()) {
            if (!current(l) || l.label().equals("debatable")) {
                continue;
            }
            int[] c = byCode.computeIfAbsent(l.code(), k -> new int[2]);
            c[1]++;
            judged++;
            if (l.label().equals("true")) {
                c[0]++;
                truePositives++;
            }
        }
        assertThat(byCode).as("codes in the current sample").isNotEmpty();
        byCode.forEach(
                (code, c) ->
                        assertThat(100.0 * c[0] / c[1])
                                .as("%s: %d of %d true", code, c[0], c[1])
                                .isGreaterThanOrEqualTo(90.0));
        assertThat(100.0 * truePositives / judged).isGreaterThanOrEqualTo(90.0);
    }

    @Test
    void every_error_in_the_current_sample_is_a_real_error() throws IOException {
        for (Labelled l : sample()) {
            EarsCode code =
                    Stream.of(EarsCode.values())
                            .filter(c -> c.code().equals(l.code()))
                            .findFirst()
                            .orElseThrow();
            if (current(l) && code.defaultSeverity() == dev.specdriven.source.Severity.ERROR) {
                assertThat(l.label()).as(l.toString()).isEqualTo("true");
            }
        }
    }
}
