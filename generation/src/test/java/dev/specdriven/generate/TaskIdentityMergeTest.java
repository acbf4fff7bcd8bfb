package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Task regeneration pairs tasks by identity (title, references), not by number: a model that
 * renumbers never hands one task's state or sub-tasks to another.
 */
class TaskIdentityMergeTest {

    /** The example plan as a model returns it: payment moved before stock, so both renumbered. */
    private static final String RENUMBERED =
            "# Implementation Plan: Order Checkout\n\n"
                    + "- [x] 1. Set up the checkout module and its database tables\n"
                    + "  - Create the `orders` and `reservations` tables with a Flyway migration\n"
                    + "  - _Requirements: 1.4, 4.1_\n\n"
                    + "- [x] 2. Implement cart validation\n"
                    + "  - [x] 2.1 Validate items against the catalogue and recompute the total\n"
                    + "    - `CheckoutService.validate(Cart)`\n"
                    + "    - _Requirements: 1.1, 1.2, 1.4_\n"
                    + "  - [x] 2.2 Reject empty carts\n"
                    + "    - _Requirements: 1.3_\n"
                    + "  - [ ]* 2.3 Write property test for the recomputed total\n"
                    + "    - **Property 1: Total is recomputed**\n"
                    + "    - **Validates: Requirements 1.4**\n\n"
                    + "- [ ] 3. Implement payment\n"
                    + "  - [ ] 3.1 Payment client with timeout and retry\n"
                    + "    - Never log or store the card number\n"
                    + "    - _Requirements: 3.1, 3.3, 3.4_\n"
                    + "  - [ ] 3.2 Handle declined payments\n"
                    + "    - _Requirements: 3.2, 3.5_\n\n"
                    + "- [ ] 4. Implement stock reservation\n"
                    + "  - [ ] 4.1 Reserve and release stock\n"
                    + "    - _Requirements: 2.1, 2.2_\n"
                    + "  - [ ] 4.2 Expire reservations after 10 minutes\n"
                    + "    - Sweep expired reservations every minute\n"
                    + "    - _Requirements: 2.3, 2.4_\n"
                    + "  - [ ]* 4.3 Write property test for released reservations\n"
                    + "    - **Property 2: No reservation outlives a failed checkout**\n"
                    + "    - **Validates: Requirements 2.2, 3.2**\n\n"
                    + "- [ ] 5. Create the order and send the confirmation\n"
                    + "  - _Requirements: 4.1, 4.2, 4.3_\n\n"
                    + "- [ ] 6. Offer pick-up slots\n"
                    + "  - _Requirements: 5.1, 5.2, 5.3_\n\n"
                    + "- [ ] 7. Checkpoint - Ensure all tests pass, ask the user if questions"
                    + " arise.\n";

    private static Map<String, Task> byId(TasksDocument t) {
        Map<String, Task> m = new LinkedHashMap<>();
        t.tasks().forEach(x -> m.put(x.id(), x));
        return m;
    }

    @Test
    void renumbered_model_output_keeps_each_task_its_state_and_sub_tasks(@TempDir Path tmp) {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "order-checkout");
        TasksDocument before = spec.tasks().orElseThrow();
        ScriptedBackend model = ScriptedBackend.builder().reply(RENUMBERED).build();

        GenerationResult r =
                SpecGenerator.builder()
                        .backend(model)
                        .build()
                        .generateTasks(Fixtures.read(ws), spec);

