package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import dev.specdriven.source.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every {@code src/test/resources/ears/good/*.ears} sentence must parse to the model
 * in its {@code .model.txt}, every {@code ears/bad/*.ears} to the diagnostics in its {@code
 * .diagnostics.txt}. Run with {@code -Dears.golden.update=true} to rewrite the expected files (then
 * review the diff).
 */
class GoldenFileTest {

    private static final EarsParser PARSER = EarsParser.create();

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenFileTest.class.getResource("/ears").toURI());
        return Stream.of("good", "bad")
                .flatMap(
                        dir -> {
                            try (Stream<Path> files = Files.list(root.resolve(dir))) {
                                return files
                                        .filter(p -> p.toString().endsWith(".ears"))
                                        .sorted()
                                        .map(p -> Arguments.of(dir + "/" + p.getFileName(), p))
                                        .toList()
                                        .stream();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
    }

    static String render(ParseResult<EarsRequirement> result) {
        StringBuilder b = new StringBuilder();
        b.append("pattern ").append(result.value().pattern().id()).append('\n');
        for (Clause c : result.value().clauses()) {
            b.append(String.format(Locale.ROOT, "%-8s %-11s %s%n", c.kind(), c.span(), c.text()));
        }
        for (Diagnostic d : result.diagnostics()) {
            b.append(
                    String.format(
                            Locale.ROOT,
                            "%s %s %s %s%n",
                            d.span(),
                            d.severity().name().toLowerCase(Locale.ROOT),
                            d.code(),
                            d.message()));
        }
        return b.toString().replace("\r\n", "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sentence_matches_golden_file(String name, Path file) throws IOException {
        String sentence = Files.readString(file, StandardCharsets.UTF_8);
        ParseResult<EarsRequirement> result = PARSER.parse(sentence);
        String actual = render(result);
        boolean good = name.startsWith("good/");
        Path expectedFile =
                file.resolveSibling(
                        file.getFileName()
                                .toString()
                                .replace(".ears", good ? ".model.txt" : ".diagnostics.txt"));
        if (Boolean.getBoolean("ears.golden.update")) {
            Path source =
                    Path.of("src/test/resources/ears")
                            .resolve(
                                    name.replace(
                                            ".ears", good ? ".model.txt" : ".diagnostics.txt"));
            Files.writeString(source, actual, StandardCharsets.UTF_8);
        }
        assertThat(expectedFile).as("expected file for %s", name).exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
        if (good) {
            assertThat(result.value().isEars()).as("good sentence %s is EARS", name).isTrue();
            assertThat(result.diagnostics())
                    .as("good sentence %s has no errors", name)
                    .noneMatch(d -> d.severity() == Severity.ERROR);
        } else {
            assertThat(result.diagnostics())
                    .as("bad sentence %s has a warning or error", name)
                    .anyMatch(d -> d.severity().isAtLeast(Severity.WARNING));
        }
    }
}
