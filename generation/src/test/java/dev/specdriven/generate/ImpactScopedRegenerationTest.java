package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.generate.internal.Units;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImpactScopedRegenerationTest {

    private static final String OLD_23 =
            "3. WHILE a reservation is held, THE Stock_Service SHALL exclude the reserved quantity from the available stock.";
    private static final String NEW_23 =
            "3. WHILE a reservation is held, THE Stock_Service SHALL exclude the reserved quantity from the stock shown to every customer.";

    private final SpecGenerator gen = SpecGenerator.builder().backend(new BuiltinBackend()).build();
    private Path ws;
    private Path dir;

    @BeforeEach
    void setUp(@TempDir Path tmp) {
        ws = Fixtures.exampleWorkspace(tmp);
        dir = ws.resolve(".kiro/specs/order-checkout");
    }

    private RequirementsDocument edit(String from, String to) throws Exception {
        RequirementsDocument old = Fixtures.spec(ws, "order-checkout").requirements().orElseThrow();
        String text = Files.readString(dir.resolve("requirements.md"));
        assertThat(text).contains(from);
        Files.writeString(
                dir.resolve("requirements.md"), text.replace(from, to), StandardCharsets.UTF_8);
        return old;
    }

    private static String own(DesignDocument d, String anchor) {
        List<Units.Range> ranges = Units.sectionRanges(d);
        for (int i = 0; i < d.sections().size(); i++) {
            if (d.sections().get(i).anchor().equals(anchor)) {
                Units.Range r = ranges.get(i);
                return d.source().text().substring(r.start(), r.end());
            }
        }
        throw new AssertionError("no section " + anchor);
    }

    private static String own(TasksDocument t, String id) {
        List<Units.Range> ranges = Units.taskRanges(t);
        for (int i = 0; i < t.tasks().size(); i++) {
            if (t.tasks().get(i).id().equals(id)) {
                Units.Range r = ranges.get(i);
                return t.source().text().substring(r.start(), r.end());
            }
        }
        throw new AssertionError("no task " + id);
    }

    @Test
    void editing_one_criterion_rewrites_only_the_sections_that_trace_to_it() throws Exception {
        // GIVEN criterion 2.3 reworded
        RequirementsDocument old = edit(OLD_23, NEW_23);
        Spec spec = Fixtures.spec(ws, "order-checkout");
        RequirementsChange change =
                RequirementsChange.between(old, spec.requirements().orElseThrow());
        assertThat(change.changed()).containsExactly(Fixtures.id("2.3"));
        assertThat(change.added()).isEmpty();
        DesignDocument before = spec.design().orElseThrow();

        // WHEN the design is regenerated for the change
        GenerationResult r = gen.regenerateDesign(Fixtures.read(ws), spec, change);

        // THEN only the StockService section (which cites 2.3) changed, and the criteria the
        // hand-written design never covered got new sections: coverage always blocks
        assertThat(r.isValid()).as("%s", r.diagnostics()).isTrue();
        assertThat(r.context().scope().orElseThrow().designSections())
                .containsExactly("stockservice");
        java.util.Set<String> gaps = new java.util.TreeSet<>(Fixtures.criteria(spec));
        gaps.removeAll(Fixtures.coveredByDesign(spec, before));
        assertThat(gaps).isNotEmpty();
        assertThat(r.context().scope().orElseThrow().uncoveredCriteria())
                .extracting(Object::toString)
                .containsExactlyElementsOf(gaps);
        DesignDocument after = (DesignDocument) r.document();
        assertThat(after.sections())
                .extracting(Section::anchor)
                .containsSubsequence(before.sections().stream().map(Section::anchor).toList());
        assertThat(Fixtures.coveredByDesign(spec, after)).containsAll(Fixtures.criteria(spec));
        for (Section s : before.sections()) {
            if (s.anchor().equals("stockservice")) {
                assertThat(own(after, s.anchor()))
                        .isNotEqualTo(own(before, s.anchor()))
                        .contains("from the stock shown to every customer")
                        .contains("_Requirements: 2.1, 2.3, 2.4_");
            } else {
                assertThat(own(after, s.anchor()))
                        .as(s.anchor())
                        .isEqualTo(own(before, s.anchor()));
            }
        }
        assertThat(r.preexistingDiagnostics()).noneMatch(d -> d.code().equals("GEN003"));
        r.accept();
        assertThat(Fixtures.readString(dir.resolve("design.md"))).isEqualTo(r.content().text());
    }

    @Test
    void editing_one_criterion_rewrites_only_its_tasks_and_keeps_done_tasks_byte_identical()
            throws Exception {
        RequirementsDocument old = edit(OLD_23, NEW_23);
        Spec spec = Fixtures.spec(ws, "order-checkout");
        TasksDocument before = spec.tasks().orElseThrow();
        RequirementsChange change =
                RequirementsChange.between(old, spec.requirements().orElseThrow());

        GenerationResult r = gen.regenerateTasks(Fixtures.read(ws), spec, change);

        assertThat(r.isValid()).as("%s", r.diagnostics()).isTrue();
        ImpactScope scope = r.context().scope().orElseThrow();
        assertThat(scope.tasks()).containsExactly("3.2");
        assertThat(scope.keptTasks()).containsExactly("1", "2", "2.1", "2.2", "3.1");
        TasksDocument after = (TasksDocument) r.document();
        // the existing tasks keep their ids; criteria no task covered get new tasks after them
        assertThat(after.tasks().subList(0, before.tasks().size()))
                .extracting(Task::id)
                .containsExactlyElementsOf(before.tasks().stream().map(Task::id).toList());
        assertThat(Fixtures.coveredByTasks(spec, after)).containsAll(Fixtures.criteria(spec));
        for (Task t : before.tasks()) {
            if (t.id().equals("3.2")) {
                assertThat(own(after, "3.2"))
                        .contains("from the stock shown to every customer")
                        .startsWith("  - [ ] 3.2 Expire reservations after 10 minutes\n");
            } else {
                assertThat(own(after, t.id())).as(t.id()).isEqualTo(own(before, t.id()));
            }
        }
        // byte-minimal: the text outside task 3.2 is unchanged, new tasks are appended
        String b = before.source().text();
        String a = after.source().text();
        String blockBefore = own(before, "3.2");
        String blockAfter = own(after, "3.2");
        assertThat(a.replace(blockAfter, "@@")).startsWith(b.replace(blockBefore, "@@"));
    }

    @Test
    void
            a_changed_criterion_only_covered_by_done_or_locked_tasks_gets_a_new_task_with_a_fresh_number()
                    throws Exception {
        // GIVEN task 3.2 locked by the user, and criterion 2.3 changed
        Path tasks = dir.resolve("tasks.md");
        String t = Files.readString(tasks);
        Files.writeString(
                tasks,
                t.replace(
                        "  - [ ] 3.2 Expire reservations after 10 minutes\n",
                        "  - [ ] 3.2 Expire reservations after 10 minutes <!-- locked -->\n"));
        RequirementsDocument old = edit(OLD_23, NEW_23);
        Spec spec = Fixtures.spec(ws, "order-checkout");
        TasksDocument before = spec.tasks().orElseThrow();

        GenerationResult r =
                gen.regenerateTasks(
                        Fixtures.read(ws),
                        spec,
                        RequirementsChange.between(old, spec.requirements().orElseThrow()));

        ImpactScope scope = r.context().scope().orElseThrow();
        assertThat(scope.keptTasks()).contains("3.2");
        assertThat(scope.tasks()).isEmpty();
        java.util.Set<String> gaps = new java.util.TreeSet<>(Fixtures.criteria(spec));
        gaps.removeAll(Fixtures.coveredByTasks(spec, before));
        gaps.add("2.3");
        assertThat(scope.uncoveredCriteria())
                .extracting(Object::toString)
                .containsExactlyElementsOf(gaps);
        TasksDocument after = (TasksDocument) r.document();
        // every existing task is byte-identical; new top-level tasks from 7 after the checkpoint
        for (Task x : before.tasks()) {
            assertThat(own(after, x.id())).isEqualTo(own(before, x.id()));
        }
        assertThat(after.tasks()).hasSizeGreaterThan(before.tasks().size());
        Task added = after.tasks().get(before.tasks().size());
        assertThat(added.id()).isEqualTo("7");
        assertThat(added.state()).isEqualTo(TaskState.NOT_STARTED);
        assertThat(added.requirementReferences()).extracting(x -> x.raw()).containsExactly("2.3");
        assertThat(after.source().text()).startsWith(before.source().text());
        assertThat(r.diagnostics()).noneMatch(d -> d.code().startsWith("SPEC01"));
    }

    @Test
    void an_added_criterion_gets_a_design_section_and_a_task(@TempDir Path tmp) throws Exception {
        // GIVEN the small spec generated, then a criterion 1.3 added
        Path small = Fixtures.smallWorkspace(tmp);
        Path d = small.resolve(".kiro/specs/password-reset");
        gen.generateDesign(Fixtures.read(small), Fixtures.spec(small, "password-reset")).accept();
        gen.generateTasks(Fixtures.read(small), Fixtures.spec(small, "password-reset")).accept();
        Files.writeString(
                d.resolve("tasks.md"),
                Files.readString(d.resolve("tasks.md"))
                        .replace("- [ ] 1. Set up", "- [x] 1. Set up"));
        RequirementsDocument old =
                Fixtures.spec(small, "password-reset").requirements().orElseThrow();
        String req = Files.readString(d.resolve("requirements.md"));
        Files.writeString(
                d.resolve("requirements.md"),
                req.replace(
                        "answer exactly as for a registered address.\n",
                        "answer exactly as for a registered address.\n"
                                + "3. THE Reset_Service SHALL limit reset requests to 5 per hour per address.\n"));
        Spec spec = Fixtures.spec(small, "password-reset");
        RequirementsChange change =
                RequirementsChange.between(old, spec.requirements().orElseThrow());
        assertThat(change.added()).containsExactly(Fixtures.id("1.3"));
        String designBefore = spec.design().orElseThrow().source().text();

        GenerationResult design = gen.regenerateDesign(Fixtures.read(small), spec, change);
        GenerationResult tasks = gen.regenerateTasks(Fixtures.read(small), spec, change);

        assertThat(design.isValid()).as("%s", design.diagnostics()).isTrue();
        assertThat(design.diagnostics()).isEmpty();
        assertThat(design.content().text())
                .contains("**1.3** THE Reset_Service SHALL limit reset requests");
        // sections not tracing to requirement 1 are unchanged
        DesignDocument after = (DesignDocument) design.document();
        DesignDocument before = spec.design().orElseThrow();
        assertThat(own(after, "use-the-link")).isEqualTo(own(before, "use-the-link"));
        assertThat(own(after, "overview")).isEqualTo(own(before, "overview"));
        assertThat(designBefore).isNotEqualTo(design.content().text());
        assertThat(tasks.isValid()).as("%s", tasks.diagnostics()).isTrue();
        assertThat(tasks.diagnostics()).isEmpty();
        TasksDocument t = (TasksDocument) tasks.document();
        assertThat(own(t, "1")).startsWith("- [x] 1. Set up");
        // ids stay unique
        assertThat(t.tasks().stream().map(Task::id).distinct().count()).isEqualTo(t.tasks().size());
    }
}
