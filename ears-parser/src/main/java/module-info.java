/** EARS requirement parser: sentences to a typed model, pattern classification and lint. */
module dev.specdriven.ears {
    requires static org.jspecify;
    requires transitive dev.specdriven.source;
    requires org.antlr.antlr4.runtime;

    exports dev.specdriven.ears;
    exports dev.specdriven.ears.spi;

    uses dev.specdriven.ears.spi.EarsPatternProvider;
}
