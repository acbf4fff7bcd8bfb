package dev.specdriven.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A local server on 127.0.0.1 that speaks the OpenAI chat-completions wire format ({@code POST
 * …/chat/completions}): it answers with scripted replies in order (the last one repeats) and
 * records every request (model, message roles and texts, the Authorization header).
 *
 * <p>Start it by hand for a transcript: {@code java -cp <cli test classes and class path>
 * dev.specdriven.cli.OpenAiCompatibleServer PORT answer1.md answer2.md …}; it prints each request's
 * model and roles. A file whose first line is {@code HTTP 429} answers with that status.
 */
final class OpenAiCompatibleServer implements AutoCloseable {

    /** One scripted answer: an HTTP status and a body (content for 200, error text otherwise). */
    record Reply(int status, String content) {
        static Reply ok(String content) {
            return new Reply(200, content);
        }
    }

    /** What a request carried. */
    record Request(String model, List<String> roles, List<String> texts, String authorization) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Reply> script;
    private final List<Request> requests = new ArrayList<>();
    private final PrintStream log;

    private OpenAiCompatibleServer(int port, List<Reply> script, PrintStream log)
            throws IOException {
        this.script = List.copyOf(script);
        this.log = log;
        this.server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts on an ephemeral port of 127.0.0.1. */
    static OpenAiCompatibleServer start(List<Reply> script) throws IOException {
        return new OpenAiCompatibleServer(0, script, null);
    }

    /** The base URL to put in OPENAI_BASE_URL. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            if (!ex.getRequestMethod().equals("POST")
                    || !ex.getRequestURI().getPath().endsWith("/chat/completions")) {
                send(ex, 404, "{\"error\":{\"message\":\"no such route\"}}");
                return;
            }
            JsonNode req = JSON.readTree(body);
            List<String> roles = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (JsonNode m : req.path("messages")) {
                roles.add(m.path("role").asText());
                texts.add(m.path("content").asText());
            }
            String auth = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
            Reply reply;
            int n;
            synchronized (this) {
                requests.add(new Request(req.path("model").asText(), roles, texts, auth));
                n = requests.size();
                reply = script.get(Math.min(n - 1, script.size() - 1));
            }
            if (log != null) {
                log.println(
                        "request "
                                + n
                                + ": model="
                                + req.path("model").asText()
                                + " roles="
                                + roles
                                + " -> HTTP "
                                + reply.status());
            }
            if (reply.status() != 200) {
                ObjectNode err = JSON.createObjectNode();
                err.putObject("error").put("message", reply.content()).put("type", "test");
                send(ex, reply.status(), JSON.writeValueAsString(err));
                return;
            }
            ObjectNode out = JSON.createObjectNode();
            out.put("id", "chatcmpl-" + n);
            out.put("object", "chat.completion");
            out.put("created", 1_700_000_000L + n);
            out.put("model", req.path("model").asText());
            ArrayNode choices = out.putArray("choices");
            ObjectNode c = choices.addObject();
            c.put("index", 0);
            c.putObject("message").put("role", "assistant").put("content", reply.content());
            c.put("finish_reason", "stop");
            int prompt = 0;
            for (String t : texts) {
                prompt += t.length() / 4;
            }
            out.putObject("usage")
                    .put("prompt_tokens", prompt)
                    .put("completion_tokens", reply.content().length() / 4)
                    .put("total_tokens", prompt + reply.content().length() / 4);
            send(ex, 200, JSON.writeValueAsString(out));
        }
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * Runs the server by hand until killed.
     *
     * @param args the port (0 for any) and the answer files in order
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<Reply> script = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
            if (text.startsWith("HTTP ")) {
                int nl = text.indexOf('\n');
                script.add(
                        new Reply(
                                Integer.parseInt(
                                        text.substring(5, nl < 0 ? text.length() : nl).strip()),
                                nl < 0 ? "" : text.substring(nl + 1)));
            } else {
                script.add(Reply.ok(text));
            }
        }
        OpenAiCompatibleServer s =
                new OpenAiCompatibleServer(Integer.parseInt(args[0]), script, System.out);
        System.out.println("OPENAI_BASE_URL=" + s.baseUrl());
    }
}
