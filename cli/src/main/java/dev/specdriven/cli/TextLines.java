package dev.specdriven.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Decoding and line splitting that keep every input line, whatever its line break. */
final class TextLines {
    private TextLines() {}

    /**
     * Decodes UTF-8, dropping a leading byte-order mark; malformed bytes become U+FFFD.
     *
     * @param bytes the raw bytes
     * @return the text
     */
    static String decode(byte[] bytes) {
        String s;
        try {
            s =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString();
        } catch (CharacterCodingException e) {
            s = new String(bytes, StandardCharsets.UTF_8);
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Splits on {@code \n}, {@code \r\n} and lone {@code \r}; a final line break does not start
     * another line, and empty input has no lines.
     *
     * @param text the text
     * @return its lines without their line breaks
     */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                i += breakLength(text, i);
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * The length of the line break at {@code index}: 2 for CRLF, 1 for LF or CR, 0 otherwise.
     *
     * @param text the text
     * @param index where a line break may be
     * @return its length
     */
    static int breakLength(String text, int index) {
        if (index >= text.length()) {
            return 0;
        }
        char c = text.charAt(index);
        if (c == '\r') {
            return index + 1 < text.length() && text.charAt(index + 1) == '\n' ? 2 : 1;
        }
        return c == '\n' ? 1 : 0;
    }
}
