package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import dev.specdriven.source.Severity;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EarsParserTest {

    private final EarsParser parser = EarsParser.create();

    private EarsRequirement parse(String s) {
        return parser.parse(s).value();
    }

    private List<String> codes(String s) {
        return parser.parse(s).diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static List<ClauseKind> kinds(EarsRequirement r) {
        return r.clauses().stream().map(Clause::kind).toList();
    }

    @Test
    void classic_event_driven_sentence_is_split_into_trigger_system_and_response() {
        EarsRequirement r =
                parse("When \"mute\" is selected, the laptop shall suppress all audio output.");

        assertThat(r.pattern()).isEqualTo(EarsPatterns.EVENT_DRIVEN);
        assertThat(r.clauses(ClauseKind.WHEN))
                .singleElement()
                .extracting(Clause::text)
                .isEqualTo("\"mute\" is selected");
        assertThat(r.system()).contains("the laptop");
        assertThat(r.systemName()).contains("laptop");
        assertThat(r.response()).contains("suppress all audio output");
        assertThat(r.isEars()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            The mobile phone shall have a mass of less than 90 grams.                                  | UBIQUITOUS
            While there is no card in the ATM, the ATM shall display "insert card to begin".          | STATE_DRIVEN
            When "mute" is selected, the laptop shall suppress all audio output.                      | EVENT_DRIVEN
            Where the car has a sunroof, the car shall have a sunroof control panel on the driver door. | OPTIONAL_FEATURE
            If an invalid credit card number is entered, then the website shall display "please re-enter credit card details". | UNWANTED_BEHAVIOR
            While the aircraft is on ground, when reverse thrust is commanded, the engine control system shall enable reverse thrust. | COMPLEX
            Where the kit is installed, while armed, the alarm shall sound.                            | COMPLEX
            The system should log every request.                                                      | NOT_EARS
            As a user, I want to log in, so that I can see my data.                                  | NOT_EARS
            When the user logs in, shall show the dashboard.                                          | NOT_EARS
            The system shall.                                                                         | NOT_EARS
            """)
    void author_examples_and_non_ears_sentences_are_classified(String sentence, String pattern) {
        assertThat(parse(sentence).pattern().id()).isEqualTo(pattern);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            WHEN the user selects "Logout" THEN the system SHALL log them out           | EVENT_DRIVEN      | the system | log them out
            WHEN a user submits the form, THE Auth_System SHALL call the Register_Endpoint | EVENT_DRIVEN   | THE Auth_System | call the Register_Endpoint
            IF the token expired THEN the system SHALL reject the request               | UNWANTED_BEHAVIOR | the system | reject the request
            IF the file belongs to another user, THEN THE Media_Service SHALL return a 403 error | UNWANTED_BEHAVIOR | THE Media_Service | return a 403 error
            THE Help_Tab SHALL document the filter syntax                                | UBIQUITOUS        | THE Help_Tab | document the filter syntax
            THE Order_Service SHALL NOT delete paid orders                               | UBIQUITOUS        | THE Order_Service | NOT delete paid orders
            WHILE the upload runs, THE Uploader SHALL CONTINUE TO show progress          | STATE_DRIVEN      | THE Uploader | CONTINUE TO show progress
            WHEN the user is logged in AND the cart is empty THEN the system SHALL hide checkout | EVENT_DRIVEN | the system | hide checkout
            **WHEN** the user clicks save, **THE** **Editor** **SHALL** store the file   | EVENT_DRIVEN      | THE Editor | store the file
            when the user clicks save the editor shall store the file                   | EVENT_DRIVEN      | the editor | store the file
            When the user clicks save，the Editor shall store the file。               | EVENT_DRIVEN      | the Editor | store the file
            """)
    void kiro_forms_are_recognised(
            String sentence, String pattern, String system, String response) {
        EarsRequirement r = parse(sentence);
        assertThat(r.pattern().id()).isEqualTo(pattern);
        assertThat(r.system()).contains(system);
        assertThat(r.response()).contains(response);
    }

    @Test
    void and_inside_a_trigger_stays_part_of_the_trigger() {
        EarsRequirement r =
                parse(
                        "WHEN the user is logged in AND the cart is empty THEN the system SHALL hide it");
        assertThat(r.clauses(ClauseKind.WHEN))
                .singleElement()
                .extracting(Clause::text)
                .isEqualTo("the user is logged in AND the cart is empty");
    }

    @Test
    void english_keywords_with_chinese_and_russian_prose_classify() {
        EarsRequirement zh = parse("WHEN 审查开始时 THEN 样式系统 SHALL 识别所有样式");
        assertThat(zh.pattern()).isEqualTo(EarsPatterns.EVENT_DRIVEN);
        assertThat(zh.system()).contains("样式系统");
        assertThat(zh.clauses(ClauseKind.WHEN).get(0).text()).isEqualTo("审查开始时");

        EarsRequirement ru =
                parse("IF запрос не прошёл проверку, THEN THE Сервис SHALL вернуть ошибку 400");
        assertThat(ru.pattern()).isEqualTo(EarsPatterns.UNWANTED_BEHAVIOR);
        assertThat(ru.system()).contains("THE Сервис");
        assertThat(ru.response()).contains("вернуть ошибку 400");
    }

    @Test
    void spanish_dialect() {
        EarsRequirement r =
                parse(
                        "CUANDO el usuario pulsa Guardar ENTONCES el sistema DEBERÁ guardar el archivo");
        assertThat(r.pattern()).isEqualTo(EarsPatterns.EVENT_DRIVEN);
        assertThat(r.system()).contains("el sistema");
        assertThat(r.systemName()).contains("sistema");
        assertThat(r.response()).contains("guardar el archivo");
        assertThat(parse("SI el pago falla, ENTONCES el sistema DEBERÁ avisar").pattern())
                .isEqualTo(EarsPatterns.UNWANTED_BEHAVIOR);
        assertThat(
                        parse("MIENTRAS la sesión está activa, el sistema DEBERÁ renovar el token")
                                .pattern())
                .isEqualTo(EarsPatterns.STATE_DRIVEN);
        assertThat(parse("DONDE haya impresora, el sistema DEBERÁ ofrecer imprimir").pattern())
                .isEqualTo(EarsPatterns.OPTIONAL_FEATURE);
    }

    @Test
    void german_dialect_including_verb_second_order() {
        EarsRequirement r = parse("WENN der Nutzer klickt, DANN muss das System speichern");
        assertThat(r.pattern()).isEqualTo(EarsPatterns.EVENT_DRIVEN);
        assertThat(r.system()).contains("das System");
        assertThat(r.response()).contains("speichern");
        assertThat(kinds(r))
                .containsExactly(ClauseKind.WHEN, ClauseKind.SYSTEM, ClauseKind.RESPONSE);
        assertThat(parse("WENN der Nutzer klickt, DANN das System MUSS speichern").pattern())
                .isEqualTo(EarsPatterns.EVENT_DRIVEN);
        assertThat(
                        parse("FALLS die Verbindung abbricht, DANN soll der Client neu verbinden")
                                .pattern())
                .isEqualTo(EarsPatterns.UNWANTED_BEHAVIOR);
        assertThat(parse("WÄHREND die Sitzung aktiv ist, MUSS das System Daten sichern").pattern())
                .isEqualTo(EarsPatterns.STATE_DRIVEN);
        assertThat(parse("SOFERN ein Drucker vorhanden ist, SOLL das System drucken").pattern())
                .isEqualTo(EarsPatterns.OPTIONAL_FEATURE);
        assertThat(parse("WO ein Drucker vorhanden ist, SOLL das System drucken").pattern())
                .isEqualTo(EarsPatterns.OPTIONAL_FEATURE);
    }

    @Test
    void portuguese_dialect() {
        EarsRequirement r = parse("QUANDO o usuário clica ENTÃO o sistema DEVE salvar o arquivo");
        assertThat(r.pattern()).isEqualTo(EarsPatterns.EVENT_DRIVEN);
        assertThat(r.system()).contains("o sistema");
        assertThat(parse("SE o pagamento falhar, ENTÃO o sistema DEVE avisar").pattern())
                .isEqualTo(EarsPatterns.UNWANTED_BEHAVIOR);
    }

    @Test
    void dialects_can_be_restricted() {
        EarsParser englishOnly = EarsParser.builder().dialects(EarsDialect.ENGLISH).build();
        assertThat(englishOnly.parse("CUANDO x ENTONCES el sistema DEBERÁ y").value().pattern())
                .isEqualTo(EarsPatterns.NOT_EARS);
        assertThat(englishOnly.dialects()).containsExactly(EarsDialect.ENGLISH);
    }

    @Test
    void custom_dialect_is_used_without_touching_the_grammar() {
        EarsDialect italian =
                EarsDialect.builder("it")
                        .keywords(EarsKeyword.WHEN, "quando")
                        .keywords(EarsKeyword.IF, "se")
                        .keywords(EarsKeyword.THEN, "allora")
                        .keywords(EarsKeyword.SHALL, "deve", "dovrà")
                        .keywords(EarsKeyword.ARTICLE, "il", "la")
                        .build();
        EarsParser p = EarsParser.builder().dialects(italian).build();

        EarsRequirement r =
                p.parse("SE il pagamento fallisce, ALLORA il sistema DOVRÀ avvisare").value();

        assertThat(r.pattern()).isEqualTo(EarsPatterns.UNWANTED_BEHAVIOR);
        assertThat(r.system()).contains("il sistema");
        assertThat(r.response()).contains("avvisare");
    }

    @Test
    void multi_word_keywords_match_longest_first() {
        EarsDialect company =
                EarsDialect.builder("acme")
                        .keywords(EarsKeyword.WHEN, "as soon as")
                        .keywords(EarsKeyword.SHALL, "is required to")
                        .keywords(EarsKeyword.ARTICLE, "the")
                        .build();
        EarsParser p = EarsParser.builder().dialects(company).build();

        EarsRequirement r =
                p.parse("As soon as a job fails, the Scheduler is required to retry it").value();

        assertThat(r.pattern()).isEqualTo(EarsPatterns.EVENT_DRIVEN);
        assertThat(r.clauses(ClauseKind.WHEN).get(0).text()).isEqualTo("a job fails");
        assertThat(r.response()).contains("retry it");
    }

    @Test
    void dialect_validation() {
        assertThatThrownBy(() -> EarsDialect.builder("x").build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> EarsDialect.builder(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EarsDialect.builder("x").keywords(EarsKeyword.SHALL, "a,b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EarsDialect.ENGLISH.keywords(EarsKeyword.QUANTIFIER).get(0))
                .isEqualTo("for every");
    }

    @Test
    void clause_spans_are_one_based_and_cover_keyword_and_text() {
        String s = "While armed, when the door opens, the Alarm shall sound.";
        EarsRequirement r = parse(s);

        Clause whileClause = r.clauses().get(0);
        assertThat(whileClause.span()).isEqualTo(SourceSpan.of(1, 1, 0, 1, 12, 11));
        Clause when = r.clauses().get(1);
        assertThat(s.substring(when.span().start().offset(), when.span().end().offset()))
                .isEqualTo("when the door opens");
        Clause system = r.clauses().get(2);
        assertThat(system.span().start().column()).isEqualTo(35);
        Clause response = r.clauses().get(3);
        assertThat(s.substring(response.span().start().offset(), response.span().end().offset()))
                .isEqualTo("shall sound");
        assertThat(r.span()).isEqualTo(SourceSpan.of(1, 1, 0, 1, s.length() + 1, s.length()));
    }

    @Test
    void spans_are_rebased_onto_the_host_document() {
        String s = "WHEN x happens, THE Service SHALL log it";
        SourcePosition origin = new SourcePosition(40, 4, 1200);

        ParseResult<EarsRequirement> result = parser.parse(s, origin);

        Clause when = result.value().clauses().get(0);
        assertThat(when.span().start()).isEqualTo(new SourcePosition(40, 4, 1200));
        assertThat(when.span().end()).isEqualTo(new SourcePosition(40, 18, 1214));
        Clause system = result.value().clauses().get(1);
        assertThat(system.span().start()).isEqualTo(new SourcePosition(40, 20, 1216));
        assertThat(result.value().span().start()).isEqualTo(origin);
    }

    @Test
    void spans_on_later_lines_keep_their_column() {
        String s = "WHEN x happens,\r\n  THE Service SHALL\n log it";
        EarsRequirement r = parser.parse(s, new SourcePosition(10, 5, 100)).value();

        Clause system = r.clauses().get(1);
        assertThat(system.span().start()).isEqualTo(new SourcePosition(11, 3, 119));
        Clause response = r.clauses().get(2);
        assertThat(response.span().end()).isEqualTo(new SourcePosition(12, 8, 100 + s.length()));
    }

    @Test
    void emphasis_markers_are_stripped_but_positions_point_at_the_words() {
        String s = "**WHEN** the user clicks, **THE** **Editor** **SHALL** save";
        EarsRequirement r = parse(s);
        assertThat(r.system()).contains("THE Editor");
        Clause when = r.clauses().get(0);
        assertThat(when.span().start().column()).isEqualTo(3);
        assertThat(s.substring(when.span().start().offset())).startsWith("WHEN");
    }

    @Test
    void surrogate_pairs_count_as_two_columns() {
        String s = "When 🚀 launches, the Rocket shall fly";
        Clause system = parse(s).clauses().get(1);
        assertThat(system.span().start().column()).isEqualTo(s.indexOf("the") + 1);
    }

    @Test
    void weak_modals_keep_the_structure_but_are_not_ears() {
        ParseResult<EarsRequirement> r = parser.parse("When x happens, the system should log it");
        assertThat(r.value().pattern()).isEqualTo(EarsPatterns.NOT_EARS);
        assertThat(r.value().system()).contains("the system");
        assertThat(r.value().response()).contains("log it");
        assertThat(r.diagnostics())
                .filteredOn(d -> d.code().equals("EARS002"))
                .singleElement()
                .satisfies(d -> assertThat(d.column()).isEqualTo(28));
        for (String modal : List.of("may", "might", "could", "will", "must")) {
            assertThat(codes("The system " + modal + " log it")).contains("EARS002");
        }
    }

    @Test
    void non_ears_leads_are_ubiquitous_with_an_info() {
        ParseResult<EarsRequirement> forAll =
                parser.parse("FOR ALL valid carts, THE Checkout SHALL compute a total");
        assertThat(forAll.value().pattern()).isEqualTo(EarsPatterns.UBIQUITOUS);
        assertThat(forAll.value().system()).contains("THE Checkout");
        assertThat(forAll.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("EARS015", Severity.INFO));

        ParseResult<EarsRequirement> each = parser.parse("EACH Order SHALL have an id");
        assertThat(each.value().pattern()).isEqualTo(EarsPatterns.UBIQUITOUS);
        assertThat(each.diagnostics()).extracting(Diagnostic::code).contains("EARS015");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            The users are happy                                                  | EARS001
            The system should log it                                             | EARS002
            When x happens, shall log it                                         | EARS003
            The system shall log it and the cache shall expire                   | EARS004
            If the disk is full, the system shall stop                           | EARS005
            When x happens, while armed, the alarm shall sound                   | EARS006
            When x happens, if y fails, then the alarm shall sound               | EARS007
            When, the alarm shall sound                                          | EARS008
            The alarm shall                                                      | EARS009
            The UI shall show an appropriate message                             | EARS010
            The UI shall be user-friendly                                        | EARS010
            The tool shall export CSV, JSON etc.                                 | EARS010
            The report shall be generated                                        | EARS011
            The app shall save the file and close the window                     | EARS012
            When the page loads, the user shall see the menu                     | EARS013
            It shall work                                                        | EARS013
            The API shall be fast                                                | EARS014
            EACH Order SHALL have an id                                          | EARS015
            The system shall log\u0007 it                                        | EARS018
            """)
    void lint_codes_are_reported(String sentence, String code) {
        String s = sentence.replace("\\u0007", "\u0007");
        assertThat(codes(s)).contains(code);
    }

    @Test
    void then_after_when_is_off_by_default_because_it_is_kiros_own_form() {
        String kiro = "WHEN x happens THEN the system SHALL log it";
        assertThat(codes(kiro)).doesNotContain("EARS019");
        assertThat(EarsParser.create().isEnabled(EarsCode.THEN_AFTER_WHEN)).isFalse();
        EarsParser strict = EarsParser.builder().enable(EarsCode.THEN_AFTER_WHEN).build();
        assertThat(strict.parse(kiro).diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("EARS019");
    }

    @Test
    void lint_does_not_fire_on_clean_sentences() {
        assertThat(
                        codes(
                                "When the user presses Save, the Editor shall store the document within 2 s."))
                .isEmpty();
        assertThat(codes("The report shall be generated by the Scheduler"))
                .doesNotContain("EARS011");
        assertThat(codes("The API shall respond within 200 ms when it is fast"))
                .doesNotContain("EARS014");
    }

    @Test
    void every_diagnostic_has_code_message_fix_and_precise_span() {
        String s = "The UI shall show an appropriate message";
        Diagnostic d = parser.parse(s, new SourcePosition(3, 5, 50)).diagnostics().get(0);
        assertThat(d.code()).isEqualTo("EARS010");
        assertThat(d.message()).contains("appropriate");
        assertThat(d.fix()).isEqualTo(EarsCode.VAGUE_TERM.fix());
        assertThat(d.span().start())
                .isEqualTo(
                        new SourcePosition(
                                3, 5 + s.indexOf("appropriate"), 50 + s.indexOf("appropriate")));
        assertThat(d.span().length()).isEqualTo("appropriate".length());
    }

    @Test
    void lint_is_configurable() {
        EarsParser p =
                EarsParser.builder()
                        .disable(EarsCode.THEN_AFTER_WHEN)
                        .severity(EarsCode.VAGUE_TERM, Severity.ERROR)
                        .addVagueTerms("blazingly")
                        .build();
        assertThat(p.parse("WHEN x THEN the system SHALL log it").diagnostics()).isEmpty();
        ParseResult<EarsRequirement> r = p.parse("The system shall be blazingly good");
        assertThat(r.diagnostics())
                .filteredOn(d -> d.code().equals("EARS010"))
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        assertThat(r.hasErrors()).isTrue();
        assertThat(p.isEnabled(EarsCode.THEN_AFTER_WHEN)).isFalse();
        assertThat(p.severity(EarsCode.VAGUE_TERM)).isEqualTo(Severity.ERROR);

        EarsParser reEnabled =
                EarsParser.builder()
                        .disable(EarsCode.VAGUE_TERM)
                        .enable(EarsCode.VAGUE_TERM)
                        .build();
        assertThat(reEnabled.parse("The UI shall be clear").diagnostics())
                .extracting(Diagnostic::code)
                .contains("EARS010");

        EarsParser noVague = EarsParser.builder().vagueTerms(List.of()).build();
        assertThat(noVague.parse("The UI shall be clear").diagnostics()).isEmpty();
    }

    @Test
    void several_shall_if_without_then_and_order_are_diagnostics_not_exceptions() {
        ParseResult<EarsRequirement> r =
                parser.parse("When x, where y, if z the system shall a and the log shall b");
        assertThat(r.value().pattern()).isEqualTo(EarsPatterns.COMPLEX);
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code)
                .contains("EARS004", "EARS005", "EARS006", "EARS007");
    }

    @Test
    void builder_validates() {
        assertThatThrownBy(() -> EarsParser.builder().maxSentenceLength(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EarsParser.builder().dialects())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parser.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("sentence must not be null");
        assertThatThrownBy(() -> parser.parse("x", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("origin must not be null");
    }

    @Test
    void orElseThrow_raises_with_all_errors() {
        assertThatThrownBy(() -> parser.parse("When, shall").orElseThrow())
                .isInstanceOf(dev.specdriven.source.SpecSyntaxException.class)
                .hasMessageContaining("EARS");
    }
}
