package dev.specdriven.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.Ids;
import dev.specdriven.spec.Spec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: the mapping's sets were {@code Set.copyOf} copies, whose iteration order changes from
 * one JVM run to the next, so {@code FLOW022} messages listed the same inferred criteria in a
 * different order on each run ({@code (inferred: 5.3, 5.1, 5.5)}, then {@code 5.5, 5.3, 5.1}).
 */
class TaskMappingTest {

    private static final List<String> IDS =
            List.of("1.1", "1.2", "2.1", "2.9", "2.10", "3.4", "8.1", "8.5", "10.1", "FR-2.1");

    @Test
    void setsIterateInIdOrderWhateverTheInsertionOrder() {
        for (long seed = 1; seed <= 50; seed++) {
            List<String> shuffled = new ArrayList<>(IDS);
            Collections.shuffle(shuffled, new Random(seed));
            Set<String> in = new LinkedHashSet<>(shuffled);
            TaskMapping m = new TaskMapping("1", in, in, Set.of("b-x", "a-y", "c"), in);
            assertThat(m.explicitCriteria()).as("seed %d", seed).containsExactlyElementsOf(IDS);
            assertThat(m.inferredCriteria()).as("seed %d", seed).containsExactlyElementsOf(IDS);
            assertThat(m.designSections()).as("seed %d", seed).containsExactly("a-y", "b-x", "c");
            assertThat(m.inferredSections())
                    .as("seed %d", seed)
                    .containsExactlyElementsOf(
                            shuffled.stream().sorted().toList()); // anchors: by text
        }
    }

    @Test
    void idsThatCompareEqualNaturallyAreBothKept() {
        assertThat(Ids.compare("2.01", "2.1")).isZero();
        TaskMapping m = new TaskMapping("1", Set.of("2.1", "2.01"), Set.of(), Set.of(), Set.of());
        assertThat(m.explicitCriteria()).containsExactly("2.01", "2.1");
    }

    @Test
    void inferredListsInGateMessagesAreInIdOrder(@TempDir Path root) {
        Fixtures.write(root, Fixtures.REQUIREMENTS, Fixtures.DESIGN, Fixtures.TASKS);
        Spec spec = Fixtures.spec(root);
        Pattern list = Pattern.compile("\\(inferred: ([^)]*)\\)");
        int lists = 0;
        int longest = 0;
        for (Diagnostic d : SpecWorkflow.create().taskQuality().check(spec)) {
            Matcher m = list.matcher(d.message());
            if (m.find()) {
                List<String> ids = Arrays.asList(m.group(1).split(", "));
                assertThat(ids)
                        .as(d.message())
                        .isSortedAccordingTo(Ids.NATURAL_ORDER)
                        .doesNotHaveDuplicates();
                lists++;
                longest = Math.max(longest, ids.size());
            }
        }
        assertThat(lists).isPositive();
        assertThat(longest).as("a list with more than one id").isGreaterThan(1);
    }
}
