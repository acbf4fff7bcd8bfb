package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property test: sentences generated from the grammar's pieces (random dialect, casing, commas,
 * emphasis, clause combinations, prose in several scripts) parse back to the clauses and pattern
 * they were built from, with spans that point at the keywords in host coordinates.
 */
class EarsRoundTripPropertyTest {

    private static final EarsParser PARSER = EarsParser.create();

    private static final List<String> PROSE_CANDIDATES =
            List.of(
                    "user",
                    "presses",
                    "button",
                    "order",
                    "is",
                    "valid",
                    "page",
                    "loaded",
                    "request",
                    "received",
                    "file",
                    "uploaded",
                    "session",
                    "expired",
                    "AND",
                    "not",
                    "empty",
                    "data",
                    "saved",
                    "the",
                    "a",
                    "запрос",
                    "получен",
                    "审查开始时",
                    "ファイル",
                    "🚀",
                    "42",
                    "`x`",
                    "(note)",
                    "\"quoted\"",
                    "über",
                    "niño",
                    "Größe",
                    "e.g.",
                    "x.y",
                    "payload",
                    "retry",
                    "timeout",
                    "cart",
                    "checkout",
                    "token");

    private static final List<EarsDialect> SPACED =
            EarsDialect.builtIns().stream().filter(d -> d != EarsDialect.CHINESE).toList();

    private static final List<String> NAMES =
            List.of("Order_Service", "Auth", "Service", "Сервис", "样式系统", "Editor", "API", "Cart");

    /** Prose must not contain structural keywords of any built-in dialect (articles are fine). */
    private static final List<String> PROSE = prose();

