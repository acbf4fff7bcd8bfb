package dev.specdriven.assertj;

import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.ParseResult;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.TraceGraph;

/**
 * Entry point of the specdriven assertions: {@code assertThat(..)} for the assertion style, {@code
 * then(..)} for the BDD style. Import it statically next to (or instead of) AssertJ's {@code
 * Assertions}; the overloads here are more specific, so both can be imported at once.
 *
 * <pre>{@code
 * import static dev.specdriven.assertj.SpecAssertions.assertThat;
 *
 * Workspace ws = SpecParser.create().read(Path.of("."));
 * assertThat(ws).hasNoErrors();
 * assertThat(ws).hasSpec("order-checkout").hasNoDiagnostic("SPEC016");
 * assertThat(EarsParser.create().parse("When paid, the Order_Service shall send a receipt."))
 *         .hasNoErrors();
 * assertThat(requirement).isEventDriven().hasSystem("Order_Service");
 * assertThat(tasks).hasTask("2.1").withState(TaskState.DONE);
 * assertThat(TraceGraph.of(ws)).hasCoverageAtLeast(0.95).hasNoDanglingReferences();
 * assertThat(TraceGraph.of(ws)).criterion("order-checkout", "2.1").isCoveredByTask("3.1");
 * }</pre>
 *
 * <p>Every assertion fails with a message built by a factory of {@link
 * dev.specdriven.assertj.error}.
 */
public class SpecAssertions {

    /** Not instantiated; extend it to add your own entry points. */
    protected SpecAssertions() {}

    /**
     * Assertions for a parse result.
     *
     * @param actual the result
     * @param <T> the parsed type
     * @return the assertion
     */
    public static <T> ParseResultAssert<T> assertThat(ParseResult<T> actual) {
        return new ParseResultAssert<>(actual);
    }

    /**
     * Assertions for a parsed EARS sentence.
     *
     * @param actual the requirement
     * @return the assertion
     */
    public static EarsRequirementAssert assertThat(EarsRequirement actual) {
        return new EarsRequirementAssert(actual);
    }

    /**
     * Assertions for an acceptance criterion.
     *
     * @param actual the criterion
     * @return the assertion
     */
    public static AcceptanceCriterionAssert assertThat(AcceptanceCriterion actual) {
        return new AcceptanceCriterionAssert(actual);
    }

    /**
     * Assertions for a spec.
     *
     * @param actual the spec
     * @return the assertion
     */
    public static SpecAssert assertThat(Spec actual) {
        return new SpecAssert(actual);
    }

    /**
     * Assertions for a workspace.
     *
     * @param actual the workspace
     * @return the assertion
     */
    public static WorkspaceAssert assertThat(Workspace actual) {
        return new WorkspaceAssert(actual);
    }

    /**
     * Assertions for a task list.
     *
     * @param actual the task list
     * @return the assertion
     */
    public static TasksDocumentAssert assertThat(TasksDocument actual) {
        return new TasksDocumentAssert(actual);
    }

    /**
     * Assertions for a task.
     *
     * @param actual the task
     * @return the assertion
     */
    public static TaskAssert assertThat(Task actual) {
        return new TaskAssert(actual);
    }

    /**
     * Assertions for a trace graph.
     *
     * @param actual the graph
     * @return the assertion
     */
    public static TraceGraphAssert assertThat(TraceGraph actual) {
        return new TraceGraphAssert(actual);
    }

    /**
     * BDD-style alias of {@link #assertThat(ParseResult)}.
     *
     * @param actual the result
     * @param <T> the parsed type
     * @return the assertion
     */
    public static <T> ParseResultAssert<T> then(ParseResult<T> actual) {
        return assertThat(actual);
    }

    /**
     * BDD-style alias of {@link #assertThat(EarsRequirement)}.
     *
     * @param actual the requirement
     * @return the assertion
     */
    public static EarsRequirementAssert then(EarsRequirement actual) {
        return assertThat(actual);
    }

    /**
     * BDD-style alias of {@link #assertThat(AcceptanceCriterion)}.
     *
     * @param actual the criterion
     * @return the assertion
     */
    public static AcceptanceCriterionAssert then(AcceptanceCriterion actual) {
        return assertThat(actual);
    }

    /**
     * BDD-style alias of {@link #assertThat(Spec)}.
     *
     * @param actual the spec
     * @return the assertion
     */
    public static SpecAssert then(Spec actual) {
        return assertThat(actual);
    }

    /**
     * BDD-style alias of {@link #assertThat(Workspace)}.
     *
     * @param actual the workspace
     * @return the assertion
     */
    public static WorkspaceAssert then(Workspace actual) {
        return assertThat(actual);
    }

    /**
     * BDD-style alias of {@link #assertThat(TasksDocument)}.
     *
     * @param actual the task list
     * @return the assertion
     */
    public static TasksDocumentAssert then(TasksDocument actual) {
        return assertThat(actual);
    }

    /**
     * BDD-style alias of {@link #assertThat(Task)}.
     *
     * @param actual the task
     * @return the assertion
     */
    public static TaskAssert then(Task actual) {
        return assertThat(actual);
    }

    /**
     * BDD-style alias of {@link #assertThat(TraceGraph)}.
     *
     * @param actual the graph
     * @return the assertion
     */
    public static TraceGraphAssert then(TraceGraph actual) {
        return assertThat(actual);
    }
}
