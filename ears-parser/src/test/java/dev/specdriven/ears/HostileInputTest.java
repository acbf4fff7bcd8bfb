package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.specdriven.source.Diagnostic;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 for ears-parser: the main code has no regular expression left (pattern ids, dialect
 * keywords and configured terms are checked by scanning); each former pattern and the sentence
 * parser get their worst case here: long runs of one character, 4 KB-plus lines that used to be the
 * size where repeated groups overflow the stack, and inputs that fail only at the end.
 */
class HostileInputTest {

    private static final Duration GUARD = Duration.ofSeconds(10);

    @Test
    void a_long_pattern_id_that_fails_at_its_last_character_is_rejected_quickly() {
        String id = "A".repeat(200_000) + "a";
        assertTimeoutPreemptively(
                GUARD,
                () ->
                        assertThatThrownBy(() -> new EarsPattern(id, "x"))
                                .isInstanceOf(IllegalArgumentException.class));
        assertThat(new EarsPattern("A" + "_9".repeat(100_000), "x").id()).hasSize(200_001);
    }

    @Test
    void dialect_keywords_with_long_white_space_runs_are_split_by_scanning() {
        String spaced = "for" + " ".repeat(100_000) + "all";
        String noComma = "x".repeat(200_000) + ",";
        assertTimeoutPreemptively(
                GUARD,
                () -> {
                    EarsDialect d =
                            EarsDialect.builder("xx")
                                    .keywords(EarsKeyword.SHALL, "shall")
                                    .keywords(EarsKeyword.QUANTIFIER, spaced)
                                    .build();
                    assertThat(d.keywords(EarsKeyword.QUANTIFIER)).containsExactly("for all");
                    assertThatThrownBy(
                                    () ->
                                            EarsDialect.builder("yy")
                                                    .keywords(EarsKeyword.SHALL, noComma))
                            .isInstanceOf(IllegalArgumentException.class);
                });
    }

    @Test
    void configured_terms_with_long_white_space_runs_are_split_by_scanning() {
        assertTimeoutPreemptively(
                GUARD,
                () -> {
                    EarsParser p =
                            EarsParser.builder()
                                    .addVagueTerms("very" + " \t".repeat(50_000) + "nice")
                                    .build();
                    assertThat(p.parse("The UI shall be very nice").diagnostics())
                            .extracting(Diagnostic::code)
                            .contains("EARS010");
                });
    }

    @Test
    void long_lines_of_every_shape_parse_without_stack_overflow() {
        String[] lines = {
            "The system shall " + "a ".repeat(4_000),
            "WHEN " + "x, ".repeat(2_000) + "THEN the S SHALL do it",
            "WHEN a " + "WHEN b ".repeat(1_000) + "THEN the S SHALL do it",
            "The S shall store `" + "a, ".repeat(2_000) + "` now",
            "当" + "数据".repeat(3_000) + "时，系统应显示" + "应".repeat(2_000),
            "THE S は " + "データ".repeat(2_000) + " SHALL",
            "The S shall be " + "clear and ".repeat(1_000) + "fast",
            "The S shall " + "\"".repeat(5_000) + " appropriate",
            "The S shall show " + "等".repeat(5_000),
        };
        EarsParser parser = EarsParser.create();
        for (String line : lines) {
            assertTimeoutPreemptively(
                    GUARD,
                    () ->
                            assertThat(parser.parse(line).diagnostics())
                                    .extracting(Diagnostic::code)
                                    .as(line.substring(0, 40))
                                    .doesNotContain("EARS098", "EARS099"));
        }
    }
}