    private static List<String> prose() {
        List<String> out = new ArrayList<>();
        for (String w : PROSE_CANDIDATES) {
            boolean keyword = false;
            for (EarsDialect d : EarsDialect.builtIns()) {
                for (EarsKeyword k : EarsKeyword.values()) {
                    if (k != EarsKeyword.ARTICLE
                            && d.keywords(k).contains(w.toLowerCase(Locale.ROOT))) {
                        keyword = true;
                    }
                }
            }
            if (!keyword) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    static LongStream seeds() {
        return LongStream.concat(LongStream.rangeClosed(1, 20), LongStream.of(System.nanoTime()));
    }

    record Expected(ClauseKind kind, String keyword, String text) {}

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generated_sentences_round_trip(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 500; i++) {
            roundTrip(random, seed, i);
        }
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String cased(SplittableRandom r, String keyword) {
        switch (r.nextInt(3)) {
            case 0:
                return keyword.toUpperCase(Locale.ROOT);
            case 1:
                return keyword;
            default:
                return Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
        }
    }

    private static String emphasis(SplittableRandom r, String word) {
        return r.nextInt(5) == 0 ? "**" + word + "**" : word;
    }

    private static String words(SplittableRandom r, int min, int max, boolean commas) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                b.append(commas && r.nextInt(6) == 0 ? ", " : " ");
            }
            b.append(pick(r, PROSE));
        }
        return b.toString();
    }

    private static String comma(SplittableRandom r) {
        return r.nextInt(4) == 0 ? "，" : ",";
    }

    private void roundTrip(SplittableRandom r, long seed, int index) {
        // the generator joins words with spaces: dialects of spaced languages only
        EarsDialect dialect = pick(r, SPACED);
        List<Expected> expected = new ArrayList<>();
        if (r.nextInt(4) == 0) {
            expected.add(
                    new Expected(
                            ClauseKind.WHERE, pick(r, dialect.keywords(EarsKeyword.WHERE)), null));
        }
        int whiles = r.nextInt(4) == 0 ? r.nextInt(3) : 0;
        for (int k = 0; k < whiles; k++) {
            expected.add(
                    new Expected(
                            ClauseKind.WHILE, pick(r, dialect.keywords(EarsKeyword.WHILE)), null));
        }
        int trigger = r.nextInt(3);
        if (trigger == 1) {
            expected.add(
                    new Expected(
                            ClauseKind.WHEN, pick(r, dialect.keywords(EarsKeyword.WHEN)), null));
        } else if (trigger == 2) {
            expected.add(
                    new Expected(ClauseKind.IF, pick(r, dialect.keywords(EarsKeyword.IF)), null));
        }
        String then = cased(r, pick(r, dialect.keywords(EarsKeyword.THEN)));
        String article = pick(r, dialect.keywords(EarsKeyword.ARTICLE));
        boolean weak = r.nextInt(8) == 0 && !dialect.keywords(EarsKeyword.WEAK_MODAL).isEmpty();
        String modal =
                cased(
                        r,
                        pick(
                                r,
                                dialect.keywords(
                                        weak ? EarsKeyword.WEAK_MODAL : EarsKeyword.SHALL)));

        StringBuilder s = new StringBuilder();
        List<Expected> clauses = new ArrayList<>();
        for (int c = 0; c < expected.size(); c++) {
            Expected e = expected.get(c);
            boolean last = c == expected.size() - 1;
            // separator before the system: 0 comma, 1 (comma) then, 2 nothing
            int sep =
                    !last
                            ? 0
                            : e.kind() == ClauseKind.IF
                                    ? 1
                                    : (e.kind() == ClauseKind.WHEN
                                            ? r.nextInt(3)
                                            : r.nextInt(2) * 2);
            if (weak && sep == 2) {
                sep = 0;
            }
            String text = words(r, 1, 6, sep != 2);
            String keyword = cased(r, e.keyword());
            s.append(emphasis(r, keyword)).append(' ').append(text);
            if (sep == 0) {
                s.append(comma(r)).append(' ');
            } else if (sep == 1) {
                s.append(r.nextBoolean() ? comma(r) : "")
                        .append(' ')
                        .append(emphasis(r, then))
                        .append(' ');
            } else {
                s.append(' ');
            }
            clauses.add(new Expected(e.kind(), keyword, text));
        }
        boolean emphasizeSystem = r.nextInt(5) == 0;
        List<String> systemWords = new ArrayList<>();
        systemWords.add(cased(r, article));
        int nameWords = 1 + r.nextInt(2);
        for (int k = 0; k < nameWords; k++) {
            systemWords.add(pick(r, NAMES));
        }
        for (int k = 0; k < systemWords.size(); k++) {
            s.append(emphasizeSystem ? "**" + systemWords.get(k) + "**" : systemWords.get(k))
                    .append(' ');
        }
        // a response ending in an abbreviation ('e.g.') would lose its dot to the sentence end
        // 'not' alone says nothing (EARS009, no response clause)
        String response;
        do {
            response = words(r, 1, 5, false).replaceAll("\\.$", "");
        } while (response.matches("not( not)*"));
        s.append(emphasis(r, modal)).append(' ').append(response);
        if (r.nextBoolean()) {
            s.append('.');
        }
        String sentence = s.toString();
        SourcePosition origin =
                new SourcePosition(1 + r.nextInt(1000), 1 + r.nextInt(80), r.nextInt(100_000));

        EarsRequirement req = PARSER.parse(sentence, origin).value();

        String context = "seed " + seed + " #" + index + ": " + sentence;
        List<String> expectedClauses = new ArrayList<>();
        for (Expected e : clauses) {
            expectedClauses.add(e.kind() + "=" + e.text());
        }
        expectedClauses.add(ClauseKind.SYSTEM + "=" + String.join(" ", systemWords));
        expectedClauses.add(ClauseKind.RESPONSE + "=" + response);
        assertThat(req.clauses())
                .extracting(c -> c.kind() + "=" + c.text())
                .as(context)
                .isEqualTo(expectedClauses);

        long kinds = clauses.stream().map(Expected::kind).distinct().count();
        EarsPattern pattern;
        if (weak) {
            pattern = EarsPatterns.NOT_EARS;
        } else if (kinds > 1) {
            pattern = EarsPatterns.COMPLEX;
        } else if (kinds == 0) {
            pattern = EarsPatterns.UBIQUITOUS;
        } else {
            switch (clauses.get(0).kind()) {
                case WHERE:
                    pattern = EarsPatterns.OPTIONAL_FEATURE;
                    break;
                case WHILE:
                    pattern = EarsPatterns.STATE_DRIVEN;
                    break;
                case WHEN:
                    pattern = EarsPatterns.EVENT_DRIVEN;
                    break;
                default:
                    pattern = EarsPatterns.UNWANTED_BEHAVIOR;
                    break;
            }
        }
        assertThat(req.pattern()).as(context).isEqualTo(pattern);

        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = req.clauses().get(c);
            assertThat(clause.span().start().line()).as(context).isEqualTo(origin.line());
            int local = clause.span().start().offset() - origin.offset();
            assertThat(clause.span().start().column())
                    .as(context)
                    .isEqualTo(origin.column() + local);
            assertThat(sentence.substring(local)).as(context).startsWith(clauses.get(c).keyword());
        }
        Clause system = req.clauses().get(clauses.size());
        int local = system.span().start().offset() - origin.offset();
        assertThat(sentence.substring(local)).as(context).startsWith(systemWords.get(0));
        assertThat(req.span().end().offset())
                .as(context)
                .isEqualTo(origin.offset() + sentence.length());
    }
}
