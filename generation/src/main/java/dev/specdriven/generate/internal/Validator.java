package dev.specdriven.generate.internal;

import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.generate.ArtifactKind;
import dev.specdriven.generate.GenCode;
import dev.specdriven.generate.GenerationDiagnostic;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.SpecCode;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Parses a generated document with specdriven itself and checks it against its spec. */
public final class Validator {

    /** One problem with the target it concerns. */
    public record Finding(Diagnostic diagnostic, String target) {
        /**
         * The repair form.
         *
         * @return the structured diagnostic
         */
        public GenerationDiagnostic toGenerationDiagnostic() {
            Diagnostic d = diagnostic;
            return new GenerationDiagnostic(d.severity(), d.code(), d.message(), target, d.fix());
        }
    }

    /** A checked document. */
    public record Validation(SpecDocument document, List<Finding> findings, boolean garbage) {}

    private final SpecParser parser;

    private static final List<String> FEATURE_SECTIONS =
            List.of(
                    "overview",
                    "architecture",
                    "components",
                    "data model",
                    "correctness propert",
                    "error handling",
                    "testing strategy");

    private static final List<String> BUGFIX_SECTIONS =
            List.of(
                    "overview",
                    "bug details",
                    "expected behavio",
                    "root cause",
                    "correctness propert",
                    "fix implementation",
                    "testing strategy");

    /**
     * Creates a validator.
     *
     * @param parser the parser to read generated documents with
     */
    public Validator(SpecParser parser) {
        this.parser = parser;
    }

