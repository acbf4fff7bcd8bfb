package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.ears.spi.EarsPatternProvider;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pattern provider that fails to load is reported with its class and cause, not thrown. */
class ProviderLoadingTest {

    /** A provider whose patterns cannot be built. */
    public static final class Failing implements EarsPatternProvider {
        /** For ServiceLoader. */
        public Failing() {}

        @Override
        public List<PatternDefinition> patterns() {
            throw new IllegalStateException("pattern table missing");
        }
    }

    @Test
    void broken_providers_are_skipped_and_the_others_still_apply(@TempDir Path tmp)
            throws Exception {
        Path services = Files.createDirectories(tmp.resolve("META-INF/services"));
        Files.writeString(
                services.resolve(EarsPatternProvider.class.getName()),
                "com.example.missing.NoSuchProvider\n" + Failing.class.getName() + "\n");
        ClassLoader loader =
                new URLClassLoader(
                        new URL[] {tmp.toUri().toURL()},
                        ProviderLoadingTest.class.getClassLoader());

        EarsParser parser = EarsParser.builder().loadExtensions(loader).build();

        // the provider installed on the test class path still applies
        assertThat(parser.patterns().definitions())
                .extracting(d -> d.pattern().id())
                .contains(TestTimedPatternProvider.TIMED.id());
        List<Diagnostic> problems = parser.extensionProblems();
        assertThat(problems).hasSize(2);
        assertThat(problems)
                .allSatisfy(
                        d -> {
                            assertThat(d.code()).isEqualTo("EARS090");
                            assertThat(d.severity()).isEqualTo(Severity.WARNING);
                            assertThat(d.message()).contains("failed to load and was skipped");
                        });
        assertThat(problems.get(0).message()).contains("com.example.missing.NoSuchProvider");
        assertThat(problems.get(1).message())
                .contains(Failing.class.getName())
                .contains("IllegalStateException: pattern table missing");
        assertThat(EarsParser.create().extensionProblems()).isEmpty();
    }
}
