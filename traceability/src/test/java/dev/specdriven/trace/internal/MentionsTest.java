package dev.specdriven.trace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionsTest {

    private static boolean mentions(String sentence, String term) {
        return Mentions.contains(Mentions.fold(sentence), Mentions.fold(term));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "WHEN x THEN the Order_Service SHALL log it | Order_Service | true",
                "The order   service shall log it | Order_Service | true",
                "THE **Order_Service** SHALL log it | Order_Service | true",
                "the Order_Services shall log it | Order_Service | false",
                "the Pre_Order_Service shall log it | Order_Service | true",
                "the PreOrder_Service shall log it | Order_Service | false",
                "WHEN the Cart is empty, the Checkout shall refuse | Cart | true",
                "WHEN the Cartography loads | Cart | false",
                "Order_Service | Order_Service | true",
                "系统应当记录订单服务的日志 | 订单服务 | true",
                "the system shall log | '' | false",
            })
    void wholeWordsIgnoringCaseAndUnderscores(String sentence, String term, boolean expected) {
        assertThat(mentions(sentence, term)).isEqualTo(expected);
    }

    @Test
    void foldCollapsesSpacesAndUnderscores() {
        assertThat(Mentions.fold("  The\tOrder__Service\r\n SHALL "))
                .isEqualTo("the order service shall");
    }

    @Test
    void aTermInsertedBetweenSpacesIsAlwaysFound() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom r = new SplittableRandom(seed);
        String alphabet = "abcXYZ _-.,é漢";
        for (int n = 0; n < 2_000; n++) {
            String left = random(r, alphabet, r.nextInt(12));
            String right = random(r, alphabet, r.nextInt(12));
            String term = "Term_" + random(r, "abcdef", 1 + r.nextInt(5));
            String sentence = left + " " + term + " " + right;
            assertThat(mentions(sentence, term))
                    .as("seed %d: %s in %s", seed, term, sentence)
                    .isTrue();
        }
    }

    private static String random(SplittableRandom r, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
