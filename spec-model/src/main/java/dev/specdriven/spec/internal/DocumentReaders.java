package dev.specdriven.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specdriven.ears.EarsParser;
import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.DocumentKind;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.SpecCode;
import dev.specdriven.spec.SpecConfig;
import dev.specdriven.spec.SpecDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dispatches a file to the reader of its kind and adds the encoding diagnostics. */
public final class DocumentReaders {

    /**
     * Jackson, created on first use: most workspaces have no JSON to read, and it costs start-up.
     */
    static ObjectMapper json() {
        return JsonHolder.JSON;
    }

    private static final class JsonHolder {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private final EarsParser ears;
    private final Limits limits;

    /**
     * Creates the readers with the default limits.
     *
     * @param ears the EARS parser for criteria
     */
    public DocumentReaders(EarsParser ears) {
        this(ears, Limits.DEFAULT);
    }

    /**
     * Creates the readers.
     *
     * @param ears the EARS parser for criteria
     * @param limits the resource limits
     */
    public DocumentReaders(EarsParser ears, Limits limits) {
        this.ears = ears;
        this.limits = limits;
    }

    /**
     * The resource limits.
     *
     * @return the limits
     */
    public Limits limits() {
        return limits;
    }

    /**
     * Reads one document.
     *
     * @param kind its kind (not CONFIG)
     * @param path the workspace-relative path
     * @param src its content
     * @return the document
     */
    public SpecDocument read(DocumentKind kind, String path, SourceText src) {
        List<Diagnostic> diags = encoding(path, src);
        if (src.byteLength() > limits.maxFileSize()) {
            diags.add(tooLarge(path, src.byteLength(), limits));
        }
        switch (kind) {
            case REQUIREMENTS:
                return new RequirementsReader(this, path, src, diags).read();
            case BUGFIX:
                return new BugfixReader(this, path, src, diags).read();
            case DESIGN:
                return new DesignReader(path, src, diags, limits).read();
            case TASKS:
                return new TasksReader(path, src, diags, limits).read();
            case STEERING:
                return new SteeringReader(path, src, diags, limits).read();
            default:
                throw new IllegalArgumentException("use readConfig for " + kind);
        }
    }

    /** The diagnostic for a file over the size limit. */
    static Diagnostic tooLarge(String path, long size, Limits limits) {
        return SpecCode.FILE_TOO_LARGE
                .at(
                        SourceSpan.at(SourcePosition.START),
                        path
                                + " has "
                                + size
                                + " bytes, more than the maximum of "
                                + limits.maxFileSize()
                                + "; it was not parsed")
                .withFile(path);
    }

    /** Encoding and emptiness diagnostics of a file. */
    static List<Diagnostic> encoding(String path, SourceText src) {
        List<Diagnostic> out = new ArrayList<>();
        SourceSpan start = SourceSpan.at(SourcePosition.START);
        if (src.isBinary()) {
            out.add(
                    SpecCode.BINARY_FILE
                            .at(start, path + " contains NUL bytes; it is not a text document")
                            .withFile(path));
        } else if (!src.isValidUtf8()) {
            out.add(
                    SpecCode.INVALID_UTF8
                            .at(
                                    firstReplacement(src),
                                    path
                                            + " is not valid UTF-8; malformed bytes were replaced by U+FFFD")
                            .withFile(path));
        }
        if (src.text().isBlank() && !src.isBinary()) {
            out.add(SpecCode.EMPTY_DOCUMENT.at(start, path + " is empty").withFile(path));
        }
        return out;
    }

    private static SourceSpan firstReplacement(SourceText src) {
        int i = src.text().indexOf('\uFFFD');
        return i < 0 ? SourceSpan.at(SourcePosition.START) : src.span(i, i + 1);
    }

    /**
     * The EARS parse of a criterion sentence, to run on first use ({@link
     * dev.specdriven.spec.AcceptanceCriterion#parsedOnFirstUse}); never throws.
     *
     * @param sentence the sentence
     * @param src the file
     * @param offset where the sentence starts in {@code src}
     * @param path the file's path, for the diagnostics
     * @return the deferred parse
     */
    java.util.function.Supplier<ParseResult<EarsRequirement>> earsOnFirstUse(
            String sentence, SourceText src, int offset, String path) {
        return () -> ears(sentence, src.position(offset), path);
    }

    /** Parses a criterion sentence; never throws. */
    ParseResult<EarsRequirement> ears(String sentence, SourcePosition origin, String path) {
        try {
            ParseResult<EarsRequirement> r = ears.parse(sentence, origin);
            List<Diagnostic> ds = new ArrayList<>(r.diagnostics().size());
            for (Diagnostic d : r.diagnostics()) {
                ds.add(d.file().isPresent() ? d : d.withFile(path));
            }
            return new ParseResult<>(r.value(), ds);
        } catch (RuntimeException | StackOverflowError e) {
            SourceSpan span =
                    new SourceSpan(
                            origin,
                            new SourcePosition(
                                    origin.line(),
                                    origin.column() + sentence.length(),
                                    origin.offset() + sentence.length()));
            return new ParseResult<>(
                    new EarsRequirement(sentence, EarsPatterns.NOT_EARS, List.of(), span),
                    List.of(
                            SpecCode.INTERNAL_ERROR
                                    .at(span, "the EARS parser failed on this sentence: " + e)
                                    .withFile(path)));
        }
    }

    /**
     * Reads a {@code .config.kiro}.
     *
     * @param path the workspace-relative path
     * @param src its content
     * @return the config
     */
    public SpecConfig readConfig(String path, SourceText src) {
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        SourceSpan start = SourceSpan.at(SourcePosition.START);
        if (src.isBinary() || !src.isValidUtf8()) {
            diags.addAll(encoding(path, src));
        } else {
            try {
                JsonNode node = json().readTree(src.text());
                if (node == null || !node.isObject()) {
                    diags.add(
                            SpecCode.INVALID_CONFIG
                                    .at(start, path + " is not a JSON object")
                                    .withFile(path));
                } else {
                    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        JsonNode v = e.getValue();
                        values.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                String msg = e.getMessage() == null ? e.toString() : e.getMessage();
                int nl = Md.indexOfBreak(msg);
                diags.add(
                        SpecCode.INVALID_CONFIG
                                .at(
                                        start,
                                        path
                                                + " is not valid JSON: "
                                                + (nl < 0 ? msg : msg.substring(0, nl)))
                                .withFile(path));
            }
        }
        return new SpecConfig(path, src, values, diags);
    }
}
