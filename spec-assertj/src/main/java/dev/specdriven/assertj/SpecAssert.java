package dev.specdriven.assertj;

import static dev.specdriven.assertj.error.ShouldHaveElement.shouldHaveElement;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.TasksDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Assertions for one {@link Spec}. Diagnostic assertions use everything {@link SpecChecker} reports
 * for the spec: diagnostics found while reading plus the cross-file checks.
 *
 * <pre>{@code
 * Spec spec = SpecParser.create().readSpec(Path.of(".kiro/specs/checkout"));
 * assertThat(spec).hasNoErrors().hasNoDiagnostic("SPEC016");
 * assertThat(spec).hasCriterion("2.3").isEventDriven();
 * assertThat(spec).tasks().hasTask("2.1").withState(TaskState.DONE);
 * }</pre>
 */
public final class SpecAssert extends AbstractDiagnosticsAssert<SpecAssert, Spec> {

    private @Nullable List<Diagnostic> checked;

    /**
     * Creates the assertion; use {@link SpecAssertions#assertThat(Spec)}.
     *
     * @param actual the spec under test
     */
    public SpecAssert(Spec actual) {
        super(actual, SpecAssert.class);
    }

    @Override
    protected List<Diagnostic> diagnostics() {
        List<Diagnostic> c = checked;
        if (c == null) {
            c = SpecChecker.create().check(actual);
            checked = c;
        }
        return c;
    }

    @Override
    protected String subject() {
        return "spec \"" + actual.name() + "\"";
    }

    /**
     * Verifies that the spec has a criterion and navigates to it.
     *
     * @param id the criterion id, such as {@code 2.3}
     * @return an assertion on the criterion
     */
    public AcceptanceCriterionAssert hasCriterion(String id) {
        Objects.requireNonNull(id, "id must not be null");
        isNotNull();
        Optional<AcceptanceCriterion> c = CriterionId.parse(id).flatMap(actual::criterion);
        if (c.isEmpty()) {
            throwAssertionError(
                    shouldHaveElement(
                            subject(),
                            "criterion " + id,
                            actual.criteria().stream().map(x -> x.id().toString()).toList()));
        }
        return new AcceptanceCriterionAssert(c.orElseThrow());
    }

    /**
     * Verifies that the spec has a {@code tasks.md} and navigates to it.
     *
     * @return an assertion on the task list
     */
    public TasksDocumentAssert tasks() {
        isNotNull();
        Optional<TasksDocument> tasks = actual.tasks();
        if (tasks.isEmpty()) {
            throwAssertionError(
                    shouldHaveElement(
                            subject(),
                            "a tasks.md",
                            actual.documents().stream().map(d -> d.path()).toList()));
        }
        return new TasksDocumentAssert(tasks.orElseThrow());
    }
}
