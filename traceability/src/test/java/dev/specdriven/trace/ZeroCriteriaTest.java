package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec or workspace with zero criteria is never "100 % covered" nor COMPLETE. */
class ZeroCriteriaTest {
    @TempDir Path dir;

    /** A spec started from tasks: the requirements are a heading and a note, the tasks done. */
    static final String NOTES_ONLY =
            """
            # Requirements Document

            ## Introduction

            Export the monthly report as CSV. Requirements to be written after the spike.
            """;

    static final String DONE_TASKS =
            """
            # Implementation Plan

            - [x] 1. Spike the CSV export
            - [x] 2. Write the export service
            """;

    @Test
    void percentagesAreAbsentWithoutCriteria() {
        Fixtures.spec(dir, "csv-export", NOTES_ONLY, null, DONE_TASKS);
        TraceGraph g = TraceGraph.of(Fixtures.read(dir));
        CoverageSummary spec = g.coverage().specs().get(0);
        assertThat(spec.criteria()).isZero();
        assertThat(spec.coveredPercent()).isEmpty();
        assertThat(spec.percent(spec.designed())).isEmpty();
        assertThat(spec.percent(spec.verified())).isEmpty();
        assertThat(g.coverage().total().coveredPercent()).isEmpty();
    }

    @Test
    void aSpecWithoutCriteriaIsNotCompleteWhenItsTasksAreDone() {
        Fixtures.spec(dir, "csv-export", NOTES_ONLY, null, DONE_TASKS);
        Lifecycle l = TraceGraph.of(Fixtures.read(dir)).lifecycle("csv-export");
        assertThat(l.doneRequiredTasks()).isEqualTo(l.requiredTasks()).isEqualTo(2);
        assertThat(l.state()).isEqualTo(LifecycleState.EXECUTING);
        assertThat(l.completionPercent()).isEqualTo(100.0);
    }

    @Test
    void aSpecWithCriteriaAndEveryTaskDoneIsComplete() {
        Fixtures.spec(dir, "csv-export", NOTES_ONLY, null, DONE_TASKS);
        Fixtures.spec(
                dir,
                "checkout",
                Fixtures.REQUIREMENTS,
                Fixtures.DESIGN,
                "# Tasks\n\n- [x] 1. Place orders\n  - _Requirements: 1_\n");
        TraceGraph g = TraceGraph.of(Fixtures.read(dir));
        assertThat(g.lifecycle("checkout").state()).isEqualTo(LifecycleState.COMPLETE);
        assertThat(g.lifecycle("csv-export").state()).isEqualTo(LifecycleState.EXECUTING);
        // the workspace total counts the criteria it has: 3 of 5 tasked, 2 of them designed
        CoverageSummary total = g.coverage().total();
        assertThat(total.criteria()).isEqualTo(5);
        assertThat(total.coveredPercent()).hasValue(40.0);
    }
}
