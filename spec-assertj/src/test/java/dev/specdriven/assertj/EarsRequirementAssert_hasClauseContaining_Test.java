package dev.specdriven.assertj;

import static dev.specdriven.assertj.Fixtures.ears;
import static dev.specdriven.assertj.Fixtures.expectAssertionError;
import static dev.specdriven.assertj.SpecAssertions.assertThat;
import static dev.specdriven.assertj.error.ShouldHaveClause.shouldHaveClause;
import static org.assertj.core.api.BDDAssertions.then;

import dev.specdriven.ears.ClauseKind;
import dev.specdriven.ears.EarsRequirement;
import org.junit.jupiter.api.Test;

class EarsRequirementAssert_hasClauseContaining_Test {

    private static final EarsRequirement COMPLEX =
            ears(
                    "While the shop is open, when an order is paid, the Order_Service shall print it.");

    @Test
    void passes_when_a_clause_of_the_kind_contains_the_text() {
        // GIVEN/WHEN/THEN
        assertThat(COMPLEX)
                .hasClauseContaining(ClauseKind.WHILE, "shop is open")
                .hasClauseContaining(ClauseKind.WHEN, "paid");
    }

    @Test
    void fails_listing_the_clauses() {
        // WHEN: the text is in the WHILE clause, not in the WHEN clause
        AssertionError error =
                expectAssertionError(
                        () -> assertThat(COMPLEX).hasClauseContaining(ClauseKind.WHEN, "open"));
        // THEN
        then(error)
                .hasMessage(
                        shouldHaveClause(COMPLEX.text(), ClauseKind.WHEN, "open", COMPLEX.clauses())
                                .create())
                .hasMessageContaining("WHILE the shop is open");
    }
}
