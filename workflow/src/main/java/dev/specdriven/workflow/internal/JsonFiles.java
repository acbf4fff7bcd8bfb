package dev.specdriven.workflow.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Edits one top-level key of a JSON object text byte-minimally: the value of an existing key is
 * replaced in place; a new key is inserted before the closing brace; every other byte (unknown
 * keys, their formatting, comments-free whitespace) stays as it was.
 */
public final class JsonFiles {
    private JsonFiles() {}

    /** Shared mapper (thread-safe after configuration). */
    public static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Reads a JSON object text.
     *
     * @param text the text (blank means an empty object)
     * @return the object
     * @throws IOException when the text is not a JSON object
     */
    public static ObjectNode readObject(String text) throws IOException {
        if (text.isBlank()) {
            return MAPPER.createObjectNode();
        }
        JsonNode n = MAPPER.readTree(text);
        if (n == null || !n.isObject()) {
            throw new IOException("not a JSON object");
        }
        return (ObjectNode) n;
    }

    /**
     * Sets a top-level key.
     *
     * @param text the current text (blank for a new file)
     * @param key the key
     * @param value the new value
     * @return the new text
     * @throws IOException when the text is not a JSON object
     */
    public static String setTopLevel(String text, String key, JsonNode value) throws IOException {
        String rendered = indent(MAPPER.writeValueAsString(value), "  ");
        if (text.isBlank()) {
            return "{\n  " + MAPPER.writeValueAsString(key) + ": " + rendered + "\n}\n";
        }
        int[] span = valueSpan(text, key);
        if (span[0] >= 0) {
            return text.substring(0, span[0]) + rendered + text.substring(span[1]);
        }
        int close = span[2];
        int last = close - 1;
        while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        boolean empty = text.charAt(last) == '{';
        String entry = "  " + MAPPER.writeValueAsString(key) + ": " + rendered;
        String head = text.substring(0, last + 1);
        String tail = text.substring(last + 1);
        return empty
                ? head + "\n" + entry + (tail.contains("\n") ? tail : "\n" + tail)
                : head + ",\n" + entry + (tail.contains("\n") ? tail : "\n" + tail);
    }

    private static String indent(String json, String pad) {
        return json.replace("\r\n", "\n").replace("\n", "\n" + pad);
    }

    /**
     * Finds a top-level key's value: {start, end, closingBrace}; start -1 when absent.
     *
     * @throws IOException when the text is not a JSON object
     */
    private static int[] valueSpan(String text, String key) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            int start = -1;
            int end = -1;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                int s = (int) p.currentTokenLocation().getCharOffset();
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
                int e = (int) p.currentLocation().getCharOffset();
                if (name.equals(key)) {
                    start = s;
                    end = e;
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new IOException("not a JSON object");
            }
            int close = (int) p.currentTokenLocation().getCharOffset();
            return new int[] {start, end, close};
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }
}
