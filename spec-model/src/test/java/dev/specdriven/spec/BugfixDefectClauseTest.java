package dev.specdriven.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import org.junit.jupiter.api.Test;

class BugfixDefectClauseTest {

    private static final String BUGFIX =
            """
            # Bugfix Requirements Document

            ## Bug Analysis

            ### Current Behavior (Defect)

            1.1 WHEN a discount applies THEN the system shows a total one cent too high

            ### Expected Behavior (Correct)

            2.1 WHEN a discount applies THEN the system computes the total in cents

            ### Unchanged Behavior (Regression Prevention)

            3.1 WHEN no discount applies THEN the system SHALL CONTINUE TO sum the prices
            """;

    @Test
    void defect_clauses_describe_observed_behaviour_and_need_no_shall() {
        BugfixDocument doc =
                SpecParser.create()
                        .parseBugfix(
                                "bugfix.md",
                                BUGFIX.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(doc.diagnostics())
                .filteredOn(d -> d.severity().isAtLeast(Severity.WARNING))
                .extracting(Diagnostic::code, Diagnostic::line)
                .as("only the expected-behaviour clause 2.1 lacks its 'shall'")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EARS001", 11));
    }
}
