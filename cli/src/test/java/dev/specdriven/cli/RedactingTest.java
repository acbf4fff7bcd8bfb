package dev.specdriven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RedactingTest {

    private static final String KEY = "sk-abc123-SECRET";

    @Test
    void a_key_split_over_writes_and_flushes_never_gets_through() {
        for (long seed = 1; seed <= 300; seed++) {
            Random rnd = new Random(seed);
            String text =
                    "error: key "
                            + KEY
                            + " rejected; "
                            + "s".repeat(rnd.nextInt(3))
                            + "sk-abc"
                            + " partial, again "
                            + KEY
                            + "\n"
                            + (rnd.nextBoolean() ? "tail sk-" : "tail");
            StringWriter sink = new StringWriter();
            PrintWriter w = Redacting.wrap(new PrintWriter(sink, true), KEY);
            int i = 0;
            while (i < text.length()) {
                int n = 1 + rnd.nextInt(7);
                w.print(text.substring(i, Math.min(text.length(), i + n)));
                if (rnd.nextInt(4) == 0) {
                    w.flush();
                }
                i += n;
            }
            w.close();
            String out = sink.toString();
            assertThat(out).as("seed %d", seed).doesNotContain(KEY);
            assertThat(out).as("seed %d", seed).isEqualTo(text.replace(KEY, "***"));
        }
    }

    @Test
    void lines_without_the_key_pass_unchanged_and_at_once() {
        StringWriter sink = new StringWriter();
        PrintWriter w = Redacting.wrap(new PrintWriter(sink, true), KEY);
        w.println("wrote design.md (backend openai, 1 call(s))");
        assertThat(sink.toString()).isEqualTo("wrote design.md (backend openai, 1 call(s))\n");
        PrintWriter plain = new PrintWriter(sink);
        assertThat(Redacting.wrap(plain, "")).isSameAs(plain);
    }
}
