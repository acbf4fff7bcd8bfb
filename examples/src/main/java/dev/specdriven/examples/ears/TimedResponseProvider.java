package dev.specdriven.examples.ears;

import dev.specdriven.ears.PatternDefinition;
import dev.specdriven.ears.spi.EarsPatternProvider;
import java.util.List;

/**
 * Makes {@link TimedResponse} discoverable: listed in {@code
 * META-INF/services/dev.specdriven.ears.spi.EarsPatternProvider}, it is picked up by {@code
 * EarsParser.builder().loadExtensions()}.
 */
public final class TimedResponseProvider implements EarsPatternProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this constructor. */
    public TimedResponseProvider() {}

    @Override
    public List<PatternDefinition> patterns() {
        return List.of(TimedResponse.DEFINITION);
    }
}
