package dev.specdriven.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @Verifies} writes its evidence file on the oldest supported JUnit (5.10) and on 5.12, the
 * version Spring Boot 3.5 manages (JUnit closes {@link AutoCloseable} store values only from 5.13
 * on). Each version runs in a forked JVM whose class path holds that version's JUnit Platform
 * console launcher (resolved by Maven into {@code target/old-junit}), this module's classes and
 * Jackson, and no other JUnit.
 */
class VerifiesOnOldJUnitTest {

    private static final String FIXTURE =
            "dev.specdriven.assertj.oldjunit.VerifiesFixtureForOldJUnit";

    @TempDir Path dir;

    @ParameterizedTest(name = "JUnit Platform {0}")
    @ValueSource(strings = {"1.10.5", "1.12.2"})
    void writesEvidenceOnOldJUnit(String platform) throws Exception {
        String jars = System.getProperty("specdriven.oldJunitDir");
        Assumptions.assumeTrue(
                jars != null,
                "run by Maven (specdriven.oldJunitDir names the old JUnit jars); skipped in an IDE");
        Path console = Path.of(jars, "junit-platform-console-standalone-" + platform + ".jar");
        assertThat(console).as("resolved by the maven-dependency-plugin").exists();
        List<String> classPath = new ArrayList<>();
        classPath.add(console.toString());
        classPath.add(Path.of("target/classes").toAbsolutePath().toString());
        classPath.add(Path.of("target/test-classes").toAbsolutePath().toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith("jackson-")) {
                classPath.add(entry);
            }
        }
        Path evidence = dir.resolve("evidence.json");
        Path marker = dir.resolve("junit-jar.txt");
        List<String> cmd =
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dfixture.junit.marker=" + marker,
                        "-cp",
                        String.join(File.pathSeparator, classPath),
                        "org.junit.platform.console.ConsoleLauncher",
                        "execute",
                        "--disable-banner",
                        "--details=none",
                        "--select-class=" + FIXTURE,
                        "--config=" + VerifiesExtension.EVIDENCE_FILE_PARAMETER + "=" + evidence);
        Process p =
                new ProcessBuilder(cmd)
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("console.txt").toFile())
                        .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the forked JUnit run ends").isTrue();
        String output = Files.readString(dir.resolve("console.txt"), StandardCharsets.UTF_8);
        // one test fails on purpose: the launcher exits 1
        assertThat(p.exitValue()).as(output).isEqualTo(1);
        assertThat(Files.readString(marker, StandardCharsets.UTF_8))
                .as("the fixture ran on the old JUnit")
                .contains("junit-platform-console-standalone-" + platform + ".jar");
        assertThat(evidence).as("evidence written under JUnit Platform " + platform).exists();
        JsonNode results = new ObjectMapper().readTree(evidence.toFile()).get("results");
        List<String> lines = new ArrayList<>();
        results.forEach(
                r ->
                        lines.add(
                                r.get("test").asText()
                                        + " "
                                        + r.get("criteria")
                                        + " "
                                        + r.get("status").asText()));
        assertThat(lines)
                .containsExactly(
                        FIXTURE + "#fails [\"shop:1.2\"] FAILED",
                        FIXTURE + "#passes [\"shop:1.1\"] PASSED",
                        FIXTURE + "$WhenNested#passesToo [\"shop:2.1\"] PASSED");
    }
}