        assertThat(r.isValid()).as("%s", r.diagnostics()).isTrue();
        assertThat(model.requests()).hasSize(1);
        Map<String, Task> after = byId((TasksDocument) r.document());
        // task 3 is still the stock task, in progress, with the stock sub-tasks
        assertThat(after.get("3").title()).isEqualTo("Implement stock reservation");
        assertThat(after.get("3").state()).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(after.get("3.1").title()).isEqualTo("Reserve and release stock");
        assertThat(after.get("3.1").state()).isEqualTo(TaskState.DONE);
        assertThat(after.get("3.2").title()).isEqualTo("Expire reservations after 10 minutes");
        assertThat(after.get("3.3").title())
                .isEqualTo("Write property test for released reservations");
        // the model's new wording reached the right tasks
        String text = r.content().text();
        assertThat(text)
                .contains(
                        "  - [ ] 3.2 Expire reservations after 10 minutes\n"
                                + "    - Sweep expired reservations every minute\n")
                .contains(
                        "  - [ ] 4.1 Payment client with timeout and retry\n"
                                + "    - Never log or store the card number\n"
                                + "    - _Requirements: 3.1, 3.3, 3.4_\n");
        assertThat(after.get("4").title()).isEqualTo("Implement payment");
        assertThat(after.get("4.2").title()).isEqualTo("Handle declined payments");
        // done tasks are byte-identical, the new pick-up task comes after the existing ones
        for (Task t : before.tasks()) {
            if (t.state() == TaskState.DONE) {
                assertThat(after.get(t.id()).title()).isEqualTo(t.title());
                assertThat(after.get(t.id()).state()).isEqualTo(TaskState.DONE);
            }
        }
        assertThat(after.get("7").title()).isEqualTo("Offer pick-up slots");
        assertThat(after).hasSize(before.tasks().size() + 1);
        assertThat(text).startsWith(before.source().text().substring(0, 200));
    }

    @Test
    void a_task_in_scope_missing_from_the_output_is_reported_at_its_own_line(@TempDir Path tmp) {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "order-checkout");
        TasksDocument before = spec.tasks().orElseThrow();
        String without =
                RENUMBERED.replace(
                        "  - [ ] 3.2 Handle declined payments\n    - _Requirements: 3.2, 3.5_\n",
                        "  - [ ] 3.2 Show the decline reason\n    - _Requirements: 3.2, 3.5_\n");
        ScriptedBackend model = ScriptedBackend.builder().reply(without).build();

        GenerationResult r =
                SpecGenerator.builder()
                        .backend(model)
                        .build()
                        .generateTasks(Fixtures.read(ws), spec);

        Task declined = before.task("4.2").orElseThrow();
        List<Diagnostic> missing =
                r.diagnostics().stream().filter(d -> d.code().equals("GEN007")).toList();
        assertThat(missing).hasSize(1);
        assertThat(missing.get(0).line()).isEqualTo(declined.line());
        assertThat(missing.get(0).message())
                .contains("task 4.2 'Handle declined payments' is in scope but missing");
        // the current text of 4.2 was kept; the model's other wording became a new sub-task
        assertThat(r.content().text()).contains("  - [ ] 4.2 Handle declined payments\n");
        assertThat(r.content().text()).contains("  - [ ] 4.3 Show the decline reason\n");
    }

    @Test
    void seeded_permutations_of_the_plan_never_move_a_state_or_a_title(@TempDir Path tmp) {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "order-checkout");
        TasksDocument before = spec.tasks().orElseThrow();
        String[] blocks = RENUMBERED.split("\n\n");
        // blocks[0] title, [1] set up, [2] cart, [3..6] payment, stock, order, pick-up, [7]
        // checkpoint
        for (long seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed);
            List<String> middle = new ArrayList<>(List.of(blocks).subList(3, 7));
            Collections.shuffle(middle, rnd);
            List<String> order = new ArrayList<>();
            order.add(blocks[1]);
            order.add(blocks[2]);
            order.addAll(middle);
            order.add(blocks[7].strip());
            StringBuilder out = new StringBuilder(blocks[0]).append("\n\n");
            int n = 0;
            for (String b : order) {
                n++;
                String old = b.substring(b.indexOf("] ") + 2, b.indexOf('.'));
                out.append(
                        b.replace("] " + old + ".", "] " + n + ".")
                                .replace(" " + old + ".", " " + n + "."));
                out.append("\n\n");
            }
            ScriptedBackend model = ScriptedBackend.builder().reply(out.toString()).build();
            GenerationResult r =
                    SpecGenerator.builder()
                            .backend(model)
                            .maxRepairs(0)
                            .build()
                            .generateTasks(Fixtures.read(ws), spec);
            Map<String, Task> after = byId((TasksDocument) r.document());
            for (Task t : before.tasks()) {
                assertThat(after.get(t.id()))
                        .as("seed %d task %s in%n%s", seed, t.id(), r.content().text())
                        .isNotNull();
                assertThat(after.get(t.id()).title())
                        .as("seed %d task %s", seed, t.id())
                        .isEqualTo(t.title());
                assertThat(after.get(t.id()).state())
                        .as("seed %d task %s", seed, t.id())
                        .isEqualTo(t.state());
            }
        }
    }
}
