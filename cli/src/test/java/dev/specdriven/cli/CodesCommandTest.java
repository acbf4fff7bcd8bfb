package dev.specdriven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.DiagnosticCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodesCommandTest {

    @Test
    void codes_are_unique_and_well_formed() {
        Set<String> seen = new HashSet<>();
        for (CodesCommand.Family f : CodesCommand.families()) {
            for (DiagnosticCode c : f.codes()) {
                assertThat(c.code()).matches("[A-Z]+[0-9]{3}");
                assertThat(seen.add(c.code())).as("duplicate code %s", c.code()).isTrue();
                assertThat(c.title()).as(c.code()).isNotBlank();
                assertThat(c.fix()).as(c.code()).isNotBlank();
            }
        }
    }

    @Test
    void docs_diagnostics_md_is_the_generated_table() throws IOException {
        Path doc = repositoryRoot().resolve("docs/diagnostics.md");
        String expected = CodesCommand.markdown();
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as(
                        "docs/diagnostics.md is stale: run ./specdriven codes --format markdown > docs/diagnostics.md")
                .isEqualTo(expected);
    }

    @Test
    void json_lists_every_code() {
        CliRun run = CliRun.of("codes", "--format", "json");
        assertThat(run.exitCode()).isZero();
        long total = CodesCommand.families().stream().mapToLong(f -> f.codes().size()).sum();
        assertThat(run.out().split("\"code\":", -1)).hasSize((int) total + 1);
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir)
                .as("repository root with mvnw above " + Path.of("").toAbsolutePath())
                .isNotNull();
        return dir;
    }
}
