package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the parser over the acceptance criteria of the real Kiro corpus ({@code
 * ../shared/corpus/kiro/*}{@code /requirements.md}), prints how many fall into each pattern and
 * checks that almost every criterion that says {@code shall} is recognised as EARS.
 */
class KiroCorpusTest {

    private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d+[.)]|[-*+])\\s+(.*)$");
    private static final Pattern SHALL =
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}_])shall(?![\\p{L}\\p{N}_])");
    private static final Pattern CRITERIA_HEADING =
            Pattern.compile(
                    "(?i).*(acceptance criteria|criterios de aceptaci|akzeptanzkriterien"
                            + "|crit[ée]rios de aceita|受け入れ基準|验收标准|kriteria penerimaan).*");

    static Path sharedDir() {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
                d != null;
                d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/corpus"))) {
                return d.resolve("shared");
            }
        }
        return Path.of("../shared");
    }

    /** Criteria: list items under an acceptance-criteria heading, as (file, line) pairs. */
    static List<String> criteria(Path requirements) throws IOException {
        List<String> out = new ArrayList<>();
        boolean inCriteria = false;
        for (String line : Files.readAllLines(requirements)) {
            String t = line.strip();
            boolean heading =
                    t.startsWith("#")
                            || (t.startsWith("**") && t.endsWith("**"))
                            || (t.startsWith("**") && t.endsWith(":**"))
                            || t.matches("^\\*\\*[^*]+\\*\\*:?$");
            if (heading) {
                inCriteria = CRITERIA_HEADING.matcher(t).matches();
                continue;
            }
            if (inCriteria) {
                Matcher m = ITEM.matcher(line);
                if (m.matches()) {
                    out.add(m.group(1).strip());
                }
            }
        }
        return out;
    }

    @Test
    void fewer_than_3_percent_of_shall_criteria_are_not_ears() throws IOException {
        Path kiro = sharedDir().resolve("corpus/kiro");
        Assumptions.assumeTrue(
                Files.isDirectory(kiro), "Kiro corpus " + kiro + " absent, skipping");
        EarsParser parser = EarsParser.create();
        Map<String, Integer> patterns = new TreeMap<>();
        Map<String, Integer> codes = new TreeMap<>();
        List<String> notEars = new ArrayList<>();
        int total = 0;
        int withShall = 0;
        List<Path> files;
        try (Stream<Path> dirs = Files.list(kiro)) {
            files =
                    dirs.map(d -> d.resolve("requirements.md"))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .toList();
        }
        for (Path file : files) {
            for (String criterion : criteria(file)) {
                total++;
                var result = parser.parse(criterion);
                patterns.merge(result.value().pattern().id(), 1, Integer::sum);
                for (Diagnostic d : result.diagnostics()) {
                    codes.merge(d.code(), 1, Integer::sum);
                }
                assertThat(result.diagnostics())
                        .extracting(Diagnostic::code)
                        .as("%s: %s", file, criterion)
                        .doesNotContain("EARS098", "EARS099");
                if (SHALL.matcher(criterion).find()) {
                    withShall++;
                    if (!result.value().isEars()) {
                        notEars.add(criterion);
                    }
                }
            }
        }
        double rate = withShall == 0 ? 0 : 100.0 * notEars.size() / withShall;
        System.out.printf(
                Locale.ROOT,
                "Kiro corpus: %d files, %d criteria, patterns %s%n"
                        + "  %d criteria say 'shall', %d of them NOT_EARS (%.2f%%)%n  diagnostics %s%n",
                files.size(),
                total,
                patterns,
                withShall,
                notEars.size(),
                rate,
                codes);
        notEars.stream().limit(20).forEach(s -> System.out.println("  NOT_EARS: " + s));

        assertThat(total).as("criteria found in the corpus").isGreaterThan(1000);
        assertThat(rate)
                .as("NOT_EARS rate among 'shall' criteria, examples: %s", notEars)
                .isLessThan(3.0);
    }
}
