package dev.specdriven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.spec.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskCommandTest {

    @TempDir Path dir;
    Path tasks;
    static final String TASKS =
            "\uFEFF# Plan\r\n\r\n- [ ] 1. First  \r\n  - [x] 1.1 Sub\r\n- [ ]* 2. Second\r\n- [ ] 2. Dup";

    @BeforeEach
    void setUp() throws IOException {
        tasks = dir.resolve(".kiro/specs/auth/tasks.md");
        Files.createDirectories(tasks.getParent());
        Files.writeString(tasks, TASKS, StandardCharsets.UTF_8);
    }

    @Test
    void changes_only_the_checkbox_byte() throws IOException {
        byte[] before = Files.readAllBytes(tasks);
        CliRun r = CliRun.of("task", dir.toString(), "auth", "1", "--status", "in-progress");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("task 1 [ ] -> [-] in-progress");
        byte[] after = Files.readAllBytes(tasks);
        assertThat(after).hasSameSizeAs(before);
        int diffs = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                diffs++;
                assertThat((char) after[i]).isEqualTo('-');
            }
        }
        assertThat(diffs).isEqualTo(1);

        assertThat(
                        CliRun.of("task", dir.toString(), "auth", "1.1", "--status", "not-started")
                                .exitCode())
                .isZero();
        assertThat(Files.readString(tasks, StandardCharsets.UTF_8)).contains("  - [ ] 1.1 Sub\r\n");
        CliRun same = CliRun.of("task", dir.toString(), "auth", "1.1", "--status", "not-started");
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).contains("already not-started");
    }

    @Test
    void unknown_spec_task_or_status_exit_with_two() throws IOException {
        byte[] before = Files.readAllBytes(tasks);
        CliRun noTask = CliRun.of("task", dir.toString(), "auth", "7.3", "--status", "done");
        assertThat(noTask.exitCode()).isEqualTo(2);
        assertThat(noTask.err()).contains("no task '7.3'");
        CliRun noSpec = CliRun.of("task", dir.toString(), "billing", "1", "--status", "done");
        assertThat(noSpec.exitCode()).isEqualTo(2);
        assertThat(noSpec.err()).contains("no spec 'billing'").contains("auth");
        assertThat(
                        CliRun.of("task", dir.toString(), "auth", "1", "--status", "finished")
                                .exitCode())
                .isEqualTo(2);
        CliRun dup = CliRun.of("task", dir.toString(), "auth", "2", "--status", "done");
        assertThat(dup.exitCode()).isEqualTo(2);
        assertThat(dup.err()).contains("ambiguous").contains("#4");
        assertThat(Files.readAllBytes(tasks)).isEqualTo(before);
        assertThat(CliRun.of("task", dir.toString(), "auth", "#4", "--status", "done").exitCode())
                .isZero();
        assertThat(Files.readString(tasks, StandardCharsets.UTF_8)).endsWith("- [x] 2. Dup");
    }

    @Test
    void refuses_when_the_file_is_not_the_expected_version() throws IOException {
        String oldHash = SourceText.of(Files.readAllBytes(tasks)).sha256();
        Files.writeString(tasks, TASKS + "\r\n- [ ] 3. Added meanwhile", StandardCharsets.UTF_8);
        byte[] changed = Files.readAllBytes(tasks);
        CliRun r =
                CliRun.of(
                        "task",
                        dir.toString(),
                        "auth",
                        "1",
                        "--status",
                        "done",
                        "--expect-sha256",
                        oldHash);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("changed").contains("nothing was written");
        assertThat(Files.readAllBytes(tasks)).isEqualTo(changed);
        String newHash = SourceText.of(changed).sha256();
        assertThat(
                        CliRun.of(
                                        "task",
                                        dir.toString(),
                                        "auth",
                                        "1",
                                        "--status",
                                        "done",
                                        "--expect-sha256",
                                        newHash)
                                .exitCode())
                .isZero();
    }

    @Test
    void invalid_utf8_tasks_file_is_refused_without_writing() throws IOException {
        byte[] bad = {'-', ' ', '[', ' ', ']', ' ', '1', '.', ' ', (byte) 0xFF, '\n'};
        Files.write(tasks, bad);
        CliRun r = CliRun.of("task", dir.toString(), "auth", "1", "--status", "done");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not valid UTF-8");
        assertThat(Files.readAllBytes(tasks)).isEqualTo(bad);
    }
}
