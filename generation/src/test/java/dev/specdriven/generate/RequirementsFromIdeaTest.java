package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requirements generated from an idea have whole-word headings and pass the lint. */
class RequirementsFromIdeaTest {

    private final SpecGenerator gen = SpecGenerator.builder().backend(new BuiltinBackend()).build();

    private static List<Diagnostic> lint(Path ws, GenerationResult r) throws Exception {
        r.accept();
        Workspace w = Fixtures.read(ws);
        return SpecChecker.create().check(w).stream()
                .filter(d -> d.file().orElse("").endsWith("requirements.md"))
                .filter(d -> d.severity() != Severity.INFO)
                .toList();
    }

    @Test
    void long_sentences_give_headings_cut_between_words(@TempDir Path tmp) throws Exception {
        String idea =
                "Customers reserve a table online and receive a confirmation code that expires"
                        + " after two hours. Managers see tonight's reservations.";
        GenerationResult r = gen.generateRequirements(Fixtures.read(tmp), "table-booking", idea);
        assertThat(r.isValid()).as("%s", r.diagnostics()).isTrue();
        RequirementsDocument doc = (RequirementsDocument) r.document();
        List<String> titles = doc.requirements().stream().map(Requirement::title).toList();
        assertThat(titles.get(0))
                .isEqualTo("Customers reserve a table online and receive a confirmation")
                .hasSizeLessThanOrEqualTo(60);
        assertThat(titles.get(1)).isEqualTo("Managers see tonight's reservations");
        assertThat(lint(tmp, r)).isEmpty();
    }

    @Test
    void ideas_with_words_the_lint_flags_still_give_clean_requirements(@TempDir Path tmp)
            throws Exception {
        // 'should', vague words and several verbs joined by 'and' would fail EARS010/EARS012
        String idea =
                "The export should be fast and user-friendly and it sends a mail and archives the"
                        + " file. Admins may cancel it.";
        GenerationResult r = gen.generateRequirements(Fixtures.read(tmp), "order-export", idea);
        assertThat(r.isValid()).isTrue();
        assertThat(r.diagnostics()).isEmpty();
        assertThat(lint(tmp, r)).isEmpty();
        assertThat(r.content().text())
                .contains("**User Story:** As a user, I want that the export should be fast");
    }

    @Test
    void seeded_random_ideas_give_lint_clean_requirements(@TempDir Path tmp) throws Exception {
        String[] words = {
            "users", "export", "orders", "and", "should", "quickly", "the", "report", "may", "a",
            "send", "mail", "archive", "appropriate", "every", "month", "CSV", "if", "when", "then",
            "fails", "retry", "it", "they", "shall", "admins", "cancel", "easy", "as", "possible"
        };
        for (long seed = 1; seed <= 25; seed++) {
            Random rnd = new Random(seed);
            StringBuilder idea = new StringBuilder();
            int sentences = 1 + rnd.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                int n = 3 + rnd.nextInt(25);
                for (int w = 0; w < n; w++) {
                    idea.append(w == 0 ? "" : " ").append(words[rnd.nextInt(words.length)]);
                }
                idea.append(". ");
            }
            Path ws = Files.createDirectories(tmp.resolve("s" + seed));
            GenerationResult r =
                    gen.generateRequirements(Fixtures.read(ws), "idea-" + seed, idea.toString());
            assertThat(r.diagnostics()).as("seed %d: %s", seed, idea).isEmpty();
            for (Requirement q : ((RequirementsDocument) r.document()).requirements()) {
                String t = q.title();
                assertThat(t.length()).as("seed %d", seed).isLessThanOrEqualTo(60);
                assertThat(idea.toString())
                        .as("seed %d: whole words", seed)
                        .containsPattern(
                                "(^|\\s)"
                                        + java.util.regex.Pattern.quote(
                                                t.split(" ")[t.split(" ").length - 1])
                                        + "[\\s.]");
            }
            assertThat(lint(ws, r)).as("seed %d: %s", seed, idea).isEmpty();
        }
    }
}
