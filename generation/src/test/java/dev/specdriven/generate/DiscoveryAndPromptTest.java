package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specdriven.generate.spi.ModelBackend;
import dev.specdriven.generate.spi.PromptRenderer;
import dev.specdriven.spec.Spec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryAndPromptTest {

    @Test
    void service_loader_finds_the_builtin_and_test_backends() {
        ModelBackends installed = ModelBackends.discover();
        assertThat(installed.ids()).contains("builtin", "test-echo");
        assertThat(installed.find("builtin")).get().isInstanceOf(BuiltinBackend.class);
        assertThat(installed.find("test-echo")).get().isInstanceOf(TestEchoBackend.class);
        assertThat(installed.find("nope")).isEmpty();
    }

    @Test
    void explicit_backends_take_precedence_and_registries_are_persistent() {
        ModelBackend mine = ScriptedBackend.builder().id("builtin").reply("x").build();
        ModelBackends base = ModelBackends.discover();
        ModelBackends withMine = base.with(mine);
        assertThat(withMine.find("builtin")).containsSame(mine);
        assertThat(base.find("builtin")).get().isInstanceOf(BuiltinBackend.class);
        assertThat(ModelBackends.of(mine, new BuiltinBackend()).find("builtin")).containsSame(mine);
        assertThatThrownBy(
                        () ->
                                ModelBackends.of(
                                        ScriptedBackend.builder().id("Bad Id").reply("x").build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_context_is_structured_and_complete_and_the_prompt_renders_it(@TempDir Path tmp) {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Spec spec = Fixtures.spec(ws, "order-checkout");
        ScriptedBackend rec =
                ScriptedBackend.builder().reply(new BuiltinBackend()::complete).build();
        SpecGenerator.builder().backend(rec).build().generateDesign(Fixtures.read(ws), spec);
        GenerationRequest req = rec.requests().get(0);
        GenerationContext ctx = req.context();
        assertThat(ctx.kind()).isEqualTo(ArtifactKind.DESIGN);
        assertThat(ctx.criteria()).hasSize(spec.criteria().size());
        assertThat(ctx.glossary())
                .extracting(g -> g.term())
                .contains("Checkout_Service", "Pickup_Slot");
        // always and no-front-matter steering included; fileMatch for java/web files not matched
        assertThat(ctx.steering())
                .extracting(s -> s.path())
                .containsExactly(".kiro/steering/product.md", ".kiro/steering/tech.md");
        assertThat(ctx.currentDesign()).isPresent();
        assertThat(ctx.contract()).isEqualTo(OutputContract.of(ArtifactKind.DESIGN));
        assertThat(req.prompt().text())
                .contains("## Output contract")
                .contains("### Property 1: <Title>")
                .contains("- 2.3 [STATE_DRIVEN] WHILE a reservation is held")
                .contains("system=THE Stock_Service")
                .contains("## Steering: .kiro/steering/tech.md")
                .contains("- Checkout_Service: the backend component")
                .contains("## Current design.md")
                .doesNotContain("# API style");
    }

    @Test
    void file_match_and_manual_steering(@TempDir Path tmp) throws Exception {
        Path ws = Fixtures.exampleWorkspace(tmp);
        java.nio.file.Files.writeString(
                ws.resolve(".kiro/steering/specs.md"),
                "---\ninclusion: fileMatch\nfileMatchPattern: \"**/tasks.md\"\n---\n# Task rules\n");
        java.nio.file.Files.writeString(
                ws.resolve(".kiro/steering/security.md"),
                "---\ninclusion: manual\n---\n# Security\n");
        Spec spec = Fixtures.spec(ws, "order-checkout");
        ScriptedBackend rec =
                ScriptedBackend.builder().reply(new BuiltinBackend()::complete).build();
        SpecGenerator.builder().backend(rec).build().generateTasks(Fixtures.read(ws), spec);
        SpecGenerator.builder()
                .backend(rec)
                .steering("security")
                .build()
                .generateDesign(Fixtures.read(ws), spec);
        assertThat(rec.requests().get(0).context().steering())
                .extracting(s -> s.path())
                .contains(".kiro/steering/specs.md")
                .doesNotContain(".kiro/steering/security.md");
        assertThat(rec.requests().get(1).context().steering())
                .extracting(s -> s.path())
                .contains(".kiro/steering/security.md")
                .doesNotContain(".kiro/steering/specs.md");
    }

    @Test
    void hosts_can_replace_the_prompt_renderer(@TempDir Path tmp) {
        Path ws = Fixtures.smallWorkspace(tmp);
        ScriptedBackend rec =
                ScriptedBackend.builder().reply(new BuiltinBackend()::complete).build();
        PromptRenderer mine =
                (c, round, prev, diags) -> Prompt.ofText("CUSTOM " + c.kind() + " " + round);
        SpecGenerator.builder()
                .backend(rec)
                .promptRenderer(mine)
                .build()
                .generateDesign(Fixtures.read(ws), Fixtures.spec(ws, "password-reset"));
        assertThat(rec.requests().get(0).prompt().text()).isEqualTo("CUSTOM DESIGN 0");
    }

    @Test
    void dry_results_diff_and_do_not_write(@TempDir Path tmp) throws Exception {
        Path ws = Fixtures.smallWorkspace(tmp);
        GenerationResult r =
                SpecGenerator.builder()
                        .backend(new BuiltinBackend())
                        .build()
                        .generateDesign(Fixtures.read(ws), Fixtures.spec(ws, "password-reset"));
        assertThat(r.unifiedDiff())
                .startsWith("--- /dev/null\n+++ b/.kiro/specs/password-reset/design.md\n")
                .contains("+# Design Document: Password Reset\n");
        assertThat(ws.resolve(".kiro/specs/password-reset/design.md")).doesNotExist();
        assertThat(r.changed()).isTrue();
    }
}
