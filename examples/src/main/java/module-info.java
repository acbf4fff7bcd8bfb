/**
 * Programs that embed and extend specdriven: a custom generation backend ({@code
 * dev.specdriven.examples.gen}) and the embedding, EARS extension, trace and CI gate examples.
 */
module dev.specdriven.examples {
    requires static org.jspecify;
    requires dev.specdriven.generate; // transitive: spec model and EARS parser
    requires dev.specdriven.trace; // transitive: jgrapht-core
    requires dev.specdriven.generate.langchain4j; // transitive: langchain4j.core
    requires langchain4j.open.ai;

    exports dev.specdriven.examples.gen;

    provides dev.specdriven.ears.spi.EarsPatternProvider with
            dev.specdriven.examples.ears.TimedResponseProvider;
    provides dev.specdriven.generate.spi.ModelBackend with
            dev.specdriven.examples.gen.ComponentTemplateBackend;
}
