package dev.specdriven.generate.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageType;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.specdriven.generate.CancellationToken;
import dev.specdriven.generate.GenerationResult;
import dev.specdriven.generate.GeneratorException;
import dev.specdriven.generate.SpecGenerator;
import dev.specdriven.generate.TokenUsage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LangChain4j adapter against a fake {@code ChatModel}. */
class LangChain4jBackendTest {

    private static LangChain4jBackend.Builder fast(FakeChatModel model) {
        return LangChain4jBackend.builder(model)
                .backoff(Duration.ofMillis(1), Duration.ofMillis(4))
                .attemptTimeout(Duration.ofSeconds(20));
    }

    private static List<ChatMessageType> types(ChatRequest r) {
        return r.messages().stream().map(ChatMessage::type).toList();
    }

    @Test
    void messages_keep_their_roles_and_token_usage_reaches_the_metrics(@TempDir Path tmp) {
        Path ws = Fixtures.workspace(tmp);
        FakeChatModel model =
                new FakeChatModel()
                        .answer("```markdown\n" + Fixtures.DESIGN_WITHOUT_12 + "```\n", 900, 300)
                        .answer("Here is the corrected design:\n\n" + Fixtures.DESIGN, 1400, 320);
        LangChain4jBackend backend =
                fast(model).id("openai").modelName("small-model").temperature(0.2).build();

        GenerationResult r =
                SpecGenerator.builder()
                        .backend(backend)
                        .build()
                        .generateDesign(Fixtures.read(ws), Fixtures.spec(ws));

        assertThat(r.isValid()).as("%s", r.diagnostics()).isTrue();
        assertThat(r.content().text()).isEqualTo(Fixtures.DESIGN);
        assertThat(r.metrics().backendId()).isEqualTo("openai");
        assertThat(r.metrics().repairRounds()).isEqualTo(1);
        assertThat(r.metrics().tokenUsage()).contains(new TokenUsage(2300, 620));
        List<ChatRequest> sent = model.requests();
        assertThat(sent).hasSize(2);
        assertThat(types(sent.get(0)))
                .containsExactly(ChatMessageType.SYSTEM, ChatMessageType.USER);
        assertThat(types(sent.get(1)))
                .containsExactly(
                        ChatMessageType.SYSTEM,
                        ChatMessageType.USER,
                        ChatMessageType.AI,
                        ChatMessageType.USER);
        assertThat(sent.get(0).modelName()).isEqualTo("small-model");
        assertThat(sent.get(0).temperature()).isEqualTo(0.2);
        assertThat(((SystemMessage) sent.get(0).messages().get(0)).text())
                .contains("## Output contract");
        assertThat(((UserMessage) sent.get(0).messages().get(1)).singleText())
                .contains("- 1.2 [UNWANTED_BEHAVIOR] IF the e-mail address is unknown");
        // the repair round quotes the cleaned answer and names the missing criterion
        assertThat(((AiMessage) sent.get(1).messages().get(2)).text())
                .isEqualTo(Fixtures.DESIGN_WITHOUT_12);
        assertThat(((UserMessage) sent.get(1).messages().get(3)).singleText())
                .contains("The design does not reference criterion 1.2.");
    }

    @Test
    void rate_limits_and_server_errors_are_retried_with_back_off() throws Exception {
        FakeChatModel model =
                new FakeChatModel()
                        .fail(new RateLimitException(new HttpException(429, "slow down")))
                        .fail(new InternalServerException(new HttpException(503, "busy")))
                        .fail(new HttpException(502, "bad gateway"))
                        .answer("# Done", 1, 1);
        LangChain4jBackend backend = fast(model).maxRetries(3).build();
        assertThat(backend.reply(TestRequests.design()).text()).isEqualTo("# Done");
        assertThat(model.requests()).hasSize(4);
    }

