package dev.specdriven.ears.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.ears.EarsDialect;
import dev.specdriven.ears.EarsKeyword;
import dev.specdriven.ears.internal.antlr.EarsLexer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token dumps of the keyword pre-pass: which words become structural. */
class SentenceTaggerTest {

    private static final PhraseTable KEYWORDS = keywords();

    private static PhraseTable keywords() {
        PhraseTable.Builder b = new PhraseTable.Builder();
        for (EarsDialect d : EarsDialect.builtIns()) {
            for (EarsKeyword k : EarsKeyword.values()) {
                d.keywords(k).forEach(w -> b.add(w, k.ordinal()));
            }
        }
        return b.build();
    }

    static String dump(String text) {
        Tokens tagged = SentenceTagger.tag(KEYWORDS, text, Tokens.lex(text, new ErrorCollector()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tagged.size(); i++) {
            out.add(
                    EarsLexer.VOCABULARY.getSymbolicName(tagged.type(i))
                            + ":"
                            + text.substring(tagged.start(i), tagged.end(i)));
        }
        return String.join(" ", out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            When x, the S shall r.                 | WHEN:When WORD:x SEP:, SYS:the SYS:S SHALL:shall WORD:r.
            WHEN x THEN the S SHALL r              | WHEN:WHEN WORD:x THEN:THEN SYS:the SYS:S SHALL:SHALL WORD:r
            IF x, THEN THE S SHALL r               | IF:IF WORD:x SEP:, THEN:THEN SYS:THE SYS:S SHALL:SHALL WORD:r
            **WHEN** x **THE** S shall r           | WHEN:WHEN WORD:x SYS:THE SYS:S SHALL:shall WORD:r
            When a when b, the S shall r           | WHEN:When WORD:a WORD:when WORD:b SEP:, SYS:the SYS:S SHALL:shall WORD:r
            While a, when b, the S shall r         | WHILE:While WORD:a SEP:, WHEN:when WORD:b SEP:, SYS:the SYS:S SHALL:shall WORD:r
            FOR ALL a, THE S SHALL r               | LEAD:FOR LEAD:ALL LEAD:a SEP:, SYS:THE SYS:S SHALL:SHALL WORD:r
            The S shall a and shall b              | SYS:The SYS:S SHALL:shall WORD:a WORD:and SHALL:shall WORD:b
            The S should r                         | SYS:The SYS:S WEAK:should WORD:r
            When a the S should r                  | WORD:When WORD:a WORD:the WORD:S WORD:should WORD:r
            WENN a, DANN muss das S r              | WHEN:WENN WORD:a SEP:, THEN:DANN SHALL:muss SYS:das SYS:S WORD:r
            no modal here                          | WORD:no WORD:modal WORD:here
            Note: WHEN a, THE S SHALL r            | LEAD:Note: WHEN:WHEN WORD:a SEP:, SYS:THE SYS:S SHALL:SHALL WORD:r
            While a; when b, THE S SHALL r         | WHILE:While WORD:a; WORD:when WORD:b SEP:, SYS:THE SYS:S SHALL:SHALL WORD:r
            """)
    void tags_structural_words(String sentence, String expected) {
        assertThat(dump(sentence)).isEqualTo(expected);
    }
}
