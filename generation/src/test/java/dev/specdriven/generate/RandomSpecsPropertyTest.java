package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: for random specs, the built-in backend covers every criterion, and regenerating after a
 * random criterion edit keeps done tasks byte-identical, keeps coverage complete and never
 * duplicates task ids.
 */
class RandomSpecsPropertyTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 16);
    }

    private static final List<String> SHAPES =
            List.of(
                    "WHEN a %s arrives, THE %s SHALL store the %s within %d ms.",
                    "IF the %s is invalid, THEN THE %s SHALL reject the %s with error %d.",
                    "WHILE the %s is open, THE %s SHALL keep the %s for %d minutes.",
                    "WHERE the %s option is enabled, THE %s SHALL export the %s every %d hours.",
                    "THE %s SHALL log every %s change of the %s within %d seconds.");
    private static final List<String> NOUNS =
            List.of("order", "invoice", "cart", "session", "report", "token", "parcel");
    private static final List<String> SYSTEMS =
            List.of("Order_Service", "Billing_Service", "Audit_Log", "Export_Job");

    static String requirements(SplittableRandom r) {
        StringBuilder b = new StringBuilder("# Requirements Document: Random Feature\n\n");
        b.append("## Glossary\n\n");
        for (String s : SYSTEMS) {
            b.append("- **").append(s).append("**: a component.\n");
        }
        b.append("\n## Requirements\n");
        int reqs = 1 + r.nextInt(5);
        for (int i = 1; i <= reqs; i++) {
            b.append("\n### Requirement ").append(i).append(": Part ").append(i).append("\n\n");
            b.append("**User Story:** As a clerk, I want part ").append(i);
            b.append(", so that work gets done.\n\n#### Acceptance Criteria\n\n");
            int cs = 1 + r.nextInt(4);
            for (int c = 1; c <= cs; c++) {
                b.append(c).append(". ").append(criterion(r)).append('\n');
            }
        }
        return b.toString();
    }

    static String criterion(SplittableRandom r) {
        String noun = NOUNS.get(r.nextInt(NOUNS.size()));
        return String.format(
                SHAPES.get(r.nextInt(SHAPES.size())),
                noun,
                SYSTEMS.get(r.nextInt(SYSTEMS.size())),
                noun,
                1 + r.nextInt(500));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void regeneration_keeps_done_tasks_and_full_coverage(long seed, @TempDir Path tmp)
            throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        Path dir = tmp.resolve(".kiro/specs/random");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("requirements.md"), requirements(r), StandardCharsets.UTF_8);
        SpecGenerator gen = SpecGenerator.builder().backend(new BuiltinBackend()).build();

        GenerationResult design =
                gen.generateDesign(Fixtures.read(tmp), Fixtures.spec(tmp, "random"));
        assertThat(design.isValid()).as("seed %s: %s", seed, design.diagnostics()).isTrue();
        design.accept();
        GenerationResult tasks =
                gen.generateTasks(Fixtures.read(tmp), Fixtures.spec(tmp, "random"));
        assertThat(tasks.isValid()).as("seed %s: %s", seed, tasks.diagnostics()).isTrue();
        tasks.accept();

        // mark random leaf tasks done
        Spec spec = Fixtures.spec(tmp, "random");
        TasksDocument t = spec.tasks().orElseThrow();
        List<dev.specdriven.spec.TextEdit> ticks = new java.util.ArrayList<>();
        for (Task task : t.tasks()) {
            if (r.nextInt(3) == 0) {
                t.stateEdit(task, TaskState.DONE).ifPresent(ticks::add);
            }
        }
        String text = t.source().apply(ticks).text();
        Files.writeString(dir.resolve("tasks.md"), text, StandardCharsets.UTF_8);

        // edit one random criterion
        RequirementsDocument old = Fixtures.spec(tmp, "random").requirements().orElseThrow();
        var victim = old.criteria().get(r.nextInt(old.criteria().size()));
        String req = Files.readString(dir.resolve("requirements.md"));
        Files.writeString(
                dir.resolve("requirements.md"),
                req.replace(victim.text(), criterion(r).replace("SHALL", "SHALL always")));
        Spec edited = Fixtures.spec(tmp, "random");
        RequirementsChange change =
                RequirementsChange.between(old, edited.requirements().orElseThrow());

        GenerationResult again = gen.regenerateTasks(Fixtures.read(tmp), edited, change);
        GenerationResult designAgain = gen.regenerateDesign(Fixtures.read(tmp), edited, change);

        assertThat(again.isValid()).as("seed %s: %s", seed, again.diagnostics()).isTrue();
        assertThat(designAgain.isValid())
                .as("seed %s: %s", seed, designAgain.diagnostics())
                .isTrue();
        TasksDocument before = edited.tasks().orElseThrow();
        TasksDocument after = (TasksDocument) again.document();
        for (Task task : before.tasks()) {
            if (task.state() == TaskState.DONE) {
                assertThat(after.source().text())
                        .as("seed %s: done task %s kept", seed, task.id())
                        .contains(before.source().line(task.line()));
            }
        }
        assertThat(after.tasks().stream().map(Task::id).distinct().count())
                .as("seed %s: unique ids", seed)
                .isEqualTo(after.tasks().size());
        Spec merged = Fixtures.spec(tmp, "random");
        Spec withNew =
                new Spec(
                        merged.name(),
                        merged.path(),
                        merged.directory(),
                        merged.config(),
                        merged.requirements(),
                        merged.bugfix(),
                        java.util.Optional.of(
                                (dev.specdriven.spec.DesignDocument) designAgain.document()),
                        java.util.Optional.of(after),
                        merged.otherFiles(),
                        merged.diagnostics());
        assertThat(Fixtures.coveredByTasks(withNew, after))
                .as("seed %s", seed)
                .isEqualTo(Fixtures.criteria(withNew));
        assertThat(Fixtures.coveredByDesign(withNew, withNew.design().orElseThrow()))
                .as("seed %s", seed)
                .isEqualTo(Fixtures.criteria(withNew));
    }
}