    @Test
    void retries_end_with_a_call_exception_naming_the_attempts_and_status() {
        FakeChatModel model = new FakeChatModel().fail(new HttpException(503, "overloaded"));
        LangChain4jBackend backend = fast(model).maxRetries(2).build();
        ChatCallException e =
                catchThrowableOfType(
                        ChatCallException.class, () -> backend.reply(TestRequests.design()));
        assertThat(e).isNotNull();
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.statusCode()).hasValue(503);
        assertThat(e.getMessage())
                .contains("after 3 attempts")
                .contains("HTTP 503")
                .contains("overloaded");
        assertThat(model.requests()).hasSize(3);
    }

    @Test
    void client_errors_fail_at_once() {
        for (int status : new int[] {400, 401, 403, 404}) {
            FakeChatModel model = new FakeChatModel().fail(new HttpException(status, "no"));
            ChatCallException e =
                    catchThrowableOfType(
                            ChatCallException.class,
                            () -> fast(model).build().reply(TestRequests.design()));
            assertThat(e.attempts()).as("%d", status).isEqualTo(1);
            assertThat(e.statusCode()).hasValue(status);
            assertThat(model.requests()).hasSize(1);
        }
        FakeChatModel plain = new FakeChatModel().fail(new IllegalStateException("bug"));
        assertThatThrownBy(() -> fast(plain).build().reply(TestRequests.design()))
                .isInstanceOf(ChatCallException.class)
                .hasMessageContaining("IllegalStateException: bug");
        assertThat(plain.requests()).hasSize(1);
    }

    @Test
    void a_failure_without_a_message_names_its_root_cause() {
        FakeChatModel model =
                new FakeChatModel()
                        .fail(
                                new dev.langchain4j.exception.UnresolvedModelServerException(
                                        (String) null,
                                        new java.nio.channels.UnresolvedAddressException()));
        assertThatThrownBy(() -> fast(model).build().reply(TestRequests.design()))
                .isInstanceOf(ChatCallException.class)
                .hasMessageContaining(
                        "UnresolvedModelServerException (caused by"
                                + " java.nio.channels.UnresolvedAddressException)");
    }

    @Test
    void a_hung_attempt_times_out_and_is_retried() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        FakeChatModel model =
                new FakeChatModel()
                        .then(
                                r -> {
                                    try {
                                        never.await();
                                    } catch (InterruptedException e) {
                                        interrupted.set(true);
                                        throw e;
                                    }
                                    return null;
                                })
                        .answer("# Second", 1, 1);
        LangChain4jBackend backend =
                LangChain4jBackend.builder(model)
                        .attemptTimeout(Duration.ofMillis(200))
                        .backoff(Duration.ZERO, Duration.ZERO)
                        .build();
        assertThat(backend.reply(TestRequests.design()).text()).isEqualTo("# Second");
        assertThat(model.requests()).hasSize(2);
        assertThat(interrupted).isTrue();
    }

    @Test
    void cancelling_the_token_stops_a_running_call(@TempDir Path tmp) throws Exception {
        Path ws = Fixtures.workspace(tmp);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        FakeChatModel model =
                new FakeChatModel()
                        .then(
                                r -> {
                                    started.countDown();
                                    try {
                                        new CountDownLatch(1).await();
                                    } catch (InterruptedException e) {
                                        interrupted.countDown();
                                        throw e;
                                    }
                                    return null;
                                });
        CancellationToken token = new CancellationToken();
        LangChain4jBackend backend = fast(model).cancellation(token).build();
        SpecGenerator gen = SpecGenerator.builder().backend(backend).cancellation(token).build();
        Thread canceller =
                new Thread(
                        () -> {
                            try {
                                started.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            token.cancel();
                        });
        canceller.start();
        GeneratorException e =
                catchThrowableOfType(
                        GeneratorException.class,
                        () -> gen.generateDesign(Fixtures.read(ws), Fixtures.spec(ws)));
        canceller.join();
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(GeneratorException.Reason.CANCELLED);
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(model.requests()).hasSize(1);
    }

    @Test
    void the_builder_validates() {
        FakeChatModel m = new FakeChatModel().answer("x", 1, 1);
        assertThatThrownBy(() -> LangChain4jBackend.builder(m).id("Open AI").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LangChain4jBackend.builder(m).temperature(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LangChain4jBackend.builder(m).temperature(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LangChain4jBackend.builder(m).maxRetries(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                LangChain4jBackend.builder(m)
                                        .backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LangChain4jBackend.builder(null))
                .isInstanceOf(NullPointerException.class);
        assertThat(LangChain4jBackend.builder(m).build().id()).isEqualTo("langchain4j");
    }
}
