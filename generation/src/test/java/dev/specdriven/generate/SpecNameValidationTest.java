package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generateRequirements} never resolves a spec name to a folder outside the workspace. */
class SpecNameValidationTest {

    private final SpecGenerator gen = SpecGenerator.builder().backend(new BuiltinBackend()).build();

    @Test
    void names_that_are_paths_are_refused_and_nothing_is_written(@TempDir Path tmp)
            throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        String outside = tmp.resolve("outside").toAbsolutePath().toString();
        for (String name :
                new String[] {
                    "../../../x",
                    "../x",
                    "a/b",
                    outside,
                    "..",
                    ".",
                    "",
                    "Bad Name",
                    "a\\b",
                    "x\0y",
                    "-x",
                    "a".repeat(201)
                }) {
            assertThatThrownBy(() -> gen.generateRequirements(Fixtures.read(ws), name, "An idea."))
                    .as("name %s", name)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("invalid spec name");
        }
        try (Stream<Path> s = Files.walk(tmp)) {
            assertThat(s.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void a_valid_new_name_and_an_existing_spec_are_accepted(@TempDir Path tmp) throws Exception {
        Path ws = Fixtures.smallWorkspace(tmp);
        GenerationResult fresh =
                gen.generateRequirements(Fixtures.read(ws), "order-export", "Export.");
        assertThat(fresh.file())
                .contains(
                        ws.resolve(".kiro")
                                .resolve("specs")
                                .resolve("order-export")
                                .resolve("requirements.md"));
        GenerationResult existing =
                gen.generateRequirements(Fixtures.read(ws), "password-reset", "Reset passwords.");
        assertThat(existing.path()).isEqualTo(".kiro/specs/password-reset/requirements.md");
    }
}
