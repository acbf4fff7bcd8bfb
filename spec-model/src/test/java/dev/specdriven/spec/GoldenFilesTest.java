package dev.specdriven.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every {@code src/test/resources/golden/<kind>/<good|bad>/*.md} is parsed, printed
 * with {@link ModelPrinter} together with the spec checker's diagnostics, and compared with the
 * {@code .model.txt} next to it. Run with {@code -Dgolden.update=true} to rewrite the expected
 * files (then review the diff).
 */
class GoldenFilesTest {

    static final Path ROOT = Path.of("src/test/resources/golden");
    static final SpecParser PARSER = SpecParser.create();

    static Stream<Path> inputs() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT)) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void document_matches_its_golden_file(Path input) throws IOException {
        Path rel = ROOT.relativize(input);
        String kindName = rel.getName(0).toString();
        boolean good = rel.getName(1).toString().equals("good");
        DocumentKind kind = DocumentKind.valueOf(kindName.toUpperCase(Locale.ROOT));
        byte[] bytes = Files.readAllBytes(input);
        SpecDocument doc = PARSER.parse(kind, rel.getFileName().toString(), bytes);

        List<Diagnostic> diagnostics = diagnostics(doc);
        String actual = ModelPrinter.print(doc) + checks(diagnostics, doc);
        Path expectedFile =
                input.resolveSibling(
                        input.getFileName().toString().replaceFirst("\\.md$", ".model.txt"));
        if (Boolean.getBoolean("golden.update") || !Files.exists(expectedFile)) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));

        // writing the unchanged document back is byte-identical
        if (doc.source().isValidUtf8()) {
            assertThat(doc.source().apply(List.of()).bytes()).isEqualTo(bytes);
        }
        if (good) {
            assertThat(diagnostics)
                    .as("a good file has no warning or error")
                    .noneMatch(d -> d.severity().isAtLeast(Severity.WARNING));
        } else {
            assertThat(diagnostics)
                    .as("a bad file has at least one warning or error")
                    .anyMatch(d -> d.severity().isAtLeast(Severity.WARNING));
        }
    }

    /** The document's own diagnostics plus the checker's, for a spec made of this document. */
    static List<Diagnostic> diagnostics(SpecDocument doc) {
        if (doc instanceof SteeringDocument) {
            return doc.diagnostics();
        }
        Spec spec =
                new Spec(
                        "golden",
                        ".",
                        Path.of("."),
                        Optional.empty(),
                        doc instanceof RequirementsDocument
                                ? Optional.of((RequirementsDocument) doc)
                                : Optional.empty(),
                        doc instanceof BugfixDocument
                                ? Optional.of((BugfixDocument) doc)
                                : Optional.empty(),
                        doc instanceof DesignDocument
                                ? Optional.of((DesignDocument) doc)
                                : Optional.empty(),
                        doc instanceof TasksDocument
                                ? Optional.of((TasksDocument) doc)
                                : Optional.empty(),
                        List.of(),
                        List.of());
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : SpecChecker.create().check(spec)) {
            // only this document, only spec-model codes (EARS codes change with the EARS parser)
            if (d.code().startsWith("SPEC")
                    && !d.code().equals(SpecCode.MISSING_FILE.code())
                    && d.file().map(f -> f.equals(doc.path())).orElse(false)) {
                out.add(d);
            }
        }
        return out;
    }

    static String checks(List<Diagnostic> diagnostics, SpecDocument doc) {
        StringBuilder sb = new StringBuilder("checks\n");
        for (Diagnostic d : diagnostics) {
            sb.append(d.line())
                    .append(':')
                    .append(d.column())
                    .append(' ')
                    .append(d.code())
                    .append(' ')
                    .append(d.severity())
                    .append(' ')
                    .append(d.message())
                    .append('\n');
        }
        return sb.toString();
    }
}
