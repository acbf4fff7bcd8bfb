package dev.specdriven.spec;

import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The exact content of one file: its original bytes, the decoded text and a line table.
 *
 * <p>Every span of the model is expressed against {@link #text()}: the file decoded as UTF-8 with a
 * leading byte-order mark removed. Lines break at {@code \n}, {@code \r\n} or a lone {@code \r};
 * columns and offsets count UTF-16 code units. {@link #bytes()} always gives the original bytes:
 * well-formed UTF-8 is encoded again (which is exact, and halves the memory), malformed content is
 * kept as read. So writing an unchanged document back is byte-identical, and {@link #apply(List)}
 * produces a new text that differs only where the edits say.
 *
 * <pre>{@code
 * SourceText src = SourceText.of(Files.readAllBytes(path));
 * SourcePosition p = src.position(120);     // line/column of offset 120
 * String hash = src.sha256();               // to detect concurrent modification before writing
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SourceText {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The original bytes, kept only when they are not valid UTF-8 (else re-encoded exactly). */
    private final byte @Nullable [] raw;

    private final int byteLength;
    private final String text;
    private final boolean bom;
    private final boolean validUtf8;
    private final boolean binary;
    private final int[] lineStarts;
    private volatile String sha256;

    private SourceText(
            byte @Nullable [] raw,
            int byteLength,
            String text,
            boolean bom,
            boolean validUtf8,
            boolean binary) {
        this.raw = raw;
        this.byteLength = byteLength;
        this.text = text;
        this.bom = bom;
        this.validUtf8 = validUtf8;
        this.binary = binary;
        this.lineStarts = lineStarts(text);
    }

    /**
     * Wraps the bytes of a file. Never throws for bad content: malformed UTF-8 is decoded with
     * U+FFFD replacement characters and reported by {@link #isValidUtf8()}.
     *
     * @param bytes the raw content (copied)
     * @return the source text
     */
    public static SourceText of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes must not be null");
        boolean bom =
                bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        int start = bom ? 3 : 0;
        // for well-formed input this is exactly the strict decoding (and encoding it again gives
        // the same bytes); malformed sequences become U+FFFD and the original bytes are kept
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        boolean valid;
        boolean binary;
        if (text.indexOf('\uFFFD') < 0) {
            // the decoder replaces every malformed sequence with U+FFFD: without one, the bytes
            // are well-formed, and the byte-by-byte validation below is not needed
            valid = true;
            binary = text.indexOf('\0') >= 0;
        } else {
            int check = validateUtf8(bytes, start);
            binary = check == -2 || check == -3;
            valid = check == 0 || check == -2;
        }
        return new SourceText(valid ? null : bytes.clone(), bytes.length, text, bom, valid, binary);
    }

    /**
     * Wraps a text, encoded as UTF-8 without byte-order mark.
     *
     * @param text the text
     * @return the source text
     */
    public static SourceText of(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return of(text, false);
    }

    private static SourceText of(String text, boolean bom) {
        int len = utf8Length(text) + (bom ? 3 : 0);
        boolean binary = text.indexOf('\0') >= 0;
        return new SourceText(null, len, text, bom, true, binary);
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * Validates UTF-8 from {@code start}: returns 0 for valid text without NUL, -2 for valid text
     * with a NUL byte, -1 for malformed text without NUL, -3 for malformed text with NUL.
     */
    static int validateUtf8(byte[] b, int start) {
        boolean nul = false;
        boolean bad = false;
        int i = start;
        int n = b.length;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                if (c == 0) {
                    nul = true;
                }
                i++;
                continue;
            }
            c &= 0xFF;
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                bad = true;
                i++;
                continue;
            }
            if (i + need >= n) {
                bad = true;
                break;
            }
            int cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                bad = true;
                i++;
                continue;
            }
            i += need + 1;
        }
        if (bad) {
            return nul ? -3 : -1;
        }
        return nul ? -2 : 0;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        int len = text.length();
        if (text.indexOf('\r') < 0) {
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
            return Arrays.copyOf(starts, n);
        }
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /**
     * The decoded text, without a byte-order mark; every span of the model points into it.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The original bytes (a copy), byte-order mark included.
     *
     * @return the bytes exactly as read
     */
    public byte[] bytes() {
        if (raw != null) {
            return raw.clone();
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] all = new byte[body.length + 3];
        System.arraycopy(BOM, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    /**
     * The number of bytes of the original content.
     *
     * @return the length in bytes
     */
    public int byteLength() {
        return byteLength;
    }

    /**
     * Whether the content started with a UTF-8 byte-order mark.
     *
     * @return true with a BOM
     */
    public boolean hasBom() {
        return bom;
    }

    /**
     * Whether the bytes are well-formed UTF-8.
     *
     * @return false when malformed sequences were replaced while decoding
     */
    public boolean isValidUtf8() {
        return validUtf8;
    }

    /**
     * Whether the content looks binary (it contains a NUL byte, as git decides).
     *
     * @return true for binary content
     */
    public boolean isBinary() {
        return binary;
    }

    /**
     * The SHA-256 of the original bytes, lower-case hex. Used to refuse writing over a file that
     * changed since it was read.
     *
     * @return 64 hex digits
     */
    public String sha256() {
        String h = sha256;
        if (h == null) {
            h = sha256(bytes());
            sha256 = h;
        }
        return h;
    }

    /**
     * The SHA-256 of some bytes, lower-case hex.
     *
     * @param content the bytes
     * @return 64 hex digits
     */
    public static String sha256(byte[] content) {
        Objects.requireNonNull(content, "content must not be null");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * The number of lines; a final line break does not start another line, an empty text has one
     * (empty) line.
     *
     * @return the line count
     */
    public int lineCount() {
        int n = lineStarts.length;
        if (n > 1 && lineStarts[n - 1] == text.length()) {
            return n - 1;
        }
        return n;
    }

    /**
     * The offset at which a line starts.
     *
     * @param line 1-based line number, at most {@link #lineCount()} + 1
     * @return the 0-based offset of its first character
     */
    public int lineStart(int line) {
        if (line < 1 || line > lineStarts.length) {
            throw new IllegalArgumentException("no line " + line);
        }
        return lineStarts[line - 1];
    }

    /**
     * The offset just after a line's last character, before its line break.
     *
     * @param line 1-based line number
     * @return the 0-based end offset (exclusive) of the line content
     */
    public int lineEnd(int line) {
        int start = lineStart(line);
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /**
     * One line's content without its line break.
     *
     * @param line 1-based line number
     * @return the line
     */
    public String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /**
     * The position of an offset.
     *
     * @param offset 0-based offset, from 0 to {@code text().length()} inclusive
     * @return its 1-based line and column
     */
    public SourcePosition position(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
        int lineIndex = lineIndex(offset);
        return new SourcePosition(lineIndex + 1, offset - lineStarts[lineIndex] + 1, offset);
    }

    /**
     * The position of a 0-based line index and 0-based column index (as commonmark reports them).
     *
     * @param lineIndex 0-based line
     * @param columnIndex 0-based column in UTF-16 code units
     * @return the position
     */
    public SourcePosition position(int lineIndex, int columnIndex) {
        int offset = Math.min(lineStarts[lineIndex] + columnIndex, text.length());
        return new SourcePosition(lineIndex + 1, columnIndex + 1, offset);
    }

    /**
     * The span between two offsets.
     *
     * @param start 0-based start offset
     * @param end 0-based end offset (exclusive)
     * @return the span
     */
    public SourceSpan span(int start, int end) {
        int len = text.length();
        if (start < 0 || start > len || end < 0 || end > len) {
            throw new IllegalArgumentException(
                    "span " + start + ".." + end + " outside 0.." + text.length());
        }
        int s = lineIndex(start);
        int e = end == start ? s : lineIndex(end);
        return SourceSpan.of(
                s + 1, start - lineStarts[s] + 1, start, e + 1, end - lineStarts[e] + 1, end);
    }

    /** The 0-based index of the line that holds an offset. */
    private int lineIndex(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        return idx >= 0 ? idx : -idx - 2;
    }

    /**
     * The span of a whole line, without its line break.
     *
     * @param line 1-based line number
     * @return the span
     */
    public SourceSpan lineSpan(int line) {
        return span(lineStart(line), lineEnd(line));
    }

    /**
     * The text a span covers.
     *
     * @param span a span of this text
     * @return the covered text
     */
    public String slice(SourceSpan span) {
        Objects.requireNonNull(span, "span must not be null");
        return text.substring(span.startOffset(), span.endOffset());
    }

    /**
     * Applies edits and returns the new source; text outside the edited spans, the byte-order mark
     * and the line breaks are kept exactly. With no edits the result has the same bytes as this
     * source.
     *
     * @param edits non-overlapping edits against this text, in any order
     * @return the edited source
     * @throws IllegalStateException when the content is not valid UTF-8 (it could not be written
     *     back exactly)
     * @throws IllegalArgumentException when edits overlap or lie outside the text
     */
    public SourceText apply(List<TextEdit> edits) {
        Objects.requireNonNull(edits, "edits must not be null");
        if (!validUtf8) {
            throw new IllegalStateException(
                    "the file is not valid UTF-8; it cannot be edited without changing other bytes");
        }
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(e -> e.span().startOffset()));
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int pos = 0;
        for (TextEdit e : sorted) {
            int s = e.span().startOffset();
            int en = e.span().endOffset();
            if (s < pos || en > text.length()) {
                throw new IllegalArgumentException("overlapping or out-of-range edit " + e);
            }
            sb.append(text, pos, s).append(e.replacement());
            pos = en;
        }
        sb.append(text, pos, text.length());
        return of(sb.toString(), bom);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceText other
                && byteLength == other.byteLength
                && bom == other.bom
                && text.equals(other.text)
                && Arrays.equals(raw, other.raw);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "SourceText[" + byteLength + " bytes, " + lineCount() + " lines]";
    }
}
