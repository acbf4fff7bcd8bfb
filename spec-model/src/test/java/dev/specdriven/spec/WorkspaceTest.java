package dev.specdriven.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specdriven.source.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    static final SpecParser PARSER = SpecParser.create();

    @TempDir Path dir;

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    static final String REQ =
            "# Requirements\n\n### Requirement 1\n\n#### Acceptance Criteria\n\n1. THE Auth SHALL work\n";

    @Test
    void kiro_layout_with_steering_and_config() throws IOException {
        Path spec = dir.resolve(".kiro/specs/auth");
        write(spec.resolve("requirements.md"), REQ);
        write(spec.resolve("design.md"), "# Design\n");
        write(spec.resolve("tasks.md"), "- [x] 1. Do it\n  - _Requirements: 1.1_\n");
        write(
                spec.resolve(".config.kiro"),
                "{\"specId\":\"abc\",\"workflowType\":\"requirements-first\",\"specType\":\"feature\",\"extra\":{\"k\":1}}");
        write(spec.resolve("notes.txt"), "other");
        write(dir.resolve(".kiro/steering/product.md"), "# Product\n");
        write(
                dir.resolve(".kiro/steering/ts.md"),
                "---\ninclusion: fileMatch\nfileMatchPattern: '*.ts'\n---\n# TS\n");

        Workspace ws = PARSER.read(dir);
        assertThat(ws.layout()).isEqualTo(WorkspaceLayout.KIRO);
        Spec s = ws.spec("auth").orElseThrow();
        assertThat(ws.spec(".kiro/specs/auth")).contains(s);
        assertThat(s.path()).isEqualTo(".kiro/specs/auth");
        assertThat(s.requirements().orElseThrow().path())
                .isEqualTo(".kiro/specs/auth/requirements.md");
        assertThat(s.config().orElseThrow().specId()).contains("abc");
        assertThat(s.config().orElseThrow().values()).containsEntry("extra", "{\"k\":1}");
        assertThat(s.otherFiles()).containsExactly("notes.txt");
        assertThat(ws.steering())
                .extracting(SteeringDocument::inclusion)
                .containsExactly(SteeringInclusion.ALWAYS, SteeringInclusion.FILE_MATCH);
        assertThat(ws.steering().get(1).fileMatchPatterns()).containsExactly("*.ts");
        assertThat(SpecChecker.create().check(ws)).isEmpty();
    }

    @Test
    void specs_directory_and_single_folder_layouts() throws IOException {
        write(dir.resolve("specs/one/requirements.md"), REQ);
        assertThat(PARSER.read(dir).layout()).isEqualTo(WorkspaceLayout.SPECS_DIRECTORY);
        Workspace single = PARSER.read(dir.resolve("specs/one"));
        assertThat(single.layout()).isEqualTo(WorkspaceLayout.SINGLE_SPEC);
        assertThat(single.specs().get(0).path()).isEqualTo(".");
        assertThat(single.specs().get(0).requirements().orElseThrow().path())
                .isEqualTo("requirements.md");
        assertThat(PARSER.readSpec(dir.resolve("specs/one")).name()).isEqualTo("one");
    }

    @Test
    void directory_without_specs_is_a_diagnostic_and_missing_directory_an_exception()
            throws IOException {
        write(dir.resolve("README.md"), "# Hello\n");
        Workspace ws = PARSER.read(dir);
        assertThat(ws.layout()).isEqualTo(WorkspaceLayout.EMPTY);
        assertThat(SpecChecker.create().check(ws))
                .extracting(Diagnostic::code)
                .containsExactly(SpecCode.NO_SPECS.code());
        assertThatThrownBy(() -> PARSER.read(dir.resolve("missing")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void unreadable_binary_and_invalid_files_are_diagnostics() throws IOException {
        Path spec = dir.resolve(".kiro/specs/bad");
        Files.createDirectories(spec.resolve("design.md")); // a directory: cannot be read
        Files.write(spec.resolve("tasks.md"), new byte[] {'-', ' ', '[', ' ', ']', 0, 1, 2});
        Files.write(
                spec.resolve("requirements.md"),
                new byte[] {'#', ' ', 'R', '\n', (byte) 0xC3, (byte) 0x28});
        write(spec.resolve(".config.kiro"), "{not json");
        Workspace ws = PARSER.read(dir);
        List<Diagnostic> ds = SpecChecker.create().check(ws);
        assertThat(ds)
                .extracting(d -> d.code() + " " + d.file().orElse(""))
                .contains(
                        "SPEC003 .kiro/specs/bad/design.md",
                        "SPEC005 .kiro/specs/bad/tasks.md",
                        "SPEC004 .kiro/specs/bad/requirements.md",
                        "SPEC022 .kiro/specs/bad/.config.kiro")
                .doesNotContain("SPEC001 .kiro/specs/bad/design.md");
    }

    @Test
    void write_atomically_refuses_when_the_file_changed() throws IOException {
        Path file = dir.resolve("tasks.md");
        write(file, "- [ ] 1. A\n- [ ] 2. B\n");
        TasksDocument doc = PARSER.parseTasks("tasks.md", Files.readAllBytes(file));
        SourceText edited = doc.withTaskState("2", TaskState.DONE);

        write(file, "- [ ] 1. A\n- [ ] 2. B\n- [ ] 3. C\n"); // concurrent change
        assertThatThrownBy(() -> SpecFiles.writeAtomically(file, doc.source().sha256(), edited))
                .isInstanceOf(StaleFileException.class)
                .hasMessageContaining("changed on disk");
        assertThat(Files.readString(file)).isEqualTo("- [ ] 1. A\n- [ ] 2. B\n- [ ] 3. C\n");

        write(file, "- [ ] 1. A\n- [ ] 2. B\n");
        SpecFiles.writeAtomically(file, doc.source().sha256(), edited);
        assertThat(Files.readString(file)).isEqualTo("- [ ] 1. A\n- [x] 2. B\n");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("tasks.md");
        }
    }

    @Test
    void checker_reports_missing_files_and_dangling_properties() throws IOException {
        Path spec = dir.resolve(".kiro/specs/x");
        write(spec.resolve("requirements.md"), REQ);
        write(
                spec.resolve("tasks.md"),
                "- [ ] 1. T\n  - **Property 3: Missing**\n  - _Requirements: 1.1, 4.2_\n");
        write(spec.resolve("design.md"), "## Correctness Properties\n\n### Property 1: Present\n");
        List<Diagnostic> ds = SpecChecker.create().check(PARSER.read(dir));
        assertThat(ds)
                .extracting(Diagnostic::code)
                .containsExactlyInAnyOrder(
                        SpecCode.DANGLING_PROPERTY.code(), SpecCode.DANGLING_REFERENCE.code());
        Files.delete(spec.resolve("design.md"));
        assertThat(SpecChecker.create().check(PARSER.read(dir)))
                .extracting(d -> d.code() + " " + d.severity())
                .contains("SPEC001 WARNING");
    }
}
