package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.ears.spi.EarsExtension;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternRegistryTest {

    private static final EarsPattern TIMED =
            new EarsPattern("TIMED_RESPONSE", "… shall … within <duration>");

    private static final EarsPatternRule WITHIN_DURATION =
            s ->
                    s.response()
                            .orElse("")
                            .matches("(?i).*\\bwithin \\d+\\s*(ms|milliseconds|s|seconds)\\b.*");

    @Test
    void custom_timing_pattern_wins_over_builtins_without_touching_the_grammar() {
        EarsParser parser =
                EarsParser.builder()
                        .addPattern(TIMED, PatternRegistry.PRIORITY_CUSTOM, WITHIN_DURATION)
                        .build();

        assertThat(
                        parser.parse("When a request arrives, the API shall respond within 200 ms.")
                                .value()
                                .pattern())
                .isEqualTo(TIMED);
        assertThat(parser.parse("When a request arrives, the API shall respond.").value().pattern())
                .isEqualTo(EarsPatterns.EVENT_DRIVEN);
        // the NOT_EARS guard still comes first
        assertThat(parser.parse("The API should respond within 200 ms.").value().pattern())
                .isEqualTo(EarsPatterns.NOT_EARS);
    }

    @Test
    void registries_are_persistent() {
        PatternRegistry defaults = PatternRegistry.defaults();
        PatternRegistry extended =
                defaults.with(TIMED, PatternRegistry.PRIORITY_CUSTOM, WITHIN_DURATION);

        assertThat(defaults.definitions()).hasSize(7);
        assertThat(extended.definitions()).hasSize(8);
        assertThat(extended.definitions().get(1).pattern()).isEqualTo(TIMED);
        assertThat(extended.without("TIMED_RESPONSE").definitions())
                .extracting(PatternDefinition::pattern)
                .isEqualTo(
                        defaults.definitions().stream().map(PatternDefinition::pattern).toList());
        assertThat(defaults.definitions())
                .extracting(d -> d.pattern().id())
                .doesNotContain("TIMED_RESPONSE");
    }

    @Test
    void equal_priorities_keep_registration_order() {
        EarsPattern a = new EarsPattern("A", "a");
        EarsPattern b = new EarsPattern("B", "b");
        PatternRegistry r = PatternRegistry.empty().with(a, 5, s -> true).with(b, 5, s -> true);
        assertThat(r.classify(new EarsStructure("x", List.of(), java.util.Optional.empty(), false)))
                .isEqualTo(a);
    }

    @Test
    void empty_registry_classifies_everything_as_not_ears() {
        EarsParser parser = EarsParser.builder().patterns(PatternRegistry.empty()).build();
        assertThat(parser.parse("The system shall work.").value().pattern())
                .isEqualTo(EarsPatterns.NOT_EARS);
    }

    @Test
    void company_keyword_set_through_an_extension() {
        EarsExtension acme =
                builder ->
                        builder.addDialect(
                                        EarsDialect.builder("acme")
                                                .keywords(EarsKeyword.SHALL, "must")
                                                .build())
                                .addVagueTerms("synergy");
        // 'must' is a weak modal in English; the company dialect makes it binding, and the
        // binding reading wins because SHALL keywords are searched first.
        EarsParser parser = EarsParser.builder().extensions(acme).build();
        EarsRequirement r = parser.parse("When x happens, the Service must log it").value();
        assertThat(r.pattern()).isEqualTo(EarsPatterns.EVENT_DRIVEN);
        assertThat(parser.parse("The Service shall add synergy").diagnostics())
                .extracting(d -> d.code())
                .contains("EARS010");
    }

    @Test
    void failing_user_rule_becomes_a_diagnostic() {
        EarsParser parser =
                EarsParser.builder()
                        .addPattern(
                                new EarsPattern("BROKEN", "throws"),
                                PatternRegistry.PRIORITY_CUSTOM,
                                s -> {
                                    throw new IllegalStateException("boom");
                                })
                        .build();
        var result = parser.parse("The system shall work.");
        assertThat(result.value().pattern()).isEqualTo(EarsPatterns.NOT_EARS);
        assertThat(result.diagnostics()).extracting(d -> d.code()).contains("EARS099");
    }

    @Test
    void service_loader_discovers_pattern_providers() {
        EarsParser parser = EarsParser.builder().loadExtensions().build();
        assertThat(parser.patterns().definitions())
                .extracting(d -> d.pattern().id())
                .contains(TestTimedPatternProvider.TIMED.id());
        assertThat(parser.parse("The API shall respond within 5 seconds").value().pattern())
                .isEqualTo(TestTimedPatternProvider.TIMED);
        assertThat(EarsParser.create().patterns().definitions())
                .extracting(d -> d.pattern().id())
                .doesNotContain(TestTimedPatternProvider.TIMED.id());
    }
}
