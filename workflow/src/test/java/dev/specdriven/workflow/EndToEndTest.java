package dev.specdriven.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.generate.GenerationResult;
import dev.specdriven.generate.ModelBackends;
import dev.specdriven.generate.SpecGenerator;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecFiles;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TaskState;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.SpecPhase;
import dev.specdriven.trace.TraceGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-when scenario: a plain spec, EARS patterns, design and tasks generated with the
 * built-in backend, approvals, a requirement change, exactly the affected completed tasks marked.
 */
class EndToEndTest {

    @Test
    void plainSpecFromRequirementsToNeedsRevision(@TempDir Path root) throws Exception {
        Fixtures.write(root, Fixtures.REQUIREMENTS, null, Fixtures.TASKS);
        Spec spec = Fixtures.spec(root);

        // every sentence classified
        assertThat(spec.criteria())
                .extracting(c -> c.id().toString())
                .containsExactly(
                        "FR-1.1", "FR-2.1", "FR-3.1", "FR-4.1", "FR-5.1", "NFR-1.1", "NFR-2.1");
        assertThat(spec.criteria())
                .extracting(c -> c.ears().pattern())
                .containsExactly(
                        EarsPatterns.EVENT_DRIVEN,
                        EarsPatterns.EVENT_DRIVEN,
                        EarsPatterns.STATE_DRIVEN,
                        EarsPatterns.UNWANTED_BEHAVIOR,
                        EarsPatterns.OPTIONAL_FEATURE,
                        EarsPatterns.UBIQUITOUS,
                        EarsPatterns.UBIQUITOUS);
        assertThat(spec.tasks().orElseThrow().tasks()).hasSize(10);

        SpecWorkflow flow = SpecWorkflow.create();
        SpecGenerator gen =
                SpecGenerator.builder()
                        .backend(ModelBackends.discover().find("builtin").orElseThrow())
                        .build();

        // design generated, then approved together with the requirements
        Workspace ws = Fixtures.workspace(root);
        GenerationResult design = gen.generateDesign(ws, ws.spec(Fixtures.NAME).orElseThrow());
        assertThat(design.isValid()).as(design.diagnostics().toString()).isTrue();
        design.accept();
        flow.recordGeneration(Fixtures.spec(root), design.metrics());
        assertThat(flow.approvals().tasksGenerationGate(Fixtures.spec(root))).isPresent();
        flow.approvals().approve(Fixtures.spec(root), SpecPhase.REQUIREMENTS, "alice");
        flow.approvals().approve(Fixtures.spec(root), SpecPhase.DESIGN, "bob");
        assertThat(flow.approvals().tasksGenerationGate(Fixtures.spec(root))).isEmpty();
        assertThat(
                        TraceGraph.of(Fixtures.spec(root))
                                .lifecycle(Fixtures.NAME)
                                .approved(SpecPhase.DESIGN))
                .isTrue();

        // tasks generated from the approved design
        ws = Fixtures.workspace(root);
        GenerationResult tasks = gen.generateTasks(ws, ws.spec(Fixtures.NAME).orElseThrow());
        assertThat(tasks.isValid()).as(tasks.diagnostics().toString()).isTrue();
        tasks.accept();
        flow.recordGeneration(Fixtures.spec(root), tasks.metrics());
        flow.designDrift().reconcile(Fixtures.spec(root), "generate");
        spec = Fixtures.spec(root);
        assertThat(flow.designDrift().check(spec)).isEmpty();

        // complete every task that carries requirement references
        List<Task> all = spec.tasks().orElseThrow().tasks();
        Set<String> done = new TreeSet<>();
        for (Task t : all) {
            if (!t.requirementReferences().isEmpty()) {
                var td = Fixtures.spec(root).tasks().orElseThrow();
                SpecFiles.writeAtomically(
                        Fixtures.folder(root).resolve("tasks.md"),
                        td.source().sha256(),
                        td.withTaskState(t.id(), TaskState.DONE));
                done.add(t.id());
            }
        }
        assertThat(done).isNotEmpty();
        spec = Fixtures.spec(root);

        // the tasks that implement FR-2 (computed from the explicit references)
        Set<String> expected = new TreeSet<>();
        for (Task t : spec.tasks().orElseThrow().tasks()) {
            boolean cites = false;
            for (var ref : t.requirementReferences()) {
                for (AcceptanceCriterion c : spec.resolve(ref)) {
                    cites |= c.id().toString().equals("FR-2.1");
                }
            }
            if (cites && t.state() == TaskState.DONE) {
                expected.add(t.id());
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(expected.size()).isLessThan(done.size());

        // one requirement changes
        Fixtures.replace(
                Fixtures.folder(root).resolve("requirements.md"),
                "shall reject the login request with an error.",
                "shall reject the login request with an error and count the failed attempt.");
        spec = Fixtures.spec(root);
        assertThat(flow.approvals().changedCriteria(spec)).containsExactly("FR-2.1");
        assertThat(flow.approvals().check(spec))
                .extracting(d -> d.code())
                .containsExactly("FLOW003");

        String before = Fixtures.read(Fixtures.folder(root).resolve("tasks.md"));
        List<RevisionMark> marks =
                flow.revisionMarks().needsRevision(spec, flow.approvals().changedCriteria(spec));
        assertThat(marks).extracting(RevisionMark::taskId).containsExactlyElementsOf(expected);
        assertThat(flow.revisionMarks().mark(spec, marks)).isEqualTo(expected.size());

        String after = Fixtures.read(Fixtures.folder(root).resolve("tasks.md"));
        assertThat(after.replace(" <!-- needs-revision: FR-2.1 changed -->", "")).isEqualTo(before);
        spec = Fixtures.spec(root);
        assertThat(flow.revisionMarks().marked(spec).keySet()).containsExactlyElementsOf(expected);
        // Kiro still reads them as task lines, still done
        for (String id : expected) {
            assertThat(spec.tasks().orElseThrow().task(id).orElseThrow().state())
                    .isEqualTo(TaskState.DONE);
        }
        assertThat(spec.tasks().orElseThrow().tasks()).hasSize(all.size());
        // marking again changes nothing; unmarking restores the bytes
        assertThat(
                        flow.revisionMarks()
                                .mark(
                                        spec,
                                        flow.revisionMarks().needsRevision(spec, Set.of("FR-2.1"))))
                .isZero();
        assertThat(flow.revisionMarks().unmark(spec, Set.of())).isEqualTo(expected.size());
        assertThat(Fixtures.read(Fixtures.folder(root).resolve("tasks.md"))).isEqualTo(before);

        // metrics
        List<SpecMetrics> metrics = flow.metrics(TraceGraph.of(Fixtures.workspace(root)));
        SpecMetrics m = metrics.get(0);
        assertThat(m.generationRuns()).isEqualTo(2);
        assertThat(m.lastGenerationRepairRounds()).isPresent();
        assertThat(m.designApprovedAt()).isPresent();
        assertThat(m.requiredDone()).isEqualTo(done.size());
        assertThat(m.explicitLinks()).isPositive();
        List<String> codes = new ArrayList<>();
        flow.check(Fixtures.workspace(root)).forEach(d -> codes.add(d.code()));
        assertThat(codes).contains("FLOW003", "FLOW043").doesNotContain("FLOW030");
    }
}
