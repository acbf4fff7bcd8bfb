package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Severity;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.trace.CoverageReport;
import dev.specdriven.trace.TraceGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltinGenerationTest {

    private final SpecGenerator gen = SpecGenerator.builder().backend(new BuiltinBackend()).build();

    @Test
    void example_spec_from_scratch_gets_full_coverage_by_design_and_tasks(@TempDir Path tmp)
            throws Exception {
        // GIVEN the example spec without design and tasks
        Path ws = Fixtures.exampleWorkspace(tmp);
        Path dir = ws.resolve(".kiro/specs/order-checkout");
        Files.delete(dir.resolve("design.md"));
        Files.delete(dir.resolve("tasks.md"));
        Spec spec = Fixtures.spec(ws, "order-checkout");

        // WHEN design then tasks are generated and accepted
        GenerationResult design = gen.generateDesign(Fixtures.read(ws), spec);
        assertThat(design.isValid()).as("%s", design.diagnostics()).isTrue();
        assertThat(design.metrics().repairRounds()).isZero();
        assertThat(design.original()).isEmpty();
        design.accept();
        Spec withDesign = Fixtures.spec(ws, "order-checkout");
        GenerationResult tasks = gen.generateTasks(Fixtures.read(ws), withDesign);
        assertThat(tasks.isValid()).as("%s", tasks.diagnostics()).isTrue();
        tasks.accept();

        // THEN every criterion is referenced by the design and by a task
        Spec done = Fixtures.spec(ws, "order-checkout");
        DesignDocument d = done.design().orElseThrow();
        TasksDocument t = done.tasks().orElseThrow();
        assertThat(Fixtures.coveredByDesign(done, d)).isEqualTo(Fixtures.criteria(done));
        assertThat(Fixtures.coveredByTasks(done, t)).isEqualTo(Fixtures.criteria(done));
        // and the trace graph agrees
        CoverageReport coverage = TraceGraph.of(done).coverage();
        assertThat(TraceGraph.of(done).uncoveredCriteria()).as("%s", coverage).isEmpty();
        // and the spec checker finds no error or warning in the generated files
        assertThat(SpecChecker.create().check(done))
                .filteredOn(
                        x ->
                                x.file().orElse("").endsWith("design.md")
                                        || x.file().orElse("").endsWith("tasks.md"))
                .filteredOn(x -> x.severity() != Severity.INFO)
                .isEmpty();
        assertThat(d.properties()).isNotEmpty();
        assertThat(d.sections())
                .extracting(s -> s.title())
                .contains(
                        "Overview",
                        "Architecture",
                        "Components and Interfaces",
                        "Data Models",
                        "Correctness Properties",
                        "Error Handling",
                        "Testing Strategy",
                        "Cart validation",
                        "Pick-up slots");
        assertThat(t.tasks().get(t.tasks().size() - 1).title()).startsWith("Checkpoint");
        assertThat(t.tasks()).anyMatch(x -> x.optional() && !x.properties().isEmpty());
    }

    @Test
    void small_spec_gets_full_coverage_and_deterministic_output(@TempDir Path tmp)
            throws Exception {
        Path ws = Fixtures.smallWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "password-reset");
        GenerationResult a = gen.generateDesign(Fixtures.read(ws), spec);
        GenerationResult b = gen.generateDesign(Fixtures.read(ws), spec);
        assertThat(a.content().text()).isEqualTo(b.content().text());
        assertThat(a.isValid()).isTrue();
        assertThat(a.diagnostics()).isEmpty();
        a.accept();
        Spec s2 = Fixtures.spec(ws, "password-reset");
        GenerationResult tasks = gen.generateTasks(Fixtures.read(ws), s2);
        assertThat(tasks.diagnostics()).isEmpty();
        tasks.accept();
        Spec s3 = Fixtures.spec(ws, "password-reset");
        assertThat(Fixtures.coveredByDesign(s3, s3.design().orElseThrow()))
                .containsExactly("1.1", "1.2", "2.1", "2.2", "2.3");
        assertThat(Fixtures.coveredByTasks(s3, s3.tasks().orElseThrow()))
                .containsExactly("1.1", "1.2", "2.1", "2.2", "2.3");
        // error criteria are grouped into their own sub-task
        TasksDocument t = s3.tasks().orElseThrow();
        assertThat(t.task("3.2").orElseThrow().requirementReferences())
                .extracting(r -> r.raw())
                .containsExactly("2.2");
    }

    @Test
    void regenerating_tasks_over_the_example_keeps_done_tasks_and_fixes_coverage(@TempDir Path tmp)
            throws Exception {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "order-checkout");
        TasksDocument before = spec.tasks().orElseThrow();
        GenerationResult r = gen.generateTasks(Fixtures.read(ws), spec);
        assertThat(r.isValid()).as("%s", r.diagnostics()).isTrue();
        String after = r.content().text();
        for (var t : before.tasks()) {
            if (t.state() == TaskState.DONE) {
                assertThat(after).contains(before.source().line(t.line()));
            }
        }
        TasksDocument doc = (TasksDocument) r.document();
        Spec merged =
                new Spec(
                        spec.name(),
                        spec.path(),
                        spec.directory(),
                        spec.config(),
                        spec.requirements(),
                        spec.bugfix(),
                        spec.design(),
                        java.util.Optional.of(doc),
                        spec.otherFiles(),
                        spec.diagnostics());
        assertThat(Fixtures.coveredByTasks(merged, doc)).isEqualTo(Fixtures.criteria(merged));
        // nothing written yet
        assertThat(Fixtures.readString(ws.resolve(".kiro/specs/order-checkout/tasks.md")))
                .isEqualTo(before.source().text());
    }

    @Test
    void requirements_from_an_idea_are_ears_and_valid(@TempDir Path tmp) throws Exception {
        Path ws = Fixtures.smallWorkspace(tmp);
        GenerationResult r =
                gen.generateRequirements(
                        Fixtures.read(ws),
                        "order-export",
                        "Shop owners export the orders of a month as CSV. The export includes refunds.");
        assertThat(r.isValid()).as("%s", r.diagnostics()).isTrue();
        assertThat(r.path()).isEqualTo(".kiro/specs/order-export/requirements.md");
        var doc = (dev.specdriven.spec.RequirementsDocument) r.document();
        assertThat(doc.requirements()).hasSize(2);
        assertThat(doc.criteria()).allMatch(c -> c.ears().isEars());
        assertThat(r.diagnostics())
                .noneMatch(d -> d.code().equals(GenCode.WEAK_REQUIREMENTS.code()));
        Path written = r.accept();
        assertThat(written).isEqualTo(ws.resolve(".kiro/specs/order-export/requirements.md"));
        assertThat(Fixtures.readString(written)).isEqualTo(r.content().text());
    }
}