    /**
     * Parses and checks a document.
     *
     * @param kind the kind
     * @param path the document path relative to the workspace
     * @param text the generated (or merged) text
     * @param spec the spec it belongs to (its own version of the document is replaced)
     * @param standardSections whether to require the standard design sections
     * @return the validation
     */
    public Validation validate(
            ArtifactKind kind, String path, String text, Spec spec, boolean standardSections) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Finding> out = new ArrayList<>();
        SourceSpan start = SourceSpan.of(1, 1, 0, 1, 1, 0);
        switch (kind) {
            case DESIGN:
                {
                    DesignDocument d = parser.parseDesign(path, bytes);
                    Spec s = with(spec, Optional.empty(), Optional.of(d), spec.tasks());
                    boolean garbage = d.sections().isEmpty();
                    if (garbage) {
                        out.add(
                                gen(
                                        GenCode.NOT_A_DOCUMENT,
                                        start,
                                        path,
                                        "output has no headings",
                                        path));
                        return new Validation(d, out, true);
                    }
                    checks(s, path, out);
                    if (d.title().isEmpty()) {
                        out.add(gen(GenCode.MISSING_TITLE, start, path, "no '# ' title", path));
                    }
                    if (standardSections) {
                        for (String want :
                                s.requirements().isEmpty() && s.bugfix().isPresent()
                                        ? BUGFIX_SECTIONS
                                        : FEATURE_SECTIONS) {
                            boolean has =
                                    d.sections().stream()
                                            .anyMatch(
                                                    x ->
                                                            x.title()
                                                                    .toLowerCase(Locale.ROOT)
                                                                    .contains(want));
                            if (!has) {
                                out.add(
                                        gen(
                                                GenCode.MISSING_SECTION,
                                                start,
                                                path,
                                                "no section titled like '" + want + "'",
                                                "section " + want));
                            }
                        }
                    }
                    Set<String> covered = new HashSet<>();
                    for (var l : d.references()) {
                        for (RequirementReference r : l.references()) {
                            s.resolve(r).forEach(c -> covered.add(c.id().toString()));
                        }
                    }
                    for (var p : d.properties()) {
                        for (RequirementReference r : p.validatedReferences()) {
                            s.resolve(r).forEach(c -> covered.add(c.id().toString()));
                        }
                    }
                    for (AcceptanceCriterion c : s.criteria()) {
                        if (!covered.contains(c.id().toString())) {
                            out.add(
                                    gen(
                                            GenCode.CRITERION_NOT_IN_DESIGN,
                                            start,
                                            path,
                                            "criterion "
                                                    + c.id()
                                                    + " is not referenced by the design",
                                            "criterion " + c.id()));
                        }
                    }
                    return new Validation(d, out, false);
                }
            case TASKS:
                {
                    TasksDocument t = parser.parseTasks(path, bytes);
                    Spec s = with(spec, Optional.empty(), spec.design(), Optional.of(t));
                    if (t.tasks().isEmpty()) {
                        out.add(
                                gen(
                                        GenCode.NOT_A_DOCUMENT,
                                        start,
                                        path,
                                        "output has no '- [ ]' task lines",
                                        path));
                        return new Validation(t, out, true);
                    }
                    checks(s, path, out);
                    if (t.title().isEmpty()) {
                        out.add(gen(GenCode.MISSING_TITLE, start, path, "no '# ' title", path));
                    }
                    Set<String> covered = new HashSet<>();
                    for (Task task : t.tasks()) {
                        for (RequirementReference r : task.requirementReferences()) {
                            s.resolve(r).forEach(c -> covered.add(c.id().toString()));
                        }
                    }
                    for (AcceptanceCriterion c : s.criteria()) {
                        if (!covered.contains(c.id().toString())) {
                            out.add(
                                    gen(
                                            GenCode.CRITERION_NOT_IN_TASKS,
                                            start,
                                            path,
                                            "criterion "
                                                    + c.id()
                                                    + " is not referenced by any task",
                                            "criterion " + c.id()));
                        }
                    }
                    return new Validation(t, out, false);
                }
            default:
                {
                    RequirementsDocument r = parser.parseRequirements(path, bytes);
                    if (r.requirements().isEmpty()) {
                        out.add(
                                gen(
                                        GenCode.NOT_A_DOCUMENT,
                                        start,
                                        path,
                                        "output has no '### Requirement N' sections",
                                        path));
                        return new Validation(r, out, true);
                    }
                    Spec s =
                            new Spec(
                                    spec.name(),
                                    spec.path(),
                                    spec.directory(),
                                    Optional.empty(),
                                    Optional.of(r),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    List.of(),
                                    List.of());
                    checks(s, path, out);
                    if (r.title().isEmpty()) {
                        out.add(gen(GenCode.MISSING_TITLE, start, path, "no '# ' title", path));
                    }
                    for (Requirement q : r.requirements()) {
                        if (q.criteria().isEmpty()) {
                            out.add(
                                    gen(
                                            GenCode.WEAK_REQUIREMENTS,
                                            q.headingSpan(),
                                            path,
                                            "requirement " + q.id() + " has no acceptance criteria",
                                            "requirement " + q.id()));
                        }
                        for (AcceptanceCriterion c : q.criteria()) {
                            if (c.ears().pattern().equals(EarsPatterns.NOT_EARS)) {
                                out.add(
                                        gen(
                                                GenCode.WEAK_REQUIREMENTS,
                                                c.span(),
                                                path,
                                                "criterion " + c.id() + " is not an EARS sentence",
                                                "criterion " + c.id()));
                            }
                        }
                    }
                    return new Validation(r, out, false);
                }
        }
    }

    private static void checks(Spec s, String path, List<Finding> out) {
        for (Diagnostic d : SpecChecker.create().check(s)) {
            if (!d.file().map(path::equals).orElse(false)) {
                continue;
            }
            if (d.code().equals(SpecCode.DANGLING_REFERENCE.code())) {
                d =
                        new Diagnostic(
                                GenCode.DANGLING_REFERENCE.code(),
                                GenCode.DANGLING_REFERENCE.defaultSeverity(),
                                d.message(),
                                GenCode.DANGLING_REFERENCE.fix(),
                                d.span(),
                                d.file());
            }
            out.add(new Finding(d, path + ":" + d.line() + ":" + d.column()));
        }
    }

    private static Finding gen(
            GenCode code, SourceSpan span, String path, String message, String target) {
        return new Finding(code.at(span, message).withFile(path), target);
    }

    /**
     * A copy of a spec with other documents.
     *
     * @param spec the spec
     * @param requirements replacement requirements, empty to keep the spec's
     * @param design the design
     * @param tasks the tasks
     * @return the copy
     */
    public static Spec with(
            Spec spec,
            Optional<RequirementsDocument> requirements,
            Optional<DesignDocument> design,
            Optional<TasksDocument> tasks) {
        return new Spec(
                spec.name(),
                spec.path(),
                spec.directory(),
                spec.config(),
                requirements.isPresent() ? requirements : spec.requirements(),
                spec.bugfix(),
                design,
                tasks,
                spec.otherFiles(),
                spec.diagnostics());
    }
}
