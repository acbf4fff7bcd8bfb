package dev.specdriven.ears;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentence shapes that used to be misread (issue 15): a modal closed by punctuation, a negation
 * alone, verb-final word order, conditions chained without commas, and the articles of a custom
 * dialect.
 */
class SentenceShapeTest {

    private final EarsParser parser = EarsParser.create();

    private List<String> codes(String sentence) {
        return parser.parse(sentence).diagnostics().stream().map(Diagnostic::code).toList();
    }

    private List<String> clauses(String sentence) {
        return parser.parse(sentence).value().clauses().stream()
                .map(c -> c.kind() + "=" + c.text())
                .toList();
    }

    @Test
    void a_modal_with_a_full_stop_and_nothing_else_is_a_missing_response() {
        assertThat(codes("The Sync_Service shall.")).containsExactly("EARS009");
        assertThat(codes("WHEN the upload starts THEN the Sync_Service SHALL."))
                .contains("EARS009");
        assertThat(parser.parse("The Sync_Service shall.").value().isEars()).isFalse();
    }

    @Test
    void a_negation_alone_is_a_missing_response() {
        var r = parser.parse("The Sync_Service shall not.");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("EARS009");
        assertThat(r.diagnostics().get(0).message()).contains("'not'");
        assertThat(r.value().isEars()).isFalse();
        assertThat(codes("The Sync_Service shall never")).containsExactly("EARS009");
        assertThat(codes("The Sync_Service shall not delete files.")).isEmpty();
    }

    @Test
    void a_modal_announcing_a_list_is_not_a_missing_response() {
        assertThat(codes("WHEN a file is uploaded THEN the system SHALL:"))
                .doesNotContain("EARS009", "EARS001");
    }

    @Test
    void verb_final_sentences_have_their_response_before_the_modal() {
        var r = parser.parse("WHEN ユーザーが保存ボタンを押す THEN システムは データを保存する SHALL");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.value().pattern()).isEqualTo(EarsPatterns.EVENT_DRIVEN);
        assertThat(r.value().system()).hasValue("システム");
        assertThat(r.value().response()).hasValue("データを保存する");

        var free = parser.parse("THE Chat Agent は 応答メッセージを返す SHALL。");
        assertThat(free.diagnostics()).isEmpty();
        assertThat(free.value().pattern()).isEqualTo(EarsPatterns.UBIQUITOUS);
        assertThat(free.value().systemName()).hasValue("Chat Agent");
        assertThat(free.value().response()).hasValue("応答メッセージを返す");

        var noParticle = parser.parse("IF 保存に失敗する THEN THE Sync_Service エラーを表示する SHALL");
        assertThat(noParticle.value().pattern()).isEqualTo(EarsPatterns.UNWANTED_BEHAVIOR);
        assertThat(noParticle.value().system()).hasValue("THE Sync_Service");
        assertThat(noParticle.value().response()).hasValue("エラーを表示する");
    }

    @Test
    void an_english_sentence_ending_with_shall_keeps_its_system() {
        var r = parser.parse("The Order Service shall");
        assertThat(r.value().system()).hasValue("The Order Service");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("EARS009");
    }

    @Test
    void conditions_chained_without_commas_are_one_clause_each() {
        String s =
                "WHILE on battery power WHEN the upload starts THEN the Sync_Service SHALL pause it";
        var r = parser.parse(s);
        assertThat(r.value().pattern()).isEqualTo(EarsPatterns.COMPLEX);
        assertThat(clauses(s))
                .containsExactly(
                        "WHILE=on battery power",
                        "WHEN=the upload starts",
                        "SYSTEM=the Sync_Service",
                        "RESPONSE=pause it");

        String all =
                "WHERE sync is on WHEN a file changes IF the disk is full THEN the Sync_Service SHALL stop";
        assertThat(parser.parse(all).value().pattern()).isEqualTo(EarsPatterns.COMPLEX);
        assertThat(clauses(all))
                .containsExactly(
                        "WHERE=sync is on",
                        "WHEN=a file changes",
                        "IF=the disk is full",
                        "SYSTEM=the Sync_Service",
                        "RESPONSE=stop");
        assertThat(codes(all)).contains("EARS007").doesNotContain("EARS005", "EARS006");
    }

    @Test
    void a_lower_case_keyword_inside_a_clause_stays_text() {
        assertThat(clauses("WHEN the user logs in when offline THEN the App SHALL queue it"))
                .containsExactly(
                        "WHEN=the user logs in when offline",
                        "SYSTEM=the App",
                        "RESPONSE=queue it");
    }

    @Test
    void custom_dialect_articles_are_stripped_from_the_system_name() {
        EarsDialect french =
                EarsDialect.builder("fr")
                        .keywords(EarsKeyword.WHEN, "quand", "lorsque")
                        .keywords(EarsKeyword.SHALL, "doit")
                        .keywords(EarsKeyword.ARTICLE, "le", "la", "les")
                        .build();
        EarsParser p = EarsParser.builder().addDialect(french).build();
        var r = p.parse("Quand le panier est validé, le Checkout_Service doit créer la commande");
        assertThat(r.value().system()).hasValue("le Checkout_Service");
        assertThat(r.value().systemName()).hasValue("Checkout_Service");
        assertThat(parser.parse("The Checkout_Service shall create it").value().systemName())
                .hasValue("Checkout_Service");
    }
}
