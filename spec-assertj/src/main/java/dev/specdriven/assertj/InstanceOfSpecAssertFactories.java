package dev.specdriven.assertj;

import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.TraceGraph;
import org.assertj.core.api.InstanceOfAssertFactory;

/**
 * {@link InstanceOfAssertFactory} constants to continue a chain with a specdriven assertion after
 * {@code extracting(..)}, {@code asInstanceOf(..)} or {@code first(..)}.
 *
 * <pre>{@code
 * assertThat(workspace.specs()).first(SPEC).hasNoErrors();
 * assertThat(workspace).extracting(w -> w.spec("checkout").orElseThrow(), SPEC)
 *         .hasCriterion("2.3").isEventDriven();
 * }</pre>
 */
public final class InstanceOfSpecAssertFactories {

    private InstanceOfSpecAssertFactories() {}

    /** For {@link EarsRequirement}. */
    public static final InstanceOfAssertFactory<EarsRequirement, EarsRequirementAssert>
            EARS_REQUIREMENT =
                    new InstanceOfAssertFactory<>(
                            EarsRequirement.class, SpecAssertions::assertThat);

    /** For {@link AcceptanceCriterion}. */
    public static final InstanceOfAssertFactory<AcceptanceCriterion, AcceptanceCriterionAssert>
            ACCEPTANCE_CRITERION =
                    new InstanceOfAssertFactory<>(
                            AcceptanceCriterion.class, SpecAssertions::assertThat);

    /** For {@link Spec}. */
    public static final InstanceOfAssertFactory<Spec, SpecAssert> SPEC =
            new InstanceOfAssertFactory<>(Spec.class, SpecAssertions::assertThat);

    /** For {@link Workspace}. */
    public static final InstanceOfAssertFactory<Workspace, WorkspaceAssert> WORKSPACE =
            new InstanceOfAssertFactory<>(Workspace.class, SpecAssertions::assertThat);

    /** For {@link TasksDocument}. */
    public static final InstanceOfAssertFactory<TasksDocument, TasksDocumentAssert> TASKS_DOCUMENT =
            new InstanceOfAssertFactory<>(TasksDocument.class, SpecAssertions::assertThat);

    /** For {@link Task}. */
    public static final InstanceOfAssertFactory<Task, TaskAssert> TASK =
            new InstanceOfAssertFactory<>(Task.class, SpecAssertions::assertThat);

    /** For {@link TraceGraph}. */
    public static final InstanceOfAssertFactory<TraceGraph, TraceGraphAssert> TRACE_GRAPH =
            new InstanceOfAssertFactory<>(TraceGraph.class, SpecAssertions::assertThat);
}
