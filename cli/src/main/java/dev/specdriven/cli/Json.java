package dev.specdriven.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourcePosition;
import java.io.UncheckedIOException;

/** Shared JSON helpers: one configured mapper and the shapes of positions and diagnostics. */
final class Json {
    private Json() {}

    static final ObjectMapper MAPPER = new ObjectMapper();

    static String write(ObjectMapper mapper, Object node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode position(ObjectMapper mapper, SourcePosition p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("line", p.line());
        n.put("column", p.column());
        n.put("offset", p.offset());
        return n;
    }

    static ObjectNode diagnostic(ObjectMapper mapper, Diagnostic d) {
        ObjectNode n = mapper.createObjectNode();
        n.put("code", d.code());
        n.put("severity", d.severity().name());
        n.put("message", d.message());
        n.put("fix", d.fix());
        d.file().ifPresent(f -> n.put("file", f));
        n.put("line", d.line());
        n.put("column", d.column());
        n.put("endLine", d.span().end().line());
        n.put("endColumn", d.span().end().column());
        return n;
    }
}
