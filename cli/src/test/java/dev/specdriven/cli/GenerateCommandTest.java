package dev.specdriven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    private static Path example(Path into) throws IOException {
        Path src = CodesCommandTest.repositoryRoot().resolve("examples/workspace");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = into.resolve(src.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return into;
    }

    private static Map<String, String> snapshot(Path ws) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(ws)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    m.put(ws.relativize(p).toString(), Files.readString(p));
                }
            }
        }
        return m;
    }

    @Test
    void dry_run_prints_a_unified_diff_and_writes_nothing(@TempDir Path tmp) throws IOException {
        Path ws = example(tmp);
        Map<String, String> before = snapshot(ws);
        CliRun run =
                CliRun.of(
                        "generate",
                        "tasks",
                        ws.toString(),
                        "order-checkout",
                        "--dry-run",
                        "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith(
                        "--- a/.kiro/specs/order-checkout/tasks.md\n"
                                + "+++ b/.kiro/specs/order-checkout/tasks.md\n@@ ")
                .contains("-    - _Requirements: 3.2, 3.5_")
                .contains("+    - _Requirements: 3.2_")
                .contains("+- [ ] 7. Implement Payment (criteria 3.4)");
        assertThat(snapshot(ws)).isEqualTo(before);
    }

    @Test
    void generate_writes_atomically_and_reports_metrics(@TempDir Path tmp) throws IOException {
        Path ws = example(tmp);
        Path design = ws.resolve(".kiro/specs/order-checkout/design.md");
        CliRun run = CliRun.of("generate", "design", ws.toString(), "order-checkout", "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith(
                        "wrote .kiro/specs/order-checkout/design.md (backend builtin, 1 call(s), 0 repair round(s),");
        String text = Files.readString(design, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("# Design Document: Order Checkout\n")
                .contains("### Property 9:");
        try (Stream<Path> s = Files.list(design.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        // a second run changes nothing (and needs no --force: nothing would be lost)
        CliRun again = CliRun.of("generate", "design", ws.toString(), "order-checkout");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("unchanged");
        // and the whole spec now checks clean of coverage errors
        CliRun tasks = CliRun.of("generate", "tasks", ws.toString(), "order-checkout", "--force");
        assertThat(tasks.exitCode()).as(tasks.err()).isZero();
    }

    @Test
    void impact_scoped_generation_with_changed_criteria(@TempDir Path tmp) throws IOException {
        Path ws = example(tmp);
        Path tasks = ws.resolve(".kiro/specs/order-checkout/tasks.md");
        String before = Files.readString(tasks);
        CliRun run =
                CliRun.of(
                        "generate",
                        "tasks",
                        ws.toString(),
                        "order-checkout",
                        "--changed",
                        "2.3",
                        "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String after = Files.readString(tasks);
        assertThat(after).isNotEqualTo(before).contains("    - 2.3: WHILE a reservation is held");
        // only task 3.2 changed; the criterion no task covered (3.4) got a new task at the end
        String kept = before.replaceAll("(?s)  - \\[ \\] 3\\.2.*?(?=  - \\[ \\]\\* 3\\.3)", "@");
        assertThat(after.replaceAll("(?s)  - \\[ \\] 3\\.2.*?(?=  - \\[ \\]\\* 3\\.3)", "@"))
                .startsWith(kept);
        assertThat(after.substring(after.indexOf("- [ ] 6. Checkpoint")))
                .contains("- [ ] 7. Implement Payment (criteria 3.4)");
    }

    @Test
    void hand_written_design_is_not_replaced_without_force(@TempDir Path tmp) throws IOException {
        Path ws = example(tmp);
        Path design = ws.resolve(".kiro/specs/order-checkout/design.md");
        byte[] before = Files.readAllBytes(design);
        CliRun run = CliRun.of("generate", "design", ws.toString(), "order-checkout");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readAllBytes(design)).isEqualTo(before);
        assertThat(run.err())
                .contains("error GEN012 writing the generated design.md would drop")
                .contains("nothing was written")
                .contains("--dry-run")
                .contains("--changed IDS")
                .contains("--force");
        try (Stream<Path> s = Files.list(design.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        // the dry run shows what would be lost, and --changed regenerates in scope
        CliRun dry = CliRun.of("generate", "design", ws.toString(), "order-checkout", "--dry-run");
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("-`CheckoutService.checkout(CartId)` validates");
        CliRun scoped =
                CliRun.of(
                        "generate", "design", ws.toString(), "order-checkout", "--changed", "2.3");
        assertThat(scoped.exitCode()).as(scoped.err()).isZero();
        assertThat(Files.readString(design))
                .contains("`CheckoutService.checkout(CartId)` validates");
    }

    @Test
    void requirements_for_a_spec_name_that_is_a_path_are_refused(@TempDir Path tmp)
            throws IOException {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        for (String name :
                new String[] {"../../../x", "../x", tmp.resolve("abs").toString(), "a/b"}) {
            CliRun run =
                    CliRun.of("generate", "requirements", ws.toString(), name, "--idea", "Export.");
            assertThat(run.exitCode()).as(name).isEqualTo(2);
            assertThat(run.err()).contains("invalid spec name");
        }
        try (Stream<Path> s = Files.walk(tmp)) {
            assertThat(s.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void a_broken_backend_provider_is_a_warning_and_builtin_still_runs(@TempDir Path tmp)
            throws Exception {
        Path ws = example(tmp);
        Path plugin = Files.createDirectories(tmp.resolve("plugin/META-INF/services"));
        Files.writeString(
                plugin.resolve("dev.specdriven.generate.spi.ModelBackend"),
                "com.example.GoneBackend\n");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread()
                .setContextClassLoader(
                        new java.net.URLClassLoader(
                                new java.net.URL[] {tmp.resolve("plugin").toUri().toURL()},
                                previous));
        try {
            CliRun run =
                    CliRun.of(
                            "generate",
                            "tasks",
                            ws.toString(),
                            "order-checkout",
                            "--force",
                            "--dry-run");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err())
                    .contains("warning GEN011 backend provider com.example.GoneBackend")
                    .contains("failed to load and was skipped");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void baseline_selects_the_changed_criteria(@TempDir Path tmp) throws IOException {
        Path ws = example(tmp);
        Path req = ws.resolve(".kiro/specs/order-checkout/requirements.md");
        Path old = tmp.resolve("old-requirements.md");
        Files.copy(req, old);
        Files.writeString(req, Files.readString(req).replace("within 300 ms", "within 200 ms"));
        CliRun run =
                CliRun.of(
                        "generate",
                        "design",
                        ws.toString(),
                        "order-checkout",
                        "--baseline",
                        old.toString(),
                        "--dry-run");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("+- **1.1** WHEN the customer starts checkout")
                .contains("within 200 ms");
        assertThat(run.out())
                .contains("-`CheckoutService.checkout(CartId)` validates")
                .doesNotContain("-`StockService.reserve");
    }

    @Test
    void usage_errors(@TempDir Path tmp) throws IOException {
        Path ws = example(tmp);
        CliRun bad = CliRun.of("generate", "poem", ws.toString(), "order-checkout");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown artifact 'poem'");
        CliRun noBackend =
                CliRun.of(
                        "generate",
                        "design",
                        ws.toString(),
                        "order-checkout",
                        "--backend",
                        "gpt-9");
        assertThat(noBackend.exitCode()).isEqualTo(2);
        assertThat(noBackend.err()).contains("no backend 'gpt-9'").contains("builtin");
        CliRun noSpec = CliRun.of("generate", "design", ws.toString(), "nope");
        assertThat(noSpec.exitCode()).isEqualTo(2);
        assertThat(noSpec.err()).contains("no spec 'nope'").contains("order-checkout");
        CliRun badId =
                CliRun.of("generate", "design", ws.toString(), "order-checkout", "--changed", "x");
        assertThat(badId.exitCode()).isEqualTo(2);
    }

    @Test
    void new_creates_the_folder_and_refuses_an_existing_one(@TempDir Path tmp) throws IOException {
        CliRun run = CliRun.of("new", tmp.toString(), "user-auth");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path dir = tmp.resolve(".kiro/specs/user-auth");
        assertThat(dir.resolve("requirements.md")).hasContent(NewCommand.REQUIREMENTS.strip());
        assertThat(dir.resolve("design.md")).exists();
        assertThat(dir.resolve("tasks.md")).exists();
        assertThat(Files.readString(dir.resolve(".config.kiro")))
                .contains("\"specId\":")
                .contains("\"workflowType\":\"requirements-first\"");
        try (Stream<Path> s = Files.list(tmp.resolve(".kiro/specs"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("user-auth");
        }
        Files.writeString(dir.resolve("requirements.md"), "# mine\n");
        CliRun again = CliRun.of("new", tmp.toString(), "user-auth");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
        assertThat(dir.resolve("requirements.md")).hasContent("# mine");
        assertThat(CliRun.of("new", tmp.toString(), "Bad Name").exitCode()).isEqualTo(2);
    }

    @Test
    void new_then_generate_runs_the_whole_workflow(@TempDir Path tmp) throws IOException {
        assertThat(CliRun.of("new", tmp.toString(), "order-export").exitCode()).isZero();
        CliRun req =
                CliRun.of(
                        "generate",
                        "requirements",
                        tmp.toString(),
                        "order-export",
                        "--idea",
                        "Shop owners export the orders of a month as CSV. Refunds are included.");
        assertThat(req.exitCode()).as(req.err()).isZero();
        CliRun design = CliRun.of("generate", "design", tmp.toString(), "order-export");
        assertThat(design.exitCode()).as(design.err()).isZero();
        CliRun tasks = CliRun.of("generate", "tasks", tmp.toString(), "order-export", "--force");
        assertThat(tasks.exitCode()).as(tasks.err()).isZero();
        String t = Files.readString(tmp.resolve(".kiro/specs/order-export/tasks.md"));
        assertThat(t)
                .startsWith("# Implementation Plan: Order Export\n")
                .contains("_Requirements: 2.2_");
        CliRun check = CliRun.of("check", tmp.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    }
}
