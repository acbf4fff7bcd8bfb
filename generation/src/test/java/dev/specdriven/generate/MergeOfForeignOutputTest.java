package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.TasksDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that rewrites everything (every line, done tasks included) in a scoped regeneration: only
 * the parts in scope are taken, the rest stays byte-identical.
 */
class MergeOfForeignOutputTest {

    /** Appends a marker to every non-heading, non-task, non-reference line. */
    private static String rewriteEverything(String text) {
        return text.lines()
                .map(
                        l ->
                                l.isBlank()
                                                || l.startsWith("#")
                                                || l.contains("Requirements")
                                                || l.startsWith("```")
                                        ? l
                                        : l + " [rewritten]")
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void only_the_design_section_in_scope_is_taken_from_a_model_that_rewrote_everything(
            @TempDir Path tmp) {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "order-checkout");
        DesignDocument current = spec.design().orElseThrow();
        // the criteria the current design misses: a full-coverage answer adds a section for them
        java.util.Set<String> gaps = new java.util.TreeSet<>(Fixtures.criteria(spec));
        gaps.removeAll(Fixtures.coveredByDesign(spec, current));
        String gapSection =
                "\n### Coverage of the open criteria\n\n_Requirements: "
                        + String.join(", ", gaps)
                        + "_\n";
        ScriptedBackend model =
                ScriptedBackend.builder()
                        .reply(
                                r ->
                                        rewriteEverything(
                                                        r.context()
                                                                .currentDesign()
                                                                .orElseThrow()
                                                                .source()
                                                                .text())
                                                + gapSection)
                        .build();
        GenerationResult r =
                SpecGenerator.builder()
                        .backend(model)
                        .build()
                        .regenerateDesign(
                                Fixtures.read(ws),
                                spec,
                                RequirementsChange.of(List.of(Fixtures.id("2.3"))));

        assertThat(r.isValid()).as("%s", r.diagnostics()).isTrue();
        String before = current.source().text();
        String after = r.content().text();
        assertThat(after).endsWith(gapSection);
        String merged = after.substring(0, after.length() - gapSection.length());
        List<String> changed =
                merged.lines().filter(l -> !before.lines().toList().contains(l)).toList();
        assertThat(changed)
                .isNotEmpty()
                .allMatch(l -> l.endsWith(" [rewritten]"))
                .allMatch(l -> l.contains("StockService") || l.contains("reservations"));
        assertThat(merged.lines().count()).isEqualTo(before.lines().count());
    }

    @Test
    void done_tasks_rewritten_by_the_model_are_kept_and_reported(@TempDir Path tmp) {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "order-checkout");
        TasksDocument current = spec.tasks().orElseThrow();
        ScriptedBackend model =
                ScriptedBackend.builder()
                        .reply(
                                r ->
                                        rewriteEverything(
                                                r.context()
                                                        .currentTasks()
                                                        .orElseThrow()
                                                        .source()
                                                        .text()))
                        .build();
        GenerationResult r =
                SpecGenerator.builder()
                        .backend(model)
                        .build()
                        .regenerateTasks(
                                Fixtures.read(ws),
                                spec,
                                RequirementsChange.of(List.of(Fixtures.id("2.1"))));

        // 2.1 is cited by task 3.1 (done) only: it is kept, nothing else is in scope
        assertThat(r.context().scope().orElseThrow().tasks()).isEmpty();
        assertThat(r.content().text()).isEqualTo(current.source().text());
        assertThat(r.diagnostics())
                .filteredOn(d -> d.code().equals(GenCode.KEPT_TASK_CHANGED.code()))
                .extracting(d -> d.message())
                .contains("the output changed kept task 3.1");
    }
}
