package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backend that fails to load is reported with its class and cause; the others still load. */
class BackendLoadingTest {

    private static ClassLoader withProviders(Path dir, String... classNames) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(
                services.resolve("dev.specdriven.generate.spi.ModelBackend"),
                String.join("\n", classNames) + "\n");
        return new URLClassLoader(
                new URL[] {dir.toUri().toURL()}, BackendLoadingTest.class.getClassLoader());
    }

    @Test
    void broken_providers_are_skipped_and_reported_with_class_and_cause(@TempDir Path tmp)
            throws Exception {
        ClassLoader loader =
                withProviders(
                        tmp,
                        BrokenBackends.InvalidId.class.getName(),
                        "com.example.missing.NoSuchBackend",
                        BrokenBackends.ThrowsOnCreate.class.getName());

        ModelBackends found = ModelBackends.discover(loader);

        // the good ones load: built-in and the test backend installed on the class path
        assertThat(found.ids()).contains("builtin", "test-echo").doesNotContain("throws");
        List<Diagnostic> problems = found.problems();
        assertThat(problems).hasSize(3);
        assertThat(problems)
                .allSatisfy(
                        d -> {
                            assertThat(d.code()).isEqualTo("GEN011");
                            assertThat(d.severity()).isEqualTo(Severity.WARNING);
                            assertThat(d.message()).contains("failed to load and was skipped");
                        });
        assertThat(problems.get(0).message())
                .contains(BrokenBackends.InvalidId.class.getName())
                .contains("'Not Valid!'");
        assertThat(problems.get(1).message()).contains("com.example.missing.NoSuchBackend");
        assertThat(problems.get(2).message())
                .contains(BrokenBackends.ThrowsOnCreate.class.getName())
                .contains("IllegalStateException: no API key configured");
        // explicit registries have no problems; `with` keeps the discovered ones
        assertThat(ModelBackends.of(new BuiltinBackend()).problems()).isEmpty();
        assertThat(found.with(new BuiltinBackend()).problems()).isEqualTo(problems);
    }

    @Test
    void the_generator_refuses_an_invalid_backend_id_as_the_registry_does() {
        BrokenBackends.InvalidId bad = new BrokenBackends.InvalidId();
        assertThatThrownBy(() -> ModelBackends.of(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Not Valid!'");
        assertThatThrownBy(() -> SpecGenerator.builder().backend(bad).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Not Valid!'")
                .hasMessageContaining(BrokenBackends.InvalidId.class.getName());
        for (String id : new String[] {"", "-x", "A", "a/b", "x".repeat(101), "a b"}) {
            ScriptedBackend b = ScriptedBackend.builder().id(id).reply("x").build();
            assertThatThrownBy(() -> SpecGenerator.builder().backend(b).build())
                    .as(id)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String id : new String[] {"a", "openai", "my-llm_2.1", "0"}) {
            ScriptedBackend b = ScriptedBackend.builder().id(id).reply("x").build();
            assertThat(SpecGenerator.builder().backend(b).build().backend().id()).isEqualTo(id);
        }
    }
}
