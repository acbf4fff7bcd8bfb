package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/traceability.md lists every trace code with its name and severity, and no other. */
class TraceCodeDocsTest {

    @Test
    void codeTableMatchesTheEnum() throws Exception {
        Path doc =
                Path.of(System.getProperty("user.dir"))
                        .resolve("../docs/traceability.md")
                        .normalize();
        assertThat(doc).exists();
        Set<String> documented = new HashSet<>();
        for (String line : Files.readAllLines(doc)) {
            if (line.startsWith("| `TRACE")) {
                String[] cells = line.split("\\|");
                String code = cells[1].strip().replace("`", "");
                String name = cells[2].strip().replace("`", "");
                String severity = cells[3].strip();
                TraceCode c =
                        TraceCode.of(code).orElseThrow(() -> new AssertionError("unknown " + code));
                assertThat(name).as(code).isEqualTo(c.name());
                assertThat(severity).as(code).isEqualToIgnoringCase(c.defaultSeverity().name());
                documented.add(code);
            }
        }
        Set<String> all = new HashSet<>();
        for (TraceCode c : TraceCode.values()) {
            all.add(c.code());
            assertThat(c.fix()).as(c.code()).isNotBlank();
            assertThat(c.title()).as(c.code()).isNotBlank();
        }
        assertThat(documented).isEqualTo(all);
    }
}
