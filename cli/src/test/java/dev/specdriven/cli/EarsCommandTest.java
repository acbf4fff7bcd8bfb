package dev.specdriven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarsCommandTest {

    @TempDir Path dir;

    private List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            nodes.add(Json.MAPPER.readTree(line));
        }
        return nodes;
    }

    @Test
    void json_has_one_object_per_input_line_in_order_with_the_documented_fields()
            throws IOException {
        Path file = dir.resolve("s.txt");
        Files.writeString(
                file,
                "When the user saves, the Order_Service shall store the order.\r\n"
                        + "\r\n"
                        + "The system should be fast",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("ears", "--format", "json", file.toString());

        List<JsonNode> lines = jsonLines(run.out());
        assertThat(lines).hasSize(3);
        JsonNode first = lines.get(0);
        assertThat(first.get("text").asText())
                .isEqualTo("When the user saves, the Order_Service shall store the order.");
        assertThat(first.get("pattern").asText()).isEqualTo("EVENT_DRIVEN");
        assertThat(first.get("system").asText()).isEqualTo("the Order_Service");
        assertThat(first.get("response").asText()).isEqualTo("store the order");
        JsonNode when = first.get("clauses").get(0);
        assertThat(when.get("kind").asText()).isEqualTo("WHEN");
        assertThat(when.get("start").get("line").asInt()).isEqualTo(1);
        assertThat(when.get("start").get("column").asInt()).isEqualTo(1);
        assertThat(when.get("start").get("offset").asInt()).isZero();
        assertThat(lines.get(1).get("pattern").asText()).isEqualTo("NOT_EARS");
        assertThat(lines.get(1).get("text").asText()).isEmpty();
        JsonNode third = lines.get(2);
        assertThat(third.get("pattern").asText()).isEqualTo("NOT_EARS");
        // the third sentence starts after "...order.\r\n\r\n": offsets count both CRLFs
        JsonNode diag = third.get("diagnostics").get(0);
        assertThat(diag.get("line").asInt()).isEqualTo(3);
        assertThat(third.get("diagnostics").findValuesAsText("code")).contains("EARS002");
    }

    @Test
    void clause_positions_are_in_file_coordinates_on_later_lines() throws IOException {
        Path file = dir.resolve("s.txt");
        Files.writeString(
                file, "prose\nWhile idle, the Pump shall stop.\n", StandardCharsets.UTF_8);

        JsonNode second =
                jsonLines(CliRun.of("ears", "--format", "json", file.toString()).out()).get(1);

        JsonNode system = second.get("clauses").get(1);
        assertThat(system.get("kind").asText()).isEqualTo("SYSTEM");
        assertThat(system.get("start").get("line").asInt()).isEqualTo(2);
        assertThat(system.get("start").get("offset").asInt())
                .isEqualTo("prose\n".length() + "While idle, ".length());
    }

    @Test
    void exit_code_is_1_with_errors_0_without_and_2_for_usage_errors() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "The Pump shall stop within 2 s.\n", StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "just prose\n", StandardCharsets.UTF_8);

        assertThat(CliRun.of("ears", good.toString()).exitCode()).isZero();
        Path blank = dir.resolve("blank.txt");
        Files.writeString(blank, "The Pump shall stop.\n\n  \nThe Valve shall close.\n");
        assertThat(CliRun.of("ears", blank.toString()).exitCode())
                .as("blank separator lines are INFO, not errors")
                .isZero();
        assertThat(CliRun.of("ears", bad.toString()).exitCode()).isEqualTo(1);
        assertThat(CliRun.of("ears", "--format", "xml", good.toString()).exitCode()).isEqualTo(2);
        CliRun missing = CliRun.of("ears", dir.resolve("nope.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read").doesNotContain("Exception");
    }

    @Test
    void text_format_names_pattern_and_clauses() throws IOException {
        Path file = dir.resolve("s.txt");
        Files.writeString(file, "IF the disk is full, THEN THE Logger SHALL drop debug lines");

        CliRun run = CliRun.of("ears", file.toString());

        assertThat(run.out())
                .startsWith("1: UNWANTED_BEHAVIOR")
                .contains("[IF: the disk is full]")
                .contains("[RESPONSE: drop debug lines]");
    }
}
