package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shared {@code dev.specdriven.source} types live in their own module, and the EARS module
 * passes them on: {@code requires transitive dev.specdriven.source}, so code that reads EARS
 * diagnostics needs no second {@code requires}. (Tests run on the class path; this reads the
 * compiled module descriptors.)
 */
class ModuleLayoutTest {

    private static ModuleDescriptor descriptorOf(Class<?> type)
            throws IOException, URISyntaxException {
        Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(root)) {
            try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
                return ModuleDescriptor.read(in);
            }
        }
        try (JarFile jar = new JarFile(root.toFile());
                InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void sourceTypesAreTheirOwnModule() throws Exception {
        ModuleDescriptor source = descriptorOf(Diagnostic.class);
        assertThat(source.name()).isEqualTo("dev.specdriven.source");
        assertThat(source.exports().stream().map(ModuleDescriptor.Exports::source))
                .containsExactly("dev.specdriven.source");
        assertThat(source.requires().stream().map(ModuleDescriptor.Requires::name))
                .doesNotContain("dev.specdriven.ears", "org.antlr.antlr4.runtime");
    }

    @Test
    void earsRequiresSourceTransitivelyAndNoLongerExportsIt() throws Exception {
        ModuleDescriptor ears = descriptorOf(EarsParser.class);
        assertThat(ears.name()).isEqualTo("dev.specdriven.ears");
        assertThat(
                        ears.requires().stream()
                                .filter(r -> r.name().equals("dev.specdriven.source"))
                                .map(ModuleDescriptor.Requires::modifiers)
                                .collect(Collectors.toList()))
                .singleElement()
                .satisfies(
                        m -> assertThat(m).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        assertThat(ears.exports().stream().map(ModuleDescriptor.Exports::source))
                .doesNotContain("dev.specdriven.source")
                .contains("dev.specdriven.ears", "dev.specdriven.ears.spi");
        assertThat(ears.packages()).doesNotContain("dev.specdriven.source");
    }
}
