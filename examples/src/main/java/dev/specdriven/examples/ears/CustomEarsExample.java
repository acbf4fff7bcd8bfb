package dev.specdriven.examples.ears;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.ears.EarsRequirement;

/**
 * Parses sentences with the custom timing pattern and the French dialect.
 *
 * <pre>{@code
 * java dev.specdriven.examples.ears.CustomEarsExample "The API shall respond within 200 ms."
 * }</pre>
 */
public final class CustomEarsExample {

    private CustomEarsExample() {}

    /**
     * The parser of this example, configured explicitly.
     *
     * @return a parser with the built-in dialects, French, and the TIMED_RESPONSE pattern
     */
    public static EarsParser parser() {
        // @example:custom-parser:begin
        EarsParser parser =
                EarsParser.builder()
                        .extensions(FrenchDialect.EXTENSION)
                        .addPattern(TimedResponse.DEFINITION)
                        .build();
        // @example:custom-parser:end
        return parser;
    }

    /**
     * A parser that finds {@link TimedResponseProvider} through {@link java.util.ServiceLoader}.
     *
     * @return a parser with the built-in dialects and every discovered pattern provider
     */
    public static EarsParser discoveredParser() {
        // @example:discovered-parser:begin
        // META-INF/services/dev.specdriven.ears.spi.EarsPatternProvider lists the provider
        EarsParser parser = EarsParser.builder().loadExtensions().build();
        // @example:discovered-parser:end
        return parser;
    }

    /**
     * Runs the example.
     *
     * @param args sentences
     */
    public static void main(String[] args) {
        EarsParser parser = parser();
        for (String sentence : args) {
            EarsRequirement r = parser.parse(sentence).value();
            System.out.println(
                    r.pattern() + " system=" + r.systemName().orElse("?") + " | " + sentence);
        }
    }
}
