package dev.specdriven.spec;

import dev.specdriven.source.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One spec folder ({@code .kiro/specs/<name>/}) and its parsed documents.
 *
 * <pre>{@code
 * Spec spec = workspace.spec("user-authentication").orElseThrow();
 * for (AcceptanceCriterion c : spec.criteria()) { ... }
 * spec.tasks().ifPresent(t -> System.out.println(t.tasks().size() + " tasks"));
 * }</pre>
 *
 * @param name the folder name
 * @param path the folder path relative to the workspace ({@code .kiro/specs/auth}; {@code .} when
 *     the workspace is the spec folder itself)
 * @param directory the folder on disk (empty path for specs parsed from memory)
 * @param config the {@code .config.kiro} side-car, when present
 * @param requirements {@code requirements.md}, when present
 * @param bugfix {@code bugfix.md}, when present
 * @param design {@code design.md}, when present
 * @param tasks {@code tasks.md}, when present
 * @param otherFiles names of other files in the folder (not parsed)
 * @param diagnostics problems with the folder itself (unreadable files, encoding), attached to the
 *     file they concern; document-level diagnostics stay on the documents
 */
public record Spec(
        String name,
        String path,
        Path directory,
        Optional<SpecConfig> config,
        Optional<RequirementsDocument> requirements,
        Optional<BugfixDocument> bugfix,
        Optional<DesignDocument> design,
        Optional<TasksDocument> tasks,
        List<String> otherFiles,
        List<Diagnostic> diagnostics) {
    /** Validates and copies. */
    public Spec {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(requirements, "requirements must not be null");
        Objects.requireNonNull(bugfix, "bugfix must not be null");
        Objects.requireNonNull(design, "design must not be null");
        Objects.requireNonNull(tasks, "tasks must not be null");
        otherFiles = List.copyOf(otherFiles);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Whether this is a bugfix spec ({@code bugfix.md} present, or {@code specType} {@code
     * bugfix}).
     *
     * @return true for a bugfix spec
     */
    public boolean isBugfix() {
        return bugfix.isPresent()
                || config.flatMap(SpecConfig::specType).map("bugfix"::equals).orElse(false);
    }

    /**
     * The requirements of {@code requirements.md}, or of {@code bugfix.md} when there is no
     * requirements document.
     *
     * @return the requirements in order
     */
    public List<Requirement> allRequirements() {
        if (requirements.isPresent()) {
            return requirements.get().requirements();
        }
        return bugfix.map(BugfixDocument::requirements).orElse(List.of());
    }

    /**
     * All criteria (or bugfix clauses) in order.
     *
     * @return the criteria
     */
    public List<AcceptanceCriterion> criteria() {
        return allRequirements().stream().flatMap(r -> r.criteria().stream()).toList();
    }

    /**
     * The first requirement with an id.
     *
     * @param id the requirement id
     * @return the requirement
     */
    public Optional<Requirement> requirement(String id) {
        Objects.requireNonNull(id, "id must not be null");
        return allRequirements().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The criterion with an id.
     *
     * @param id the criterion id
     * @return the criterion
     */
    public Optional<AcceptanceCriterion> criterion(CriterionId id) {
        Objects.requireNonNull(id, "id must not be null");
        return requirement(id.requirement()).flatMap(r -> r.criterion(id.index()));
    }

    /**
     * The criteria a reference denotes that exist in this spec: one for {@code 2.3}, all criteria
     * of the requirement for {@code 2}, each criterion in document order from start to end for a
     * range, every criterion for {@code ALL}, none for free text or dangling references.
     *
     * @param reference a reference token
     * @return the existing criteria it denotes
     */
    public List<AcceptanceCriterion> resolve(RequirementReference reference) {
        Objects.requireNonNull(reference, "reference must not be null");
        switch (reference.kind()) {
            case CRITERION:
                return reference.criterion().flatMap(this::criterion).stream().toList();
            case REQUIREMENT:
                return reference
                        .requirement()
                        .flatMap(this::requirement)
                        .map(Requirement::criteria)
                        .orElse(List.of());
            case ALL:
                return criteria();
            case RANGE:
                {
                    CriterionId from = reference.criterion().orElseThrow();
                    CriterionId to = reference.rangeEnd().orElseThrow();
                    if (from.requirement().equals(to.requirement())) {
                        return requirement(from.requirement())
                                .map(Requirement::criteria)
                                .orElse(List.of())
                                .stream()
                                .filter(c -> c.id().index() >= from.index())
                                .filter(c -> c.id().index() <= to.index())
                                .toList();
                    }
                    List<AcceptanceCriterion> out = new ArrayList<>();
                    boolean inside = false;
                    for (AcceptanceCriterion c : criteria()) {
                        inside |= c.id().equals(from);
                        if (inside) {
                            out.add(c);
                        }
                        if (c.id().equals(to)) {
                            return out;
                        }
                    }
                    return inside ? out : List.of();
                }
            default:
                return List.of();
        }
    }

    /**
     * Every parsed document of the folder, in the order requirements, bugfix, design, tasks.
     *
     * @return the documents
     */
    public List<SpecDocument> documents() {
        List<SpecDocument> out = new ArrayList<>(4);
        requirements.ifPresent(out::add);
        bugfix.ifPresent(out::add);
        design.ifPresent(out::add);
        tasks.ifPresent(out::add);
        return List.copyOf(out);
    }
}
