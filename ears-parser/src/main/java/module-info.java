/** EARS requirement parser and the shared source/diagnostic types. */
module dev.specdriven.ears {
    requires static org.jspecify;
    requires org.antlr.antlr4.runtime;

    exports dev.specdriven.source;
    exports dev.specdriven.ears;
    exports dev.specdriven.ears.spi;

    uses dev.specdriven.ears.spi.EarsPatternProvider;
}
