package dev.specdriven.ears.spi;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.ears.PatternDefinition;
import java.util.List;

/**
 * An extension discovered with {@link java.util.ServiceLoader} by {@link
 * EarsParser.Builder#loadExtensions()}. Register an implementation (public, with a public no-arg
 * constructor) both in {@code module-info.java} ({@code provides
 * dev.specdriven.ears.spi.EarsPatternProvider with ...}) and in {@code
 * META-INF/services/dev.specdriven.ears.spi.EarsPatternProvider}.
 *
 * <pre>{@code
 * public final class TimedPatternProvider implements EarsPatternProvider {
 *     public List<PatternDefinition> patterns() {
 *         return List.of(new PatternDefinition(
 *                 new EarsPattern("TIMED_RESPONSE", "… shall … within <duration>"),
 *                 PatternRegistry.PRIORITY_CUSTOM,
 *                 s -> s.response().orElse("").matches("(?i).*\\bwithin \\d+.*")));
 *     }
 * }
 * }</pre>
 *
 * <p>By default {@link #extend(EarsParser.Builder)} adds {@link #patterns()}; override it to add
 * dialects or vague terms too.
 */
public interface EarsPatternProvider extends EarsExtension {

    /**
     * The patterns this provider contributes.
     *
     * @return the definitions
     */
    List<PatternDefinition> patterns();

    @Override
    default void extend(EarsParser.Builder builder) {
        for (PatternDefinition d : patterns()) {
            builder.addPattern(d);
        }
    }
}
