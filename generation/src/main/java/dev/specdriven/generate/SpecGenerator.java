package dev.specdriven.generate;

import dev.specdriven.generate.GeneratorException.Reason;
import dev.specdriven.generate.internal.BackendCall;
import dev.specdriven.generate.internal.ImpactAnalysis;
import dev.specdriven.generate.internal.Merger;
import dev.specdriven.generate.internal.ReplyCleaner;
import dev.specdriven.generate.internal.TraceImpactAnalysis;
import dev.specdriven.generate.internal.Validator;
import dev.specdriven.generate.internal.Validator.Finding;
import dev.specdriven.generate.spi.ModelBackend;
import dev.specdriven.generate.spi.PromptRenderer;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.Severity;
import dev.specdriven.spec.BugfixDocument;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.SteeringDocument;
import dev.specdriven.spec.SteeringInclusion;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The generation loop: builds the structured context of a spec, asks a {@link ModelBackend} for a
 * document, parses and checks the answer with specdriven itself, sends the problems back as
 * structured {@link GenerationDiagnostic}s for up to {@link Builder#maxRepairs(int)} repair rounds,
 * and returns a {@link GenerationResult} that is written only when the caller accepts it.
 *
 * <pre>{@code
 * Workspace ws = SpecParser.create().read(Path.of("."));
 * Spec spec = ws.spec("order-checkout").orElseThrow();
 * SpecGenerator gen = SpecGenerator.builder()
 *         .backend(ModelBackends.discover().find("builtin").orElseThrow())
 *         .maxRepairs(2)
 *         .timeout(Duration.ofMinutes(2))
 *         .build();
 * GenerationResult design = gen.generateDesign(ws, spec);
 * if (design.isValid()) {
 *     design.accept();
 * }
 * // after editing requirements.md:
 * GenerationResult tasks = gen.regenerateTasks(ws2, spec2, RequirementsChange.between(oldReq, newReq));
 * }</pre>
 *
 * <p>Checks applied to every output: it is non-empty and a document of the requested kind ({@link
 * GenCode#EMPTY_OUTPUT}, {@link GenCode#NOT_A_DOCUMENT}); the spec model's read diagnostics and
 * cross-file checks (numbering, dangling references as {@link GenCode#DANGLING_REFERENCE}, EARS
 * lint for requirements); every criterion referenced by the design ({@link
 * GenCode#CRITERION_NOT_IN_DESIGN}) and by at least one task ({@link
 * GenCode#CRITERION_NOT_IN_TASKS}). Before the checks, a code fence wrapping the answer and chatter
 * before or after the document are stripped. Errors and warnings are repaired; problems the current
 * document already had in the parts a scoped run keeps are reported apart and do not block, except
 * missing coverage, which always blocks.
 *
 * <p>This class is immutable and thread-safe (as far as its backend is).
 */
public final class SpecGenerator implements DesignGenerator, TasksGenerator, RequirementsGenerator {

    /** The default number of repair rounds, 2. */
    public static final int DEFAULT_MAX_REPAIRS = 2;

    /** The default per-call timeout, 5 minutes. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private final ModelBackend backend;
    private final PromptRenderer renderer;
    private final int maxRepairs;
    private final Duration timeout;
    private final CancellationToken token;
    private final SpecParser parser;
    private final Set<String> manualSteering;
    private final Set<String> lockedTasks;
    private final Consumer<GenerationMetrics> metricsListener;
    private final ImpactAnalysis impact = TraceImpactAnalysis.INSTANCE;
    private final Validator validator;

    private SpecGenerator(Builder b) {
        this.backend = b.backend;
        this.renderer = b.renderer;
        this.maxRepairs = b.maxRepairs;
        this.timeout = b.timeout;
        this.token = b.token;
        this.parser = b.parser;
        this.manualSteering = Set.copyOf(b.manualSteering);
        this.lockedTasks = Set.copyOf(b.lockedTasks);
        this.metricsListener = b.metricsListener;
        this.validator = new Validator(parser);
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The backend.
     *
     * @return the backend
     */
    public ModelBackend backend() {
        return backend;
    }

    /**
     * The number of repair rounds.
     *
     * @return the maximum
     */
    public int maxRepairs() {
        return maxRepairs;
    }

    @Override
    public GenerationResult generateDesign(Workspace workspace, Spec spec) {
        Objects.requireNonNull(workspace, "workspace must not be null");
        Objects.requireNonNull(spec, "spec must not be null");
        Optional<RequirementsDocument> req = requirements(spec);
        String path = docPath(spec, ArtifactKind.DESIGN, spec.design().map(DesignDocument::path));
        GenerationContext ctx =
                context(
                        ArtifactKind.DESIGN,
                        workspace,
                        spec,
                        path,
                        req,
                        Optional.empty(),
                        Optional.empty());
        return run(
                ctx, spec, path, spec.design().map(DesignDocument::source), Optional.empty(), true);
    }

    @Override
    public GenerationResult regenerateDesign(
            Workspace workspace, Spec spec, RequirementsChange change) {
        Objects.requireNonNull(workspace, "workspace must not be null");
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(change, "change must not be null");
        if (spec.design().isEmpty() || spec.design().get().sections().size() < 2) {
            return generateDesign(workspace, spec); // nothing to keep: generate in full
        }
        Optional<RequirementsDocument> req = requirements(spec);
        DesignDocument current = spec.design().get();
        ImpactScope scope = impact.designScope(spec, current, change);
        GenerationContext ctx =
                context(
                        ArtifactKind.DESIGN,
                        workspace,
                        spec,
                        current.path(),
                        req,
                        Optional.empty(),
                        Optional.of(scope));
        return run(
                ctx,
                spec,
                current.path(),
                Optional.of(current.source()),
                Optional.of(current),
                false);
    }

    @Override
    public GenerationResult generateTasks(Workspace workspace, Spec spec) {
        Objects.requireNonNull(workspace, "workspace must not be null");
        Objects.requireNonNull(spec, "spec must not be null");
        return tasks(workspace, spec, null);
    }

    @Override
    public GenerationResult regenerateTasks(
            Workspace workspace, Spec spec, RequirementsChange change) {
        Objects.requireNonNull(workspace, "workspace must not be null");
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(change, "change must not be null");
        return tasks(workspace, spec, change);
    }

    private GenerationResult tasks(
            Workspace workspace,
            Spec spec,
            @org.jspecify.annotations.Nullable RequirementsChange change) {
        Optional<RequirementsDocument> req = requirements(spec);
        String path = docPath(spec, ArtifactKind.TASKS, spec.tasks().map(TasksDocument::path));
        // a task list without tasks (a fresh template) is generated in full
        Optional<TasksDocument> current = spec.tasks().filter(t -> !t.tasks().isEmpty());
        Spec basis =
                current.isPresent()
                        ? spec
                        : Validator.with(spec, Optional.empty(), spec.design(), Optional.empty());
        Optional<ImpactScope> scope =
                current.map(t -> impact.tasksScope(spec, t, change, lockedTasks));
        GenerationContext ctx =
                context(ArtifactKind.TASKS, workspace, basis, path, req, Optional.empty(), scope);
        return run(
                ctx,
                basis,
                path,
                spec.tasks().map(TasksDocument::source),
                current.map(t -> (SpecDocument) t),
                false);
    }

    @Override
    public GenerationResult generateRequirements(
            Workspace workspace, String specName, String featureIdea) {
        Objects.requireNonNull(workspace, "workspace must not be null");
        Objects.requireNonNull(specName, "specName must not be null");
        Objects.requireNonNull(featureIdea, "featureIdea must not be null");
        Optional<Spec> existing = workspace.spec(specName);
        if (existing.isEmpty()) {
            checkNewSpecName(specName);
        }
        Spec spec =
                existing.orElseGet(
                        () ->
                                new Spec(
                                        specName,
                                        ".kiro/specs/" + specName,
                                        workspace
                                                .root()
                                                .resolve(".kiro")
                                                .resolve("specs")
                                                .resolve(specName),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        List.of(),
                                        List.of()));
        String path =
                docPath(
                        spec,
                        ArtifactKind.REQUIREMENTS,
                        spec.requirements().map(RequirementsDocument::path));
        GenerationContext ctx =
                context(
                        ArtifactKind.REQUIREMENTS,
                        workspace,
                        spec,
                        path,
                        Optional.empty(),
                        Optional.of(featureIdea),
                        Optional.empty());
        return run(
                ctx,
                spec,
                path,
                spec.requirements().map(RequirementsDocument::source),
                Optional.empty(),
                false);
    }

    /** The names {@code specdriven new} accepts: the folder stays inside {@code .kiro/specs}. */
    private static void checkNewSpecName(String name) {
        boolean ok = !name.isEmpty() && name.length() <= MAX_SPEC_NAME;
        for (int i = 0; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && c == '-');
        }
        if (!ok) {
            String shown = name.length() > 80 ? name.substring(0, 80) + "…" : name;
            throw new IllegalArgumentException(
                    "invalid spec name '"
                            + shown
                            + "': a new spec's name is lower case letters, digits and '-' (it"
                            + " becomes the folder .kiro/specs/<name>)");
        }
    }

    private static final int MAX_SPEC_NAME = 200;

    // ------------------------------------------------------------------ loop

    private record Outcome(
            String text,
            SpecDocument document,
            List<Finding> blocking,
            List<Diagnostic> remaining,
            List<Diagnostic> preexisting,
            boolean empty,
            boolean garbage) {}

    private GenerationResult run(
            GenerationContext ctx,
            Spec spec,
            String path,
            Optional<SourceText> original,
            Optional<SpecDocument> mergeInto,
            boolean standardSections) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Set<String> baseline = new HashSet<>();
        if (original.isPresent() && ctx.kind() != ArtifactKind.REQUIREMENTS) {
            String text = original.get().text();
            for (Finding f : validator.validate(ctx.kind(), path, text, spec, false).findings()) {
                baseline.add(key(f, text));
            }
        }
        List<Duration> calls = new ArrayList<>();
        Optional<String> previous = Optional.empty();
        List<GenerationDiagnostic> diagnostics = List.of();
        Optional<TokenUsage> usage = Optional.empty();
        Outcome last;
        String raw;
        int round = 0;
        while (true) {
            Prompt prompt = renderer.render(ctx, round, previous, diagnostics);
            Objects.requireNonNull(prompt, "the prompt renderer returned null");
            GenerationRequest request =
                    new GenerationRequest(ctx, prompt, round, previous, diagnostics);
            long c0 = System.nanoTime();
            ModelReply reply = BackendCall.call(backend, request, timeout, token);
            calls.add(Duration.ofNanos(System.nanoTime() - c0));
            if (reply.tokenUsage().isPresent()) {
                TokenUsage u = reply.tokenUsage().get();
                usage = Optional.of(usage.map(x -> x.plus(u)).orElse(u));
            }
            raw = reply.text();
            String document = ReplyCleaner.clean(ctx.kind(), raw);
            last = evaluate(ctx, spec, path, document, mergeInto, standardSections, baseline);
            if (last.blocking().isEmpty() || round >= maxRepairs) {
                break;
            }
            previous = Optional.of(document);
            diagnostics = last.blocking().stream().map(Finding::toGenerationDiagnostic).toList();
            round++;
        }
        if (last.empty()) {
            throw new GeneratorException(
                    backend.id(),
                    Reason.EMPTY_OUTPUT,
                    "empty " + ctx.kind().fileName() + " after " + calls.size() + " call(s)",
                    null);
        }
        if (last.garbage()) {
            throw new GeneratorException(
                    backend.id(),
                    Reason.GARBAGE_OUTPUT,
                    "no "
                            + ctx.kind().fileName()
                            + " structure after "
                            + calls.size()
                            + " call(s); output starts with: "
                            + preview(raw),
                    null);
        }
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : last.remaining()) {
            if (d.severity() == Severity.ERROR) {
                errors++;
            } else if (d.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        GenerationMetrics metrics =
                new GenerationMetrics(
                        backend.id(),
                        ctx.kind(),
                        started,
                        Duration.ofNanos(System.nanoTime() - t0),
                        calls,
                        round,
                        errors,
                        warnings,
                        last.remaining().stream().map(Diagnostic::code).toList(),
                        usage);
        metricsListener.accept(metrics);
        Optional<Path> file =
                spec.directory().toString().isEmpty()
                        ? Optional.empty()
                        : Optional.of(spec.directory().resolve(ctx.kind().fileName()));
        return new GenerationResult(
                ctx,
                backend.id(),
                path,
                file,
                original,
                SourceText.of(last.text().getBytes(StandardCharsets.UTF_8)),
                last.document(),
                last.remaining(),
                last.preexisting(),
                raw,
                metrics);
    }

    private Outcome evaluate(
            GenerationContext ctx,
            Spec spec,
            String path,
            String raw,
            Optional<SpecDocument> mergeInto,
            boolean standardSections,
            Set<String> baseline) {
        if (raw.isBlank()) {
            Finding f =
                    new Finding(
                            GenCode.EMPTY_OUTPUT
                                    .at(
                                            dev.specdriven.source.SourceSpan.of(1, 1, 0, 1, 1, 0),
                                            "the output is empty")
                                    .withFile(path),
                            path);
            return new Outcome(
                    raw,
                    parser.parse(ctx.kind().documentKind(), path, new byte[0]),
                    List.of(f),
                    List.of(f.diagnostic()),
                    List.of(),
                    true,
                    false);
        }
        String text = raw;
        List<Diagnostic> notes = new ArrayList<>();
        if (mergeInto.isPresent() && ctx.scope().isPresent()) {
            Validator.Validation rawCheck = validator.validate(ctx.kind(), path, raw, spec, false);
            if (rawCheck.garbage()) {
                return new Outcome(
                        raw,
                        rawCheck.document(),
                        rawCheck.findings(),
                        rawCheck.findings().stream().map(Finding::diagnostic).toList(),
                        List.of(),
                        false,
                        true);
            }
            Merger.Merged m =
                    ctx.kind() == ArtifactKind.DESIGN
                            ? Merger.design(
                                    (DesignDocument) mergeInto.get(),
                                    (DesignDocument) rawCheck.document(),
                                    ctx.scope().get())
                            : Merger.tasks(
                                    (TasksDocument) mergeInto.get(),
                                    (TasksDocument) rawCheck.document(),
                                    ctx.scope().get());
            text = m.text();
            notes.addAll(m.notes());
        }
        Validator.Validation v = validator.validate(ctx.kind(), path, text, spec, standardSections);
        List<Finding> blocking = new ArrayList<>();
        List<Diagnostic> remaining = new ArrayList<>();
        List<Diagnostic> preexisting = new ArrayList<>();
        for (Finding f : v.findings()) {
            if (!alwaysBlocks(f.diagnostic().code()) && baseline.contains(key(f, text))) {
                preexisting.add(f.diagnostic());
                continue;
            }
            remaining.add(f.diagnostic());
            if (f.diagnostic().severity() != Severity.INFO) {
                blocking.add(f);
            }
        }
        remaining.addAll(notes);
        return new Outcome(
                text, v.document(), blocking, remaining, preexisting, false, v.garbage());
    }

    /** Coverage problems block whatever the current document had: a spec is covered in full. */
    private static boolean alwaysBlocks(String code) {
        return code.equals(GenCode.CRITERION_NOT_IN_DESIGN.code())
                || code.equals(GenCode.CRITERION_NOT_IN_TASKS.code());
    }

    private static String key(Finding f, String text) {
        Diagnostic d = f.diagnostic();
        String line = "";
        String[] lines = text.split("\n", -1);
        if (d.line() >= 1 && d.line() <= lines.length) {
            line = lines[d.line() - 1].strip();
        }
        return d.code() + "|" + d.message() + "|" + line;
    }

    private static String preview(String raw) {
        String s = raw.strip().replaceAll("\\s+", " ");
        return "'" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "'";
    }

    // --------------------------------------------------------------- context

    /** The requirements; empty for a bugfix spec (its clauses are in the context's bugfix). */
    private static Optional<RequirementsDocument> requirements(Spec spec) {
        if (spec.requirements().isPresent()) {
            return spec.requirements();
        }
        if (spec.bugfix().isPresent()) {
            return Optional.empty();
        }
        throw new IllegalArgumentException(
                "spec '" + spec.name() + "' has neither requirements.md nor bugfix.md");
    }

    private static String docPath(Spec spec, ArtifactKind kind, Optional<String> existing) {
        if (existing.isPresent()) {
            return existing.get();
        }
        return spec.path().equals(".") || spec.path().isEmpty()
                ? kind.fileName()
                : spec.path() + "/" + kind.fileName();
    }

    private GenerationContext context(
            ArtifactKind kind,
            Workspace ws,
            Spec spec,
            String path,
            Optional<RequirementsDocument> req,
            Optional<String> idea,
            Optional<ImpactScope> scope) {
        Optional<BugfixDocument> bugfix =
                kind != ArtifactKind.REQUIREMENTS && req.isEmpty()
                        ? spec.bugfix()
                        : Optional.empty();
        return new GenerationContext(
                kind,
                spec.name(),
                idea,
                req,
                bugfix,
                req.map(RequirementsDocument::glossary).orElse(List.of()),
                steering(ws, path),
                spec.design(),
                spec.tasks(),
                scope,
                bugfix.isPresent() ? OutputContract.forBugfix(kind) : OutputContract.of(kind));
    }

    private List<SteeringDocument> steering(Workspace ws, String path) {
        List<SteeringDocument> out = new ArrayList<>();
        Path target = Path.of(path);
        for (SteeringDocument d : ws.steering()) {
            if (d.inclusion() == SteeringInclusion.ALWAYS) {
                out.add(d);
            } else if (d.inclusion() == SteeringInclusion.FILE_MATCH) {
                for (String p : d.fileMatchPatterns()) {
                    if (matches(p, target)) {
                        out.add(d);
                        break;
                    }
                }
            } else if (d.inclusion() == SteeringInclusion.MANUAL) {
                String name = Path.of(d.path()).getFileName().toString();
                String bare = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
                if (manualSteering.contains(d.path())
                        || manualSteering.contains(name)
                        || manualSteering.contains(bare)) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private static boolean matches(String glob, Path target) {
        try {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob.strip());
            return m.matches(target)
                    || (target.getFileName() != null && m.matches(target.getFileName()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Configures a {@link SpecGenerator}. */
    public static final class Builder {
        private @org.jspecify.annotations.Nullable ModelBackend backend;
        private PromptRenderer renderer = PromptRenderer.standard();
        private int maxRepairs = DEFAULT_MAX_REPAIRS;
        private Duration timeout = DEFAULT_TIMEOUT;
        private CancellationToken token = new CancellationToken();
        private SpecParser parser = SpecParser.builder().parallel(false).build();
        private final Set<String> manualSteering = new LinkedHashSet<>();
        private final Set<String> lockedTasks = new LinkedHashSet<>();
        private Consumer<GenerationMetrics> metricsListener = m -> {};

        private Builder() {}

        /**
         * The backend (required).
         *
         * @param backend the backend
         * @return {@code this}
         */
        public Builder backend(ModelBackend backend) {
            this.backend = Objects.requireNonNull(backend, "backend must not be null");
            return this;
        }

        /**
         * The prompt renderer (default {@link PromptRenderer#standard()}).
         *
         * @param renderer the renderer
         * @return {@code this}
         */
        public Builder promptRenderer(PromptRenderer renderer) {
            this.renderer = Objects.requireNonNull(renderer, "renderer must not be null");
            return this;
        }

        /**
         * The number of repair rounds after the first call (default {@value #DEFAULT_MAX_REPAIRS};
         * 0 disables repairs).
         *
         * @param maxRepairs 0 or more
         * @return {@code this}
         * @throws IllegalArgumentException when negative
         */
        public Builder maxRepairs(int maxRepairs) {
            if (maxRepairs < 0) {
                throw new IllegalArgumentException("maxRepairs must be >= 0, was " + maxRepairs);
            }
            this.maxRepairs = maxRepairs;
            return this;
        }

        /**
         * The timeout of each backend call (default 5 minutes).
         *
         * @param timeout a positive duration
         * @return {@code this}
         * @throws IllegalArgumentException when zero or negative
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout must not be null");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * A token that cancels running generations.
         *
         * @param token the token
         * @return {@code this}
         */
        public Builder cancellation(CancellationToken token) {
            this.token = Objects.requireNonNull(token, "token must not be null");
            return this;
        }

        /**
         * The parser generated documents are read with (default: sequential {@link SpecParser}).
         *
         * @param parser the parser
         * @return {@code this}
         */
        public Builder parser(SpecParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser must not be null");
            return this;
        }

        /**
         * Includes {@code inclusion: manual} steering documents by name ({@code api-style}, {@code
         * api-style.md} or the workspace-relative path).
         *
         * @param names the names
         * @return {@code this}
         */
        public Builder steering(String... names) {
            for (String n : Objects.requireNonNull(names, "names must not be null")) {
                manualSteering.add(Objects.requireNonNull(n, "name must not be null"));
            }
            return this;
        }

        /**
         * Locks tasks by id in addition to the {@code <!-- locked -->} marker: they are kept
         * byte-identical like done tasks.
         *
         * @param ids the task ids
         * @return {@code this}
         */
        public Builder lockedTasks(String... ids) {
            for (String n : Objects.requireNonNull(ids, "ids must not be null")) {
                lockedTasks.add(Objects.requireNonNull(n, "id must not be null"));
            }
            return this;
        }

        /**
         * Receives the metrics of every run (for example to record latency and repair rounds).
         *
         * @param listener the listener; it must not throw
         * @return {@code this}
         */
        public Builder metricsListener(Consumer<GenerationMetrics> listener) {
            this.metricsListener = Objects.requireNonNull(listener, "listener must not be null");
            return this;
        }

        /**
         * Builds the generator.
         *
         * @return the generator
         * @throws IllegalStateException when no backend was set
         * @throws IllegalArgumentException when the backend's id is invalid (as {@link
         *     ModelBackends#of(ModelBackend...)} refuses it)
         */
        public SpecGenerator build() {
            if (backend == null) {
                throw new IllegalStateException("backend must be set");
            }
            ModelBackends.checkId(backend);
            return new SpecGenerator(this);
        }
    }
}
