package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EarsCodeDocsTest {

    @Test
    void codes_are_unique_and_well_formed() {
        Set<String> seen = new HashSet<>();
        for (EarsCode c : EarsCode.values()) {
            assertThat(c.code()).matches("EARS\\d{3}");
            assertThat(seen.add(c.code())).as("duplicate %s", c.code()).isTrue();
            assertThat(c.title()).isNotBlank();
            assertThat(c.fix()).isNotBlank();
        }
    }

    @Test
    void docs_table_lists_every_code_with_its_name_and_severity() throws IOException {
        Path docs = Path.of(System.getProperty("user.dir")).resolve("../docs/ears.md");
        assertThat(docs).exists();
        List<String> rows =
                Files.readAllLines(docs).stream().filter(l -> l.startsWith("| EARS")).toList();
        assertThat(rows).hasSize(EarsCode.values().length);
        for (EarsCode c : EarsCode.values()) {
            assertThat(rows)
                    .as("row for %s", c)
                    .anySatisfy(
                            row ->
                                    assertThat(row)
                                            .startsWith("| " + c.code() + " | ")
                                            .contains(
                                                    "| "
                                                            + c.defaultSeverity()
                                                                    .name()
                                                                    .toLowerCase(
                                                                            java.util.Locale.ROOT)
                                                            + " |")
                                            .contains("`" + c.name() + "`"));
        }
    }
}
