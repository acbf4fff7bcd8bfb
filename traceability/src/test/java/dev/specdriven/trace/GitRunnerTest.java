package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.specdriven.trace.drift.GitRevisions;
import dev.specdriven.trace.drift.GitRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one git runner, against a real repository in a temporary folder and a fake git. */
class GitRunnerTest {
    @TempDir Path dir;
    Path repo;

    @BeforeEach
    void repository() throws Exception {
        Assumptions.assumeTrue(GitRevisions.gitAvailable(), "git is absent, skipping");
        repo = Files.createDirectories(dir.resolve("repo"));
        git("init", "-q");
        git("config", "user.name", "Test User");
        git("config", "user.email", "t@example.com");
        git("config", "commit.gpgsign", "false");
        Fixtures.spec(repo, "überweisung", Fixtures.REQUIREMENTS, null, null);
        Fixtures.write(repo, "src/Zahlung.java", "class Zahlung {}\n");
        git("add", "-A");
        git("commit", "-q", "-m", "first");
    }

    /** Runs git directly, as a user would: the repository's own configuration applies. */
    private String git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Process p =
                new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static boolean posix() {
        return !System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
    }

    private Path script(String name, String body) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        return f;
    }

    @Test
    void theRepositorysFsmonitorHookNeverRuns() throws Exception {
        Assumptions.assumeTrue(posix(), "needs a POSIX shell");
        Path marker = dir.resolve("fsmonitor-ran");
        Path hook = script("fsmonitor.sh", "touch '" + marker + "'\n");
        git("config", "core.fsmonitor", hook.toString());
        Files.writeString(repo.resolve("src/Zahlung.java"), "class Zahlung { int cents; }\n");
        GitRunner runner = GitRunner.create();
        List<String> changed =
                GitRunner.split(
                        runner.run(
                                repo,
                                List.of(
                                        "diff",
                                        "--name-only",
                                        "-z",
                                        "--end-of-options",
                                        "HEAD",
                                        "--")));
        runner.run(repo, List.of("ls-files", "--others", "-z", "--"));
        assertThat(changed).containsExactly("src/Zahlung.java");
        assertThat(marker).doesNotExist();
        // the same command run as a user runs it starts the hook: the test would see it
        git("diff", "--name-only", "HEAD");
        assertThat(marker).exists();
    }

    @Test
    void nonAsciiPathsAreReadAsWritten() throws Exception {
        Path target = Files.createDirectories(dir.resolve("at-head"));
        GitRevisions.materialize(repo, "HEAD", target);
        assertThat(target.resolve(".kiro/specs/überweisung/requirements.md"))
                .hasContent(Fixtures.REQUIREMENTS);
        Files.writeString(repo.resolve("src/Überweisung.java"), "class Überweisung {}\n");
        List<String> untracked =
                GitRunner.split(
                        GitRunner.create()
                                .run(repo, List.of("ls-files", "--others", "-z", "--", "src")));
        assertThat(untracked).containsExactly("src/Überweisung.java");
    }

    @Test
    void aRevisionIsNeverReadAsAnOption() throws Exception {
        Path marker = dir.resolve("written-by-show");
        assertThatThrownBy(
                        () ->
                                GitRevisions.materialize(
                                        repo,
                                        "--output=" + marker,
                                        Files.createTempDirectory(dir, "t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a revision");
        // after --end-of-options git takes it as a revision (and fails), never as --output
        assertThatThrownBy(
                        () ->
                                GitRunner.create()
                                        .run(
                                                repo,
                                                List.of(
                                                        "show",
                                                        "--end-of-options",
                                                        "--output=" + marker)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("failed (exit 128)")
                .hasMessageContaining("--output=" + marker);
        assertThat(marker).doesNotExist();
        // the option itself works: the check above could see a write
        git("show", "--output=" + marker, "HEAD");
        assertThat(marker).exists();
    }

    @Test
    void failuresCarryGitsErrorText() {
        assertThatThrownBy(
                        () ->
                                GitRunner.create()
                                        .run(
                                                repo,
                                                List.of(
                                                        "rev-parse",
                                                        "--verify",
                                                        "--end-of-options",
                                                        "no-such-branch^{commit}")))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("git rev-parse --verify --end-of-options no-such-branch")
                .hasMessageContaining("fatal:");
        assertThatThrownBy(
                        () ->
                                GitRunner.builder()
                                        .executable(dir.resolve("no-git-here").toString())
                                        .build()
                                        .run(repo, List.of("--version")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot run");
    }

    @Test
    void aHangingGitTimesOutAndItsProcessTreeIsDestroyed() throws Exception {
        Assumptions.assumeTrue(posix(), "needs a POSIX shell");
        Path pid = dir.resolve("child.pid");
        // keeps standard output open in a child: reading it to the end first would hang
        Path fake = script("git", "sleep 300 &\necho $! > '" + pid + "'\necho started\nwait\n");
        GitRunner runner =
                GitRunner.builder()
                        .executable(fake.toString())
                        .timeout(Duration.ofSeconds(1))
                        .build();
        IOException e =
                assertTimeoutPreemptively(
                        Duration.ofSeconds(20),
                        () -> {
                            try {
                                runner.run(repo, List.of("config", "user.name"));
                                return null;
                            } catch (IOException x) {
                                return x;
                            }
                        });
        assertThat(e).isNotNull().hasMessage("git config user.name timed out after 1 s");
        long child = Long.parseLong(Files.readString(pid).strip());
        for (int i = 0;
                i < 50 && ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false);
                i++) {
            Thread.sleep(100);
        }
        assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false))
                .as("the child of the hanging git is destroyed too")
                .isFalse();
    }
}
