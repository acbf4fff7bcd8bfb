package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.specdriven.generate.GeneratorException.Reason;
import dev.specdriven.spec.Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendFailureTest {

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

    private static GeneratorException fail(
            Path ws, ScriptedBackend backend, Duration timeout, boolean tasks) {
        Spec spec = Fixtures.spec(ws, "order-checkout");
        SpecGenerator gen =
                SpecGenerator.builder().backend(backend).timeout(timeout).maxRepairs(1).build();
        return catchThrowableOfType(
                GeneratorException.class,
                () -> {
                    if (tasks) {
                        gen.generateTasks(Fixtures.read(ws), spec);
                    } else {
                        gen.generateDesign(Fixtures.read(ws), spec);
                    }
                });
    }

    @Test
    void exception_is_reported_with_the_backend_id_and_files_stay_untouched(@TempDir Path tmp)
            throws Exception {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Map<String, String> before = snapshot(ws);
        GeneratorException e =
                fail(
                        ws,
                        ScriptedBackend.builder()
                                .id("flaky-llm")
                                .fail(new IOException("HTTP 503"))
                                .build(),
                        Duration.ofMinutes(1),
                        false);
        assertThat(e).isNotNull();
        assertThat(e.backendId()).isEqualTo("flaky-llm");
        assertThat(e.reason()).isEqualTo(Reason.BACKEND_ERROR);
        assertThat(e.getMessage()).contains("flaky-llm").contains("HTTP 503");
        assertThat(e.getCause()).isInstanceOf(IOException.class);
        assertThat(snapshot(ws)).isEqualTo(before);
    }

    @Test
    void timeout_is_reported(@TempDir Path tmp) throws Exception {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Map<String, String> before = snapshot(ws);
        CountDownLatch never = new CountDownLatch(1);
        AtomicReference<Boolean> interrupted = new AtomicReference<>(false);
        ScriptedBackend slow =
                ScriptedBackend.builder()
                        .step(
                                r -> {
                                    try {
                                        never.await(30, TimeUnit.SECONDS);
                                    } catch (InterruptedException ie) {
                                        interrupted.set(true);
                                    }
                                    return "late";
                                })
                        .build();
        GeneratorException e = fail(ws, slow, Duration.ofMillis(100), true);
        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.backendId()).isEqualTo("scripted");
        assertThat(snapshot(ws)).isEqualTo(before);
    }

    @Test
    void empty_output_in_every_round_is_reported(@TempDir Path tmp) throws Exception {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Map<String, String> before = snapshot(ws);
        ScriptedBackend empty = ScriptedBackend.builder().reply("  \n").build();
        GeneratorException e = fail(ws, empty, Duration.ofMinutes(1), false);
        assertThat(e.reason()).isEqualTo(Reason.EMPTY_OUTPUT);
        assertThat(empty.requests()).hasSize(2);
        assertThat(empty.requests().get(1).diagnostics())
                .extracting(GenerationDiagnostic::code)
                .containsExactly("GEN001");
        assertThat(snapshot(ws)).isEqualTo(before);
    }

    @Test
    void garbage_output_is_reported(@TempDir Path tmp) throws Exception {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Map<String, String> before = snapshot(ws);
        ScriptedBackend chatty =
                ScriptedBackend.builder()
                        .reply("Sure! I would be happy to help with your tasks.")
                        .build();
        GeneratorException e = fail(ws, chatty, Duration.ofMinutes(1), true);
        assertThat(e.reason()).isEqualTo(Reason.GARBAGE_OUTPUT);
        assertThat(e.getMessage()).contains("Sure! I would");
        assertThat(chatty.requests().get(1).diagnostics())
                .extracting(GenerationDiagnostic::code)
                .contains("GEN002");
        assertThat(snapshot(ws)).isEqualTo(before);
    }

    @Test
    void garbage_then_good_output_is_repaired(@TempDir Path tmp) {
        Path ws = Fixtures.exampleWorkspace(tmp);
        ScriptedBackend b =
                ScriptedBackend.builder()
                        .reply("no idea")
                        .reply(new BuiltinBackend()::complete)
                        .build();
        GenerationResult r =
                SpecGenerator.builder()
                        .backend(b)
                        .build()
                        .generateDesign(Fixtures.read(ws), Fixtures.spec(ws, "order-checkout"));
        assertThat(r.isValid()).isTrue();
        assertThat(r.metrics().repairRounds()).isEqualTo(1);
    }

    @Test
    void cancellation_stops_a_running_call(@TempDir Path tmp) throws Exception {
        Path ws = Fixtures.exampleWorkspace(tmp);
        Map<String, String> before = snapshot(ws);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        ScriptedBackend blocking =
                ScriptedBackend.builder()
                        .step(
                                r -> {
                                    started.countDown();
                                    try {
                                        new CountDownLatch(1).await(30, TimeUnit.SECONDS);
                                    } catch (InterruptedException ie) {
                                        interrupted.countDown();
                                    }
                                    return "";
                                })
                        .build();
        CancellationToken token = new CancellationToken();
        SpecGenerator gen = SpecGenerator.builder().backend(blocking).cancellation(token).build();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t =
                new Thread(
                        () -> {
                            try {
                                gen.generateDesign(
                                        Fixtures.read(ws), Fixtures.spec(ws, "order-checkout"));
                            } catch (Throwable x) {
                                thrown.set(x);
                            }
                        });
        t.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        token.cancel();
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(GeneratorException.class);
        assertThat(((GeneratorException) thrown.get()).reason()).isEqualTo(Reason.CANCELLED);
        assertThat(interrupted.await(10, TimeUnit.SECONDS))
                .as("backend thread interrupted")
                .isTrue();
        assertThat(snapshot(ws)).isEqualTo(before);
    }

    @Test
    void interrupting_the_caller_cancels(@TempDir Path tmp) throws Exception {
        Path ws = Fixtures.exampleWorkspace(tmp);
        CountDownLatch started = new CountDownLatch(1);
        ScriptedBackend blocking =
                ScriptedBackend.builder()
                        .step(
                                r -> {
                                    started.countDown();
                                    Thread.sleep(30_000);
                                    return "";
                                })
                        .build();
        SpecGenerator gen = SpecGenerator.builder().backend(blocking).build();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>(false);
        Thread t =
                new Thread(
                        () -> {
                            try {
                                gen.generateDesign(
                                        Fixtures.read(ws), Fixtures.spec(ws, "order-checkout"));
                            } catch (Throwable x) {
                                thrown.set(x);
                                flag.set(Thread.currentThread().isInterrupted());
                            }
                        });
        t.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        t.interrupt();
        t.join(10_000);
        assertThat(thrown.get()).isInstanceOf(GeneratorException.class);
        assertThat(((GeneratorException) thrown.get()).reason()).isEqualTo(Reason.CANCELLED);
        assertThat(flag.get()).as("interrupt flag restored").isTrue();
    }
}
