package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem the spec model sees on its own (a reference to a criterion that does not exist, an id
 * used twice) has one code, one severity and one position, whether {@code check} ({@link
 * SpecChecker}) or {@code trace} ({@link TraceGraph#findings()}) reports it.
 */
class OneProblemOneCodeTest {
    @TempDir Path dir;

    /** A Kiro spec as teams write them, with the slips seen in real specs of the corpus. */
    static final String REQUIREMENTS =
            """
            # Requirements Document

            ## Introduction

            Savings goals ("piggy banks") for the personal finance app.

            ## Requirements

            ### Requirement 1: Create a piggy bank

            **User Story:** As a saver, I want to create a piggy bank, so that I can save for a goal.

            #### Acceptance Criteria

            1. WHEN the user submits a name and a target amount THEN the system SHALL create the piggy bank
            2. IF the target amount is not positive THEN the system SHALL reject the form

            ### Requirement 2: Deposit

            **User Story:** As a saver, I want to deposit money, so that I get closer to my goal.

            #### Acceptance Criteria

            1. WHEN the user deposits an amount THEN the system SHALL add it to the balance
            2. WHEN the balance reaches the target THEN the system SHALL mark the goal as reached

            ### Requirement 2: Deposit

            **User Story:** As a saver, I want to deposit money, so that I get closer to my goal.

            #### Acceptance Criteria

            1. WHEN the user deposits an amount THEN the system SHALL add it to the balance
            """;

    static final String DESIGN =
            """
            # Design Document

            ## Components

            ### PiggyBankService

            Creates piggy banks and records deposits.

            _Requirements: 1.1, 1.2, 3.5_

            ## Correctness Properties

            ### Property 1: Balance grows by the deposit

            For any deposit, the balance grows by its amount.

            **Validates: Requirements 2.1**

            ### Property 1: Goal reached once

            **Validates: Requirements 2.2**
            """;

    static final String TASKS =
            """
            # Implementation Plan

            - [x] 1. Create the piggy bank model
              - _Requirements: 1.1, 1.2_

            - [ ] 2. Deposits
              - _Requirements: 2.1, 8.1, 8.2_
              - _Properties: 1, 7_

            - [ ] 3. Goal reached
              - Depends on: 2, 9
              - _Requirements: 2.2_

            - [ ] 3. Write the user guide
            """;

    private Workspace workspace() {
        Fixtures.spec(dir, "piggybanks", REQUIREMENTS, DESIGN, TASKS);
        return Fixtures.read(dir);
    }

    private static String key(Diagnostic d) {
        return d.code()
                + " "
                + d.severity()
                + " "
                + d.file().orElse("")
                + ":"
                + d.line()
                + ":"
                + d.column();
    }

    @Test
    void checkAndTraceReportDanglingReferencesAndDuplicatesWithOneCodeAtOnePosition() {
        Workspace ws = workspace();
        Set<String> shared = Set.of("SPEC006", "SPEC012", "SPEC016", "SPEC017", "SPEC021");
        Set<String> fromCheck = new TreeSet<>();
        for (Diagnostic d : SpecChecker.create().check(ws)) {
            if (shared.contains(d.code())) {
                fromCheck.add(key(d));
            }
        }
        TraceGraph g = TraceGraph.of(ws);
        Set<String> fromTrace = new TreeSet<>();
        for (Finding f : g.findings()) {
            if (shared.contains(f.code())) {
                fromTrace.add(key(f.diagnostic()));
            }
        }
        String tasks = ".kiro/specs/piggybanks/tasks.md";
        String design = ".kiro/specs/piggybanks/design.md";
        assertThat(fromCheck)
                .containsExactlyInAnyOrder(
                        "SPEC006 ERROR .kiro/specs/piggybanks/requirements.md:27:1",
                        "SPEC016 ERROR " + design + ":9:26",
                        "SPEC021 ERROR " + design + ":19:1",
                        "SPEC016 ERROR " + tasks + ":7:25",
                        "SPEC016 ERROR " + tasks + ":7:30",
                        "SPEC017 ERROR " + tasks + ":8:21",
                        "SPEC012 ERROR " + tasks + ":14:1");
        assertThat(fromTrace).isEqualTo(fromCheck);
        // the codes they replace are gone; the dependency on a missing task keeps a graph code
        assertThat(g.findings()).noneMatch(f -> f.code().equals("TRACE003"));
        assertThat(g.findings()).noneMatch(f -> f.code().equals("TRACE006"));
        assertThat(g.findings(TraceCode.DANGLING_DEPENDENCY))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.diagnostic().severity()).isEqualTo(Severity.ERROR);
                            assertThat(f.diagnostic().message())
                                    .isEqualTo(
                                            "task 3 depends on task 9, which does not exist in"
                                                    + " spec piggybanks");
                            assertThat(f.diagnostic().line()).isEqualTo(11);
                        });
        assertThat(g.danglingReferences())
                .extracting(Finding::code)
                .containsExactlyInAnyOrder("SPEC016", "SPEC016", "SPEC016", "SPEC017", "TRACE015");
        assertThat(g.duplicateIds())
                .extracting(Finding::code)
                .containsExactlyInAnyOrder("SPEC006", "SPEC012", "SPEC021");
        assertThat(TraceCode.retired()).containsKeys("TRACE003", "TRACE006");
        assertThat(TraceCode.of("TRACE003")).isEmpty();
    }

    @Test
    void findingsOfADuplicateElementNameItAsWrittenAndPointAtIt() {
        TraceGraph g = TraceGraph.of(workspace());
        assertThat(g.duplicateIds())
                .filteredOn(f -> f.code().equals("SPEC012"))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.nodes()).containsExactly(NodeId.task("piggybanks", "3~2"));
                            assertThat(f.diagnostic().message())
                                    .isEqualTo("task 3 is numbered again (first at line 10)");
                        });
        // the user guide task traces to nothing: the message says "task 3", never "task 3~2"
        assertThat(g.orphanTasks())
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.diagnostic().message())
                                    .isEqualTo("task 3 traces to no requirement");
                            assertThat(f.diagnostic().line()).isEqualTo(14);
                        });
        assertThat(g.findings())
                .allSatisfy(f -> assertThat(f.diagnostic().message()).doesNotContain("~"));
        assertThat(NodeId.criterion("s", "2~2.1").written()).isEqualTo("2.1");
        assertThat(NodeId.task("s", "8~12").written()).isEqualTo("8");
        assertThat(NodeId.task("s", "8").written()).isEqualTo("8");
        assertThat(NodeId.test("a.B#c~2").written()).isEqualTo("a.B#c~2");
    }

    @Test
    void aReferenceIntoASpecWithoutRequirementsIsNotDangling() {
        // the missing requirements.md is reported (SPEC001); its references are not, by either
        Fixtures.spec(
                dir, "draft", null, null, "# Tasks\n\n- [ ] 1. Start\n  - _Requirements: 1.1_\n");
        Workspace ws = Fixtures.read(dir);
        assertThat(SpecChecker.create().check(ws)).noneMatch(d -> d.code().equals("SPEC016"));
        assertThat(TraceGraph.of(ws).danglingReferences()).isEmpty();
    }

    @Test
    void anEmptyDesignIsOneFindingForTheSpecNotOnePerCriterion() {
        Fixtures.spec(dir, "piggybanks", REQUIREMENTS, "\n\n", null);
        TraceGraph g = TraceGraph.of(Fixtures.read(dir));
        List<Finding> notDesigned = g.findings(TraceCode.NOT_DESIGNED);
        assertThat(notDesigned)
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.diagnostic().file())
                                    .contains(".kiro/specs/piggybanks/design.md");
                            assertThat(f.diagnostic().line()).isEqualTo(1);
                            assertThat(f.diagnostic().message())
                                    .isEqualTo(
                                            "design.md of spec piggybanks is empty: none of its 5"
                                                    + " criteria are validated by the design");
                            assertThat(f.nodes()).containsExactly(NodeId.spec("piggybanks"));
                        });
        // a design with text still reports each criterion it leaves out
        Fixtures.spec(dir, "piggybanks", REQUIREMENTS, "# Design\n\nTo do.\n", null);
        assertThat(TraceGraph.of(Fixtures.read(dir)).findings(TraceCode.NOT_DESIGNED)).hasSize(5);
    }
}
