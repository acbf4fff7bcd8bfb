package dev.specdriven.assertj.oldjunit;

import static org.junit.jupiter.api.Assertions.fail;

import dev.specdriven.assertj.Verifies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Run by {@code VerifiesOnOldJUnitTest} in a forked JVM whose class path holds an old JUnit (its
 * name keeps Surefire from running it in the normal test run). It records which JUnit jar it ran
 * on, so the test can prove the old version really ran.
 */
class VerifiesFixtureForOldJUnit {

    @BeforeEach
    void onlyInTheForkedRun() {
        Assumptions.assumeTrue(
                System.getProperty("fixture.junit.marker") != null,
                "a fixture of VerifiesOnOldJUnitTest, run in its forked JVM");
    }

    @Test
    @Verifies("shop:1.1")
    void passes() throws IOException {
        String marker = System.getProperty("fixture.junit.marker");
        if (marker != null) {
            Files.writeString(
                    Path.of(marker),
                    Test.class.getProtectionDomain().getCodeSource().getLocation().toString(),
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    @Verifies("shop:1.2")
    void fails() {
        fail("a failing test is evidence too");
    }

    @Nested
    class WhenNested {
        @Test
        @Verifies("shop:2.1")
        void passesToo() {}
    }
}
