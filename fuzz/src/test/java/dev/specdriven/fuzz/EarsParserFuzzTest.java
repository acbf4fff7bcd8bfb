package dev.specdriven.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.specdriven.ears.EarsParser;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.ParseResult;
import dev.specdriven.source.SourcePosition;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link EarsParser#parse(String)} with any string: it never throws, and every clause and
 * diagnostic lies inside the sentence with consistent line, column and offset.
 */
class EarsParserFuzzTest {

    private static final EarsParser PARSER = EarsParser.create();
    private static final EarsParser SHORT = EarsParser.builder().maxSentenceLength(64).build();

    @FuzzTest(maxDuration = "3m")
    void parse(byte[] data) {
        String sentence = new String(data, StandardCharsets.UTF_8);
        String context = Invariants.describe(data);
        ParseResult<EarsRequirement> r = PARSER.parse(sentence);
        Invariants.ears(r, sentence, context);
        // same input again gives the same result (no hidden state)
        assertThat(PARSER.parse(sentence)).as("deterministic, %s", context).isEqualTo(r);
        // a limited parser reports instead of parsing long sentences
        Invariants.ears(SHORT.parse(sentence), sentence, "maxSentenceLength 64, " + context);
        // rebased onto a host document, spans shift by the origin
        SourcePosition origin = new SourcePosition(7, 5, 40);
        ParseResult<EarsRequirement> rebased = PARSER.parse(sentence, origin);
        assertThat(rebased.value().span().start()).as("origin, %s", context).isEqualTo(origin);
        assertThat(rebased.diagnostics().size())
                .as("same diagnostics when rebased, %s", context)
                .isEqualTo(r.diagnostics().size());
    }
}
