package dev.specdriven.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specdriven.generate.GenerationResult;
import dev.specdriven.generate.ModelBackends;
import dev.specdriven.generate.SpecGenerator;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.SpecPhase;
import dev.specdriven.trace.drift.GitRevisions;
import dev.specdriven.trace.drift.GitRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stale-spec check and the rollback recipe, on a temporary git repository. */
class GitWorkflowTest {

    @TempDir Path root;

    @BeforeEach
    void repo() throws IOException {
        Assumptions.assumeTrue(GitRevisions.gitAvailable(), "git is absent, skipping");
        git("init", "-q");
        git("config", "user.name", "Test User");
        git("config", "user.email", "test@example.com");
        git("config", "commit.gpgsign", "false");
    }

    private String git(String... args) throws IOException {
        return GitRunner.create().text(root, List.of(args));
    }

    private void commit(String message) throws IOException {
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    private void write(String path, String text) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    @Test
    void staleReportsCodeChangedWithoutSpecChange() throws IOException {
        Fixtures.write(root, Fixtures.REQUIREMENTS, Fixtures.DESIGN, Fixtures.TASKS);
        write("src/auth/AuthService.java", "class AuthService {}\n");
        write(
                "src/web/LoginController.java",
                "// Verifies: user-authentication FR-1\nclass LoginController {}\n");
        write("src/billing/Invoice.java", "class Invoice {}\n");
        write("src/util/index.js", "x\n");
        commit("v1");
        git("tag", "v1");
        write("src/auth/AuthService.java", "class AuthService { int x; }\n");
        write(
                "src/web/LoginController.java",
                "// Verifies: user-authentication FR-1\nclass LoginController { int y; }\n");
        write("src/billing/Invoice.java", "class Invoice { int z; }\n");
        write("src/auth/SessionTokenStore.java", "class SessionTokenStore {}\n");
        Workspace ws = Fixtures.workspace(root);
        StaleReport r = StaleSpecs.check(SpecWorkflow.create(), ws, "v1", List.of("src"));
        assertThat(r.changedFiles())
                .containsExactly(
                        "src/auth/AuthService.java",
                        "src/auth/SessionTokenStore.java",
                        "src/billing/Invoice.java",
                        "src/web/LoginController.java");
        assertThat(r.staleFiles())
                .extracting(StaleReport.StaleFile::file)
                .containsExactly("src/auth/AuthService.java", "src/web/LoginController.java");
        assertThat(r.staleFiles().get(0).via()).containsExactly("name:authservice");
        assertThat(r.staleFiles().get(1).via()).containsExactly("tag");
        assertThat(r.untracedFiles())
                .containsExactly("src/auth/SessionTokenStore.java", "src/billing/Invoice.java");
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code)
                .contains("FLOW040", "FLOW041", "FLOW043");

        // a change of the spec clears the stale files that trace to it
        Fixtures.replace(
                Fixtures.folder(root).resolve("design.md"),
                "behind the API gateway",
                "behind the API gateway, with an int field");
        StaleReport after =
                StaleSpecs.check(
                        SpecWorkflow.create(), Fixtures.workspace(root), "v1", List.of("src"));
        assertThat(after.staleFiles()).isEmpty();
        assertThat(after.untracedFiles()).hasSize(2);
    }

    @Test
    void staleRejectsUnknownRevisions() throws IOException {
        Fixtures.write(root, Fixtures.REQUIREMENTS, null, null);
        commit("v1");
        Workspace ws = Fixtures.workspace(root);
        assertThatThrownBy(() -> StaleSpecs.check(SpecWorkflow.create(), ws, "nope", List.of()))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> StaleSpecs.check(SpecWorkflow.create(), ws, "--all", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rollbackRecipeRevertDesignToTheApprovedCommitAndRegenerateTasks() throws Exception {
        Fixtures.write(root, Fixtures.REQUIREMENTS, Fixtures.DESIGN, null);
        SpecWorkflow flow = SpecWorkflow.create();
        flow.approvals().approve(Fixtures.spec(root), SpecPhase.DESIGN, "bob");
        commit("design approved");
        git("tag", "design-approved");
        Fixtures.replace(
                Fixtures.folder(root).resolve("design.md"),
                "## Security\n",
                "## Security\n\nTokens never expire.\n");
        commit("unreviewed design edit");
        assertThat(flow.approvals().tasksGenerationGate(Fixtures.spec(root))).isPresent();

        // reading at the approved revision: the design there is the approved one
        Workspace then = WorkspaceAt.read(root, "design-approved", SpecParser.create());
        assertThat(then.spec(Fixtures.NAME).orElseThrow().design().orElseThrow().source().text())
                .isEqualTo(Fixtures.DESIGN);
        assertThat(flow.approvals().tasksGenerationGate(then.spec(Fixtures.NAME).orElseThrow()))
                .isEmpty();

        // the recipe: git checkout <approved> -- design.md, then generate tasks
        git("checkout", "design-approved", "--", ".kiro/specs/user-authentication/design.md");
        assertThat(flow.approvals().tasksGenerationGate(Fixtures.spec(root))).isEmpty();
        Workspace ws = Fixtures.workspace(root);
        GenerationResult tasks =
                SpecGenerator.builder()
                        .backend(ModelBackends.discover().find("builtin").orElseThrow())
                        .build()
                        .generateTasks(ws, ws.spec(Fixtures.NAME).orElseThrow());
        assertThat(tasks.isValid()).isTrue();
        tasks.accept();
        flow.designDrift().reconcile(Fixtures.spec(root), "generate");
        assertThat(Fixtures.spec(root).tasks()).isPresent();
        assertThat(flow.designDrift().check(Fixtures.spec(root))).isEmpty();
    }
}
