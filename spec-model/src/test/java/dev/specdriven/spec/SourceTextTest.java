package dev.specdriven.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specdriven.source.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void positions_count_crlf_lf_and_lone_cr_as_one_break() {
        SourceText src = SourceText.of("a\r\nbc\nd\re");
        assertThat(src.lineCount()).isEqualTo(4);
        assertThat(src.position(3)).isEqualTo(new SourcePosition(2, 1, 3));
        assertThat(src.position(4)).isEqualTo(new SourcePosition(2, 2, 4));
        assertThat(src.position(8)).isEqualTo(new SourcePosition(4, 1, 8));
        assertThat(src.line(2)).isEqualTo("bc");
        assertThat(src.line(3)).isEqualTo("d");
        assertThat(src.position(1, 1)).isEqualTo(new SourcePosition(2, 2, 4));
    }

    @Test
    void bom_is_kept_in_bytes_but_not_in_text() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        SourceText src = SourceText.of(bytes);
        assertThat(src.hasBom()).isTrue();
        assertThat(src.text()).isEqualTo("hi");
        assertThat(src.bytes()).isEqualTo(bytes);
        assertThat(src.apply(List.of()).bytes()).isEqualTo(bytes);
        assertThat(src.apply(List.of(new TextEdit(src.span(0, 1), "H"))).bytes())
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i');
    }

    @Test
    void edits_change_only_their_spans() {
        SourceText src = SourceText.of("- [ ] 1. A\r\n- [ ] 2. B");
        SourceText edited =
                src.apply(
                        List.of(
                                new TextEdit(src.span(15, 16), "x"),
                                new TextEdit(src.span(3, 4), "-")));
        assertThat(edited.text()).isEqualTo("- [-] 1. A\r\n- [x] 2. B");
        assertThatThrownBy(
                        () ->
                                src.apply(
                                        List.of(
                                                new TextEdit(src.span(0, 4), ""),
                                                new TextEdit(src.span(2, 5), ""))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalid_utf8_is_decoded_but_cannot_be_edited() {
        byte[] bytes = {'a', (byte) 0xFF, 'b'};
        SourceText src = SourceText.of(bytes);
        assertThat(src.isValidUtf8()).isFalse();
        assertThat(src.text()).isEqualTo("a\uFFFDb");
        assertThat(src.bytes()).isEqualTo(bytes);
        assertThatThrownBy(() -> src.apply(List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void nul_bytes_mark_binary_content_and_hash_is_stable() {
        SourceText src = SourceText.of(new byte[] {'a', 0, 'b'});
        assertThat(src.isBinary()).isTrue();
        assertThat(src.sha256()).hasSize(64).isEqualTo(SourceText.sha256(new byte[] {'a', 0, 'b'}));
        assertThat(SourceText.of("x").sha256()).isNotEqualTo(src.sha256());
    }

    @Test
    void empty_text_has_one_empty_line() {
        SourceText src = SourceText.of(new byte[0]);
        assertThat(src.lineCount()).isEqualTo(1);
        assertThat(src.line(1)).isEmpty();
        assertThat(src.position(0)).isEqualTo(SourcePosition.START);
    }

    @Test
    void supplementary_characters_count_as_two_columns() {
        SourceText src = SourceText.of("😀x".getBytes(StandardCharsets.UTF_8));
        assertThat(src.position(2).column()).isEqualTo(3);
        assertThat(src.slice(src.span(2, 3))).isEqualTo("x");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void utf8_validation_agrees_with_the_strict_jdk_decoder(long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int round = 0; round < 2000; round++) {
            byte[] b = new byte[r.nextInt(12)];
            for (int i = 0; i < b.length; i++) {
                int k = r.nextInt(4);
                b[i] =
                        (byte)
                                (k == 0
                                        ? r.nextInt(128)
                                        : k == 1 ? 0x80 + r.nextInt(64) : 0xC0 + r.nextInt(64));
            }
            boolean strict;
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(b));
                strict = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = false;
            }
            SourceText src = SourceText.of(b);
            assertThat(src.isValidUtf8())
                    .as("seed %d bytes %s", seed, java.util.HexFormat.of().formatHex(b))
                    .isEqualTo(strict);
            if (strict && !src.hasBom()) {
                assertThat(src.apply(List.of()).bytes()).isEqualTo(b);
            }
        }
    }

    @Test
    void validityAndBinaryFlagsAgreeWithTheByteByByteValidation() {
        long seed = new java.util.SplittableRandom().nextLong();
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        byte[][] pieces = {
            "a".getBytes(StandardCharsets.UTF_8),
            "é".getBytes(StandardCharsets.UTF_8),
            "漢".getBytes(StandardCharsets.UTF_8),
            "😀".getBytes(StandardCharsets.UTF_8),
            "\uFFFD".getBytes(StandardCharsets.UTF_8), // a real replacement character, valid
            {0},
            {(byte) 0xC0, (byte) 0x80}, // overlong NUL
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // encoded surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {(byte) 0xE2, (byte) 0x82}, // truncated
            {(byte) 0x80},
            {(byte) 0xFF},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, // BOM (leading or not)
            "\r\n".getBytes(StandardCharsets.UTF_8),
        };
        for (int n = 0; n < 5_000; n++) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            for (int k = r.nextInt(8); k > 0; k--) {
                b.writeBytes(pieces[r.nextInt(pieces.length)]);
            }
            byte[] bytes = b.toByteArray();
            SourceText t = SourceText.of(bytes);
            boolean bom =
                    bytes.length >= 3
                            && bytes[0] == (byte) 0xEF
                            && bytes[1] == (byte) 0xBB
                            && bytes[2] == (byte) 0xBF;
            int check = SourceText.validateUtf8(bytes, bom ? 3 : 0);
            String msg = "seed " + seed + " bytes " + java.util.Arrays.toString(bytes);
            assertThat(t.isValidUtf8()).as(msg).isEqualTo(check == 0 || check == -2);
            assertThat(t.isBinary()).as(msg).isEqualTo(check == -2 || check == -3);
            assertThat(t.bytes()).as(msg).isEqualTo(bytes);
        }
    }
}
