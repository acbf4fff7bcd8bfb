package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class DocsTest {

    @Test
    void docs_generation_md_lists_every_gen_code_with_its_severity_title_and_fix()
            throws Exception {
        String doc = Files.readString(Fixtures.repoRoot().resolve("docs/generation.md"));
        for (GenCode c : GenCode.values()) {
            String row =
                    "| "
                            + c.code()
                            + " | "
                            + c.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT)
                            + " | "
                            + c.title()
                            + " | "
                            + c.fix()
                            + " |";
            assertThat(doc).as("row of " + c.code()).contains(row);
        }
    }

    @Test
    void docs_generation_md_states_the_lock_marker_the_code_uses() throws Exception {
        String doc = Files.readString(Fixtures.repoRoot().resolve("docs/generation.md"));
        assertThat(doc).contains("- [ ] 3.2 Expire reservations after 10 minutes <!-- locked -->");
        assertThat(dev.specdriven.generate.internal.Units.LOCK.matcher("x <!-- locked -->").find())
                .isTrue();
    }
}
