package dev.specdriven.assertj;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs sample test classes through the JUnit Platform test kit. Sample classes carry
 * {@code @EnabledIf("dev.specdriven.assertj.TestKit#active")} so that they (some fail on purpose)
 * only run when started from here, even if a Surefire filter selects nested classes.
 */
final class TestKit {
    private TestKit() {}

    static final String PARAMETER = "specdriven.test.testkit";

    static boolean active(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).isPresent();
    }

    static EngineTestKit.Builder jupiter() {
        return EngineTestKit.engine("junit-jupiter").configurationParameter(PARAMETER, "true");
    }
}
