package dev.specdriven.examples.ears;

import dev.specdriven.ears.EarsDialect;
import dev.specdriven.ears.EarsKeyword;
import dev.specdriven.ears.spi.EarsExtension;

/**
 * A custom dialect: EARS in French ({@code QUAND le client paie, ALORS le Service_Commande DOIT
 * envoyer un reçu}), added to a parser through an {@link EarsExtension}.
 */
public final class FrenchDialect {

    private FrenchDialect() {}

    // @example:custom-dialect:begin
    /** French keywords; the parser matches them case-insensitively, longest phrase first. */
    public static final EarsDialect FRENCH =
            EarsDialect.builder("fr")
                    .keywords(EarsKeyword.WHERE, "là où", "si l'option")
                    .keywords(EarsKeyword.WHILE, "pendant que", "tant que")
                    .keywords(EarsKeyword.WHEN, "quand", "lorsque", "dès que")
                    .keywords(EarsKeyword.IF, "si")
                    .keywords(EarsKeyword.THEN, "alors")
                    .keywords(EarsKeyword.SHALL, "doit", "devra")
                    .keywords(EarsKeyword.WEAK_MODAL, "devrait", "peut", "pourra")
                    .keywords(EarsKeyword.ARTICLE, "le", "la", "les", "un", "une")
                    .keywords(EarsKeyword.QUANTIFIER, "pour tout", "pour chaque", "chaque")
                    .build();

    /** An extension bundling the dialect (add vague terms, severities... the same way). */
    public static final EarsExtension EXTENSION =
            builder -> builder.addDialect(FRENCH).addVagueTerms("convivial", "approprié");

    // @example:custom-dialect:end
}
