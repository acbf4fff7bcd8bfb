package dev.specdriven.ears;

import dev.specdriven.ears.spi.EarsPatternProvider;
import java.util.List;

/** Registered in META-INF/services of the test resources. */
public final class TestTimedPatternProvider implements EarsPatternProvider {
    static final EarsPattern TIMED = new EarsPattern("TEST_TIMED", "… shall … within <n> seconds");

    @Override
    public List<PatternDefinition> patterns() {
        return List.of(
                new PatternDefinition(
                        TIMED,
                        PatternRegistry.PRIORITY_CUSTOM,
                        s -> s.response().orElse("").matches(".*\\bwithin \\d+ seconds\\b.*")));
    }
}
