package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.ears.spi.EarsLintRule;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import dev.specdriven.source.Severity;
import dev.specdriven.source.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintRuleTest {

    private static final EarsLintRule NO_GENERIC_SYSTEM =
            r ->
                    r.systemName()
                            .filter(s -> s.equalsIgnoreCase("system"))
                            .map(
                                    s ->
                                            List.of(
                                                    Diagnostic.of(
                                                            "ACME001",
                                                            Severity.WARNING,
                                                            "generic system name 'system'",
                                                            "Name the component that responds.",
                                                            r.clause(ClauseKind.SYSTEM)
                                                                    .orElseThrow()
                                                                    .span())))
                            .orElse(List.of());

    @Test
    void a_custom_rule_reports_in_document_coordinates() {
        EarsParser parser = EarsParser.builder().addLintRule(NO_GENERIC_SYSTEM).build();

        ParseResult<EarsRequirement> r =
                parser.parse(
                        "WHEN a user logs in THEN the system SHALL record the time",
                        new SourcePosition(40, 4, 1000));

        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("ACME001");
        Diagnostic d =
                r.diagnostics().stream()
                        .filter(x -> x.code().equals("ACME001"))
                        .findFirst()
                        .orElseThrow();
        assertThat(d.line()).isEqualTo(40);
        assertThat(d.column()).isEqualTo(4 + "WHEN a user logs in THEN ".length());
    }

    @Test
    void a_custom_rule_is_silent_when_it_finds_nothing() {
        EarsParser parser = EarsParser.builder().addLintRule(NO_GENERIC_SYSTEM).build();

        assertThat(parser.parse("THE Auth_Service SHALL log every login").value().pattern())
                .isEqualTo(EarsPatterns.UBIQUITOUS);
        assertThat(parser.parse("THE Auth_Service SHALL log every login").diagnostics())
                .extracting(Diagnostic::code)
                .doesNotContain("ACME001");
    }

    @Test
    void a_failing_rule_becomes_an_internal_error_diagnostic() {
        EarsParser parser =
                EarsParser.builder()
                        .addLintRule(
                                r -> {
                                    throw new IllegalStateException("boom");
                                })
                        .build();

        ParseResult<EarsRequirement> r = parser.parse("THE Pump SHALL stop");

        assertThat(r.value().pattern()).isEqualTo(EarsPatterns.UBIQUITOUS);
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "EARS099", "a lint rule failed: IllegalStateException: boom"));
    }
}
