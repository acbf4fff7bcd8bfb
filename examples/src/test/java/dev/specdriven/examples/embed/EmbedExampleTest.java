package dev.specdriven.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.examples.ExampleWorkspace;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedExampleTest {

    @Test
    void describes_a_sentence_with_pattern_system_and_response() {
        assertThat(
                        EmbedExample.describe(
                                "When an order is paid, the Order_Service shall send a receipt."))
                .isEqualTo("EVENT_DRIVEN system=Order_Service response=send a receipt");
    }

    @Test
    void lists_the_diagnostics_of_a_sentence() {
        String out = EmbedExample.describe("The Order_Service shall show an appropriate receipt.");
        assertThat(out.lines())
                .first()
                .isEqualTo("UBIQUITOUS system=Order_Service response=show an appropriate receipt");
        assertThat(out).contains("warning EARS010 vague term 'appropriate'");
    }

    @Test
    void summarizes_the_example_workspace() throws IOException {
        List<String> lines = EmbedExample.summarize(ExampleWorkspace.directory());
        // cart-total-rounding: bugfix clauses 1.1, 2.1, 3.1, 3.2; tasks 1 and 2 of 3 checked.
        // order-checkout: 4 + 4 + 4 + 3 + 3 criteria; 14 tasks, of which 1, 2, 2.1, 2.2, 3.1 [x]
        assertThat(lines)
                .startsWith(
                        "cart-total-rounding: 4 criteria, 2/3 tasks done",
                        "order-checkout: 18 criteria, 5/14 tasks done");
        assertThat(lines)
                .anyMatch(l -> l.contains("tasks.md") && l.contains("SPEC016"))
                .anyMatch(l -> l.contains("SPEC010") && l.contains("Notification_Service"));
    }
}
