package dev.specdriven.generate;

import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.BugfixDocument;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.GlossaryTerm;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.SteeringDocument;
import dev.specdriven.spec.TasksDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a backend needs to write one document, as structured data: the parsed requirements
 * (with their EARS parts and derived ids) or, for a bugfix spec, the parsed {@code bugfix.md}, the
 * glossary, the steering documents whose inclusion rule matches, the current design and tasks when
 * updating, the scope of an impact-scoped regeneration, and the exact output contract.
 *
 * <p>Backends that are programs (templates, rules engines) read these fields; model clients send
 * {@link GenerationRequest#prompt()}, rendered from this context by a {@link
 * dev.specdriven.generate.spi.PromptRenderer}.
 *
 * <pre>{@code
 * for (AcceptanceCriterion c : request.context().criteria()) {
 *     c.id();                    // 2.3
 *     c.ears().pattern();        // EVENT_DRIVEN
 *     c.ears().systemName();     // Optional[Stock_Service]
 * }
 * }</pre>
 *
 * @param kind the document to produce
 * @param specName the spec folder name
 * @param featureIdea the feature idea, for requirements generation
 * @param requirements the parsed requirements (absent when generating them, and for a bugfix spec)
 * @param bugfix the parsed {@code bugfix.md} of a bugfix spec (its clauses {@code 1.x} current,
 *     {@code 2.x} expected and {@code 3.x} unchanged behaviour take the place of criteria)
 * @param glossary the glossary of the requirements
 * @param steering the steering documents whose inclusion rule matches the file being generated
 * @param currentDesign the current design, when there is one
 * @param currentTasks the current task list, when there is one
 * @param scope what may be rewritten in an impact-scoped regeneration; empty for a full generation
 * @param contract the Markdown shape the output must have
 */
public record GenerationContext(
        ArtifactKind kind,
        String specName,
        Optional<String> featureIdea,
        Optional<RequirementsDocument> requirements,
        Optional<BugfixDocument> bugfix,
        List<GlossaryTerm> glossary,
        List<SteeringDocument> steering,
        Optional<DesignDocument> currentDesign,
        Optional<TasksDocument> currentTasks,
        Optional<ImpactScope> scope,
        OutputContract contract) {
    /** Validates and copies. */
    public GenerationContext {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(specName, "specName must not be null");
        Objects.requireNonNull(featureIdea, "featureIdea must not be null");
        Objects.requireNonNull(requirements, "requirements must not be null");
        Objects.requireNonNull(bugfix, "bugfix must not be null");
        glossary = List.copyOf(glossary);
        steering = List.copyOf(steering);
        Objects.requireNonNull(currentDesign, "currentDesign must not be null");
        Objects.requireNonNull(currentTasks, "currentTasks must not be null");
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(contract, "contract must not be null");
        if (contract.kind() != kind) {
            throw new IllegalArgumentException(
                    "contract is for " + contract.kind() + ", not " + kind);
        }
    }

    /**
     * All acceptance criteria of the requirements (or the clauses of a bugfix document), in order.
     *
     * @return the criteria, empty when there are no requirements
     */
    public List<AcceptanceCriterion> criteria() {
        if (requirements.isPresent()) {
            return requirements.get().criteria();
        }
        return bugfix.map(BugfixDocument::clauses).orElse(List.of());
    }

    /**
     * Whether the spec is a bugfix spec (its requirements are the clauses of {@code bugfix.md}).
     *
     * @return true for a bugfix spec
     */
    public boolean isBugfix() {
        return requirements.isEmpty() && bugfix.isPresent();
    }

    /**
     * Whether this is an update of an existing document (a current version of the generated
     * document is present).
     *
     * @return true when updating
     */
    public boolean isUpdate() {
        switch (kind) {
            case DESIGN:
                return currentDesign.isPresent();
            case TASKS:
                return currentTasks.isPresent();
            default:
                return false;
        }
    }
}
