/**
 * Test-side API of specdriven: AssertJ assertions ({@link dev.specdriven.assertj.SpecAssertions})
 * and the JUnit Jupiter {@code @Verifies} extension that writes traceability evidence.
 */
module dev.specdriven.assertj {
    requires static org.jspecify;
    requires transitive dev.specdriven.trace;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;
    requires com.fasterxml.jackson.databind;

    exports dev.specdriven.assertj;
    exports dev.specdriven.assertj.error;

    provides org.junit.jupiter.api.extension.Extension with
            dev.specdriven.assertj.VerifiesExtension;
}
