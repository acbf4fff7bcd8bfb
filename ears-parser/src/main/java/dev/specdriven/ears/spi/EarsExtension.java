package dev.specdriven.ears.spi;

import dev.specdriven.ears.EarsParser;

/**
 * Configures an {@link EarsParser.Builder}: adds dialects, patterns, vague terms, lint settings.
 * Pass extensions explicitly with {@link EarsParser.Builder#extensions(EarsExtension...)}.
 *
 * <pre>{@code
 * EarsExtension acme = builder -> builder
 *         .addDialect(EarsDialect.builder("acme")
 *                 .keywords(EarsKeyword.SHALL, "must")
 *                 .build())
 *         .addVagueTerms("synergy");
 * EarsParser parser = EarsParser.builder().extensions(acme).build();
 * }</pre>
 */
@FunctionalInterface
public interface EarsExtension {

    /**
     * Applies this extension.
     *
     * @param builder the builder to configure
     */
    void extend(EarsParser.Builder builder);
}
