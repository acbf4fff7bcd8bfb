package dev.specdriven.examples.ears;

import static dev.specdriven.assertj.SpecAssertions.assertThat;

import dev.specdriven.ears.EarsParser;
import org.junit.jupiter.api.Test;

class CustomEarsExampleTest {

    private static final EarsParser PARSER = CustomEarsExample.parser();

    @Test
    void classifies_a_response_with_a_deadline_as_timed() {
        assertThat(PARSER.parse("The API shall respond within 200 ms.").value())
                .hasPattern(TimedResponse.TIMED_RESPONSE)
                .hasSystem("API");
        // the custom priority is above the built-ins: an event with a deadline is timed too
        assertThat(
                        PARSER.parse(
                                        "When the customer starts checkout, the Checkout_Service"
                                                + " shall validate every item within 300 ms.")
                                .value())
                .hasPattern("TIMED_RESPONSE");
    }

    @Test
    void leaves_other_sentences_to_the_built_in_patterns() {
        assertThat(PARSER.parse("The API shall respond within the budget.").value()).isUbiquitous();
        // the NOT_EARS guard is tried first: no binding 'shall', no pattern
        assertThat(PARSER.parse("The API should respond within 2 s.").value()).isNotEars();
    }

    @Test
    void parses_french_sentences() {
        assertThat(
                        PARSER.parse(
                                        "QUAND le client paie, ALORS le Service_Commande DOIT"
                                                + " envoyer un reçu.")
                                .value())
                .isEventDriven()
                // as written: systemName() strips the articles of the built-in dialects only
                .hasSystem("le Service_Commande")
                .hasResponseContaining("envoyer un reçu");
        assertThat(
                        PARSER.parse(
                                        "SI le paiement échoue, ALORS le Service_Commande DOIT"
                                                + " annuler la commande.")
                                .value())
                .isUnwantedBehavior();
        assertThat(
                        PARSER.parse(
                                        "PENDANT QUE la boutique est fermée, le Service_Commande"
                                                + " DOIT refuser les commandes.")
                                .value())
                .isStateDriven();
        assertThat(PARSER.parse("Le Service_Commande devrait envoyer un reçu.").value())
                .isNotEars();
        assertThat(PARSER.parse("Le Service_Commande DOIT afficher un écran convivial."))
                .hasDiagnostic("EARS010");
    }

    @Test
    void french_needs_the_dialect() {
        assertThat(
                        EarsParser.create()
                                .parse(
                                        "QUAND le client paie, ALORS le Service_Commande DOIT"
                                                + " envoyer un reçu.")
                                .value())
                .isNotEars();
    }

    @Test
    void service_loader_finds_the_provider() {
        assertThat(
                        CustomEarsExample.discoveredParser()
                                .parse("The API shall respond within 2 seconds.")
                                .value())
                .hasPattern(TimedResponse.TIMED_RESPONSE);
    }
}
