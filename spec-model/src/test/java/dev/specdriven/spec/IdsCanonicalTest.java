package dev.specdriven.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdsCanonicalTest {

    @Test
    void shortNumericIdsAreSharedOthersComeBackAsGiven() {
        assertThat(Ids.canonical(new String("2.3"))).isSameAs(Ids.canonical(new String("2.3")));
        assertThat(Ids.canonical(new String("17"))).isSameAs(Ids.canonical(new String("17")));
        assertThat(Ids.canonical(new String("0"))).isSameAs(Ids.canonical(new String("0")));
        for (String other :
                new String[] {
                    "02.3", "2.03", "100.1", "1.100", "1.0", "0.1", "A.1", "1.", ".1", "", "FR-1",
                    "1.2.3", "05"
                }) {
            String given = new String(other);
            assertThat(Ids.canonical(given)).as(other).isSameAs(given);
        }
        assertThat(new CriterionId(new String("12"), 3).requirement())
                .isSameAs(new CriterionId(new String("12"), 4).requirement());
    }

    @Test
    void alwaysEqualToTheInput() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom r = new SplittableRandom(seed);
        String alphabet = "0123456789.x-";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(7); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String id = sb.toString();
            assertThat(Ids.canonical(id)).as("seed %d", seed).isEqualTo(id);
        }
    }
}
