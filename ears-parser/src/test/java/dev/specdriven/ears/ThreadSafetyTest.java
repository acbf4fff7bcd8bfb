package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.ParseResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

    private static List<String> sentences() {
        String[] leads = {
            "",
            "When the user clicks save, ",
            "WHEN a file is uploaded THEN ",
            "IF the token expired, THEN ",
            "While offline, ",
            "Where printing is enabled, ",
            "While armed, when the door opens, ",
            "CUANDO el pago falla ENTONCES ",
            "WENN der Nutzer klickt, DANN "
        };
        String[] systems = {"the Editor ", "THE Auth_Service ", "el sistema ", "das System ", ""};
        String[] modals = {"shall ", "SHALL ", "should ", "DEBERÁ ", "muss ", ""};
        String[] responses = {
            "store the document.",
            "be generated quickly",
            "return a 403 error and log it",
            "show an appropriate message, etc.",
            ""
        };
        List<String> out = new ArrayList<>();
        for (String l : leads) {
            for (String s : systems) {
                for (String m : modals) {
                    for (String r : responses) {
                        out.add(l + s + m + r);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void one_parser_used_from_8_threads_gives_the_sequential_results() throws Exception {
        EarsParser parser = EarsParser.create();
        List<String> input = sentences();
        List<ParseResult<EarsRequirement>> sequential = new ArrayList<>();
        for (String s : input) {
            sequential.add(parser.parse(s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ParseResult<EarsRequirement>>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long seed = t;
                futures.add(
                        pool.submit(
                                () -> {
                                    List<Integer> order = new ArrayList<>();
                                    for (int i = 0; i < input.size(); i++) {
                                        order.add(i);
                                    }
                                    Collections.shuffle(order, new Random(seed));
                                    List<ParseResult<EarsRequirement>> results =
                                            new ArrayList<>(
                                                    Collections.nCopies(input.size(), null));
                                    for (int round = 0; round < 3; round++) {
                                        for (int i : order) {
                                            results.set(i, parser.parse(input.get(i)));
                                        }
                                    }
                                    return results;
                                }));
            }
            for (Future<List<ParseResult<EarsRequirement>>> f : futures) {
                assertThat(f.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
