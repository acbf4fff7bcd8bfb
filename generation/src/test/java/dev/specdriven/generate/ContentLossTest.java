package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full regeneration tells whether accepting it would drop content of the current file. */
class ContentLossTest {

    private final SpecGenerator gen = SpecGenerator.builder().backend(new BuiltinBackend()).build();

    @Test
    void a_hand_written_design_would_lose_its_components(@TempDir Path tmp) throws Exception {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "order-checkout");
        GenerationResult r = gen.generateDesign(Fixtures.read(ws), spec);

        assertThat(r.replacesContent()).isTrue();
        List<Integer> lines = r.replacedLines();
        String current = spec.design().orElseThrow().source().text();
        String firstDropped = current.lines().toList().get(lines.get(0) - 1).strip();
        assertThat(r.content().text()).doesNotContain(firstDropped);
        Diagnostic d = r.contentLoss().orElseThrow();
        assertThat(d.code()).isEqualTo("GEN012");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.line()).isEqualTo(lines.get(0));
        assertThat(d.file()).contains(".kiro/specs/order-checkout/design.md");
        assertThat(d.message()).contains("would drop " + lines.size() + " line(s)");
    }

    @Test
    void a_template_or_an_unchanged_design_loses_nothing(@TempDir Path tmp) throws Exception {
        Path ws = Fixtures.smallWorkspace(tmp);
        Path design = ws.resolve(".kiro/specs/password-reset/design.md");
        Files.writeString(design, "# Design Document\n");
        GenerationResult fromTemplate =
                gen.generateDesign(Fixtures.read(ws), Fixtures.spec(ws, "password-reset"));
        assertThat(fromTemplate.replacesContent()).isFalse();
        assertThat(fromTemplate.contentLoss()).isEmpty();
        fromTemplate.accept();
        GenerationResult again =
                gen.generateDesign(Fixtures.read(ws), Fixtures.spec(ws, "password-reset"));
        assertThat(again.changed()).isFalse();
        assertThat(again.replacesContent()).isFalse();
        // a note added by hand is content
        Files.writeString(design, Files.readString(design) + "\nDecided with the security team.\n");
        GenerationResult overNote =
                gen.generateDesign(Fixtures.read(ws), Fixtures.spec(ws, "password-reset"));
        assertThat(overNote.replacesContent()).isTrue();
        assertThat(overNote.contentLoss().orElseThrow().message())
                .contains("'Decided with the security team.'");
    }

    @Test
    void merged_task_lists_are_not_replacements(@TempDir Path tmp) {
        Path ws = Fixtures.exampleWorkspace(tmp);
        GenerationResult r =
                gen.generateTasks(Fixtures.read(ws), Fixtures.spec(ws, "order-checkout"));
        assertThat(r.changed()).isTrue();
        assertThat(r.replacesContent()).isFalse();
    }
}
