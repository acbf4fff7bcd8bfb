package dev.specdriven.examples;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs sample test classes through the JUnit Platform test kit. Sample classes carry
 * {@code @EnabledIf("dev.specdriven.examples.TestKit#active")} so that they only run when started
 * from here.
 */
public final class TestKit {
    private TestKit() {}

    static final String PARAMETER = "specdriven.test.testkit";

    /**
     * Whether the current run was started by {@link #jupiter()}.
     *
     * @param context the extension context
     * @return true inside the test kit
     */
    public static boolean active(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).isPresent();
    }

    /**
     * A Jupiter test kit run that enables the sample classes.
     *
     * @return the builder
     */
    public static EngineTestKit.Builder jupiter() {
        return EngineTestKit.engine("junit-jupiter").configurationParameter(PARAMETER, "true");
    }
}
