/** Programs that embed and extend specdriven: a custom generation backend. */
module dev.specdriven.examples {
    requires static org.jspecify;
    requires dev.specdriven.generate;

    exports dev.specdriven.examples.gen;

    provides dev.specdriven.generate.spi.ModelBackend with
            dev.specdriven.examples.gen.ComponentTemplateBackend;
}
