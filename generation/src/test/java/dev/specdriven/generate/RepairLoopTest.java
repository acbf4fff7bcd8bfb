package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specdriven.source.Severity;
import dev.specdriven.spec.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairLoopTest {

    private static final BuiltinBackend BUILTIN = new BuiltinBackend();

    /** The built-in design without any reference to criterion 2.2. */
    private static String designWithout22(GenerationRequest r) {
        return BUILTIN.complete(r)
                .replace("_Requirements: 2.1, 2.2, 2.3_", "_Requirements: 2.1, 2.3_")
                .replace("**Validates: Requirements 2.2**", "**Validates: Requirements 2.1**")
                .replace("_Requirements: 1.2, 2.2_", "_Requirements: 1.2_");
    }

    @Test
    void broken_output_is_repaired_within_the_round_limit(@TempDir Path tmp) {
        // GIVEN a backend whose first design misses criterion 2.2 and whose second is fine
        Path ws = Fixtures.smallWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "password-reset");
        ScriptedBackend backend =
                ScriptedBackend.builder()
                        .reply(RepairLoopTest::designWithout22)
                        .reply(BUILTIN::complete)
                        .build();
        List<GenerationMetrics> recorded = new ArrayList<>();
        SpecGenerator gen =
                SpecGenerator.builder()
                        .backend(backend)
                        .maxRepairs(2)
                        .metricsListener(recorded::add)
                        .build();

        // WHEN generating
        GenerationResult r = gen.generateDesign(Fixtures.read(ws), spec);

        // THEN the second round passed
        assertThat(r.isValid()).isTrue();
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.metrics().repairRounds()).isEqualTo(1);
        assertThat(r.metrics().backendCalls()).isEqualTo(2);
        assertThat(r.metrics().backendId()).isEqualTo("scripted");
        assertThat(recorded).containsExactly(r.metrics());
        // and the repair request carried the structured diagnostic and the previous output
        GenerationRequest repair = backend.requests().get(1);
        assertThat(repair.round()).isEqualTo(1);
        assertThat(repair.isRepair()).isTrue();
        assertThat(repair.previousOutput()).contains(designWithout22(backend.requests().get(0)));
        assertThat(repair.diagnostics())
                .contains(
                        new GenerationDiagnostic(
                                Severity.ERROR,
                                "GEN003",
                                "criterion 2.2 is not referenced by the design",
                                "criterion 2.2",
                                GenCode.CRITERION_NOT_IN_DESIGN.fix()));
        assertThat(repair.prompt().text()).contains("## Repair (round 1)").contains("GEN003");
        assertThat(backend.requests().get(0).diagnostics()).isEmpty();
    }

    @Test
    void unrepairable_output_is_reported_and_nothing_is_written(@TempDir Path tmp)
            throws Exception {
        // GIVEN a spec with a design on disk and a backend that always misses 2.2
        Path ws = Fixtures.smallWorkspace(tmp);
        Path design = ws.resolve(".kiro/specs/password-reset/design.md");
        SpecGenerator builtin = SpecGenerator.builder().backend(BUILTIN).build();
        builtin.generateDesign(Fixtures.read(ws), Fixtures.spec(ws, "password-reset")).accept();
        byte[] before = Files.readAllBytes(design);
        Spec spec = Fixtures.spec(ws, "password-reset");
        ScriptedBackend backend =
                ScriptedBackend.builder().reply(RepairLoopTest::designWithout22).build();

        // WHEN generating with two repair rounds
        GenerationResult r =
                SpecGenerator.builder()
                        .backend(backend)
                        .maxRepairs(2)
                        .build()
                        .generateDesign(Fixtures.read(ws), spec);

        // THEN three calls were made and the error remains
        assertThat(backend.requests()).hasSize(3);
        assertThat(r.metrics().repairRounds()).isEqualTo(2);
        assertThat(r.metrics().remainingErrors()).isEqualTo(1);
        assertThat(r.metrics().remainingCodes()).containsExactly("GEN003");
        assertThat(r.isValid()).isFalse();
        assertThat(r.diagnostics())
                .anySatisfy(
                        d -> {
                            assertThat(d.code()).isEqualTo("GEN003");
                            assertThat(d.message()).contains("2.2");
                            assertThat(d.file()).contains(".kiro/specs/password-reset/design.md");
                        });
        // and accepting is refused; the file is untouched
        assertThatThrownBy(r::accept)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GEN003");
        assertThat(Files.readAllBytes(design)).isEqualTo(before);
    }

    @Test
    void dangling_references_and_numbering_are_repaired(@TempDir Path tmp) {
        Path ws = Fixtures.smallWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "password-reset");
        ScriptedBackend backend =
                ScriptedBackend.builder()
                        .reply(
                                r ->
                                        BUILTIN.complete(r)
                                                .replace(
                                                        "_Requirements: 2.2_",
                                                        "_Requirements: 2.2, 7.1_"))
                        .reply(BUILTIN::complete)
                        .build();
        GenerationResult r =
                SpecGenerator.builder()
                        .backend(backend)
                        .build()
                        .generateTasks(Fixtures.read(ws), spec);
        assertThat(r.isValid()).isTrue();
        assertThat(backend.requests().get(1).diagnostics())
                .anySatisfy(
                        d -> {
                            assertThat(d.code()).isEqualTo("GEN005");
                            assertThat(d.message()).contains("7.1");
                            assertThat(d.target())
                                    .startsWith(".kiro/specs/password-reset/tasks.md:");
                        });
    }

    @Test
    void zero_repairs_returns_the_first_output(@TempDir Path tmp) {
        Path ws = Fixtures.smallWorkspace(tmp);
        ScriptedBackend backend =
                ScriptedBackend.builder()
                        .reply(RepairLoopTest::designWithout22)
                        .reply(BUILTIN::complete)
                        .build();
        GenerationResult r =
                SpecGenerator.builder()
                        .backend(backend)
                        .maxRepairs(0)
                        .build()
                        .generateDesign(Fixtures.read(ws), Fixtures.spec(ws, "password-reset"));
        assertThat(backend.requests()).hasSize(1);
        assertThat(r.isValid()).isFalse();
    }

    @Test
    void builder_validates_its_configuration() {
        assertThatThrownBy(() -> SpecGenerator.builder().build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SpecGenerator.builder().maxRepairs(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpecGenerator.builder().timeout(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpecGenerator.builder().backend(null))
                .isInstanceOf(NullPointerException.class);
    }
}
