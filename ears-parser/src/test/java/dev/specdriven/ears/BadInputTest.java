package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class BadInputTest {

    private final EarsParser parser = EarsParser.create();

    private ParseResult<EarsRequirement> parseSafely(String s) {
        ParseResult<EarsRequirement> r = parser.parse(s);
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code)
                .as("no internal or syntax error for %s", abbreviate(s))
                .doesNotContain("EARS098", "EARS099");
        return r;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…(" + s.length() + ")" : s;
    }

    @Test
    void empty_and_blank_sentences() {
        for (String s : new String[] {"", " ", "\n\r\n\t", "\u3000"}) {
            ParseResult<EarsRequirement> r = parseSafely(s);
            assertThat(r.value().pattern()).isEqualTo(EarsPatterns.NOT_EARS);
            assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("EARS017");
        }
    }

    @Test
    void line_of_100_kb_is_reported_as_too_long() {
        String s = "The system shall " + "x".repeat(100_000);
        ParseResult<EarsRequirement> r = parseSafely(s);
        assertThat(r.value().pattern()).isEqualTo(EarsPatterns.NOT_EARS);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("EARS016");
        assertThat(r.value().span().end().offset()).isEqualTo(s.length());
    }

    @Test
    void line_of_100_kb_is_parsed_when_the_limit_allows_it() {
        EarsParser big = EarsParser.builder().maxSentenceLength(1_000_000).build();
        String s =
                "When a, b, "
                        + "word, ".repeat(20_000)
                        + "the system shall "
                        + "go ".repeat(10_000);
        ParseResult<EarsRequirement> r = big.parse(s);
        assertThat(r.value().pattern()).isEqualTo(EarsPatterns.EVENT_DRIVEN);
        assertThat(r.value().system()).contains("the system");
    }

    @Test
    void deep_nesting_of_brackets() {
        String s =
                "When " + "(".repeat(10_000) + "x" + ")".repeat(10_000) + ", the system shall work";
        assertThat(parseSafely(s).diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("EARS016");
        ParseResult<EarsRequirement> r =
                EarsParser.builder().maxSentenceLength(100_000).build().parse(s);
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code)
                .doesNotContain("EARS098", "EARS099");
        assertThat(r.value().pattern()).isEqualTo(EarsPatterns.EVENT_DRIVEN);
        String words = "The system shall " + "( [ { ".repeat(1_500);
        assertThat(parseSafely(words).value().pattern()).isEqualTo(EarsPatterns.UBIQUITOUS);
    }

    @Test
    void control_characters_emoji_quotes_and_lone_surrogates() {
        assertThat(parseSafely("The system\u0000 shall\u0001 work\u007F").diagnostics())
                .extracting(Diagnostic::code)
                .contains("EARS018");
        assertThat(parseSafely("When 🚀🚀 lands, the 🛰 shall 📡 beam").value().pattern())
                .isEqualTo(EarsPatterns.EVENT_DRIVEN);
        assertThat(parseSafely("When \"unbalanced, the system shall 'quote").value().pattern())
                .isEqualTo(EarsPatterns.EVENT_DRIVEN);
        parseSafely("\uD800 shall \uDC00 , , ,, then if when");
        parseSafely("\uFEFFThe system shall start");
        parseSafely(",,,,,");
        parseSafely("shall shall shall");
        parseSafely("when , then , shall");
        parseSafely("if then then then shall");
        parseSafely("**** ** * shall ***");
    }

    @RepeatedTest(30)
    void random_strings_never_throw(TestInfo info) {
        long seed = System.nanoTime() ^ info.getDisplayName().hashCode();
        SplittableRandom random = new SplittableRandom(seed);
        String[] atoms = {
            "when",
            "WHEN",
            "if",
            "IF",
            "then",
            "THEN",
            "while",
            "where",
            "shall",
            "SHALL",
            "should",
            "the",
            ",",
            "，",
            "、",
            "**",
            "*",
            " ",
            "  ",
            "\n",
            "\r\n",
            "\t",
            "x",
            "System",
            ".",
            "(",
            ")",
            "\"",
            "🚀",
            "\u0000",
            "\uD800",
            "DEBERÁ",
            "muss",
            "das",
            "ENTONCES",
            "for all",
            "each",
            "and",
            "be",
            "created",
            "etc.",
            "fast"
        };
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                if (random.nextInt(10) == 0) {
                    b.append((char) random.nextInt(0x10000));
                } else {
                    b.append(atoms[random.nextInt(atoms.length)]);
                    if (random.nextBoolean()) {
                        b.append(' ');
                    }
                }
            }
            String s = b.toString();
            ParseResult<EarsRequirement> r;
            try {
                r = parser.parse(s);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ": threw on '" + s + "'", e);
            }
            assertThat(r.diagnostics())
                    .extracting(Diagnostic::code)
                    .as("seed %d, input '%s'", seed, s)
                    .doesNotContain("EARS098", "EARS099");
            for (Clause c : r.value().clauses()) {
                assertThat(c.span().end().offset())
                        .as("seed %d, input '%s'", seed, s)
                        .isLessThanOrEqualTo(s.length());
            }
        }
    }
}
