package dev.specdriven.ears;

import dev.specdriven.ears.internal.AntlrParsing;
import dev.specdriven.ears.internal.Linter;
import dev.specdriven.ears.internal.ParsedSentence;
import dev.specdriven.ears.internal.PhraseTable;
import dev.specdriven.ears.internal.PositionMapper;
import dev.specdriven.ears.internal.UnspacedKeywords;
import dev.specdriven.ears.spi.EarsExtension;
import dev.specdriven.ears.spi.EarsLintRule;
import dev.specdriven.ears.spi.EarsPatternProvider;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import dev.specdriven.source.Severity;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Parses one EARS requirement sentence into an {@link EarsRequirement}: its clauses with source
 * spans, the pattern it is classified as, and lint diagnostics.
 *
 * <pre>{@code
 * EarsParser parser = EarsParser.create();
 * EarsRequirement r = parser.parse(
 *         "When the user presses Save, the Editor shall store the document.").value();
 * r.pattern();   // EVENT_DRIVEN
 * r.system();    // Optional[the Editor]
 * r.response();  // Optional[store the document]
 * }</pre>
 *
 * <p>Keywords are data: the parser recognises the keywords of every active {@link EarsDialect} (by
 * default English, Spanish, German and Portuguese), case-insensitively, with or without commas,
 * with Markdown emphasis ({@code **WHEN**}) around them, and the Kiro forms ({@code WHEN … THEN the
 * system SHALL …}, {@code IF …, THEN THE X SHALL …}, {@code THE X SHALL …}).
 *
 * <p>Decisions worth knowing:
 *
 * <ul>
 *   <li>Only a binding modal ({@link EarsKeyword#SHALL}: {@code shall}, {@code DEBERÁ}, {@code
 *       MUSS}, {@code SOLL}, {@code DEVE}) makes a sentence EARS. A weak modal in its place ({@code
 *       should}, {@code may}, {@code might}, {@code could}, {@code will}, {@code must}) keeps the
 *       structure (clauses, system, response) but is classified {@link EarsPatterns#NOT_EARS} with
 *       {@link EarsCode#WEAK_MODAL}. A team that writes {@code must} adds it as a SHALL keyword of
 *       its own dialect.
 *   <li>A lead that is no EARS keyword ({@code FOR ALL x, THE X SHALL …}, {@code EACH X SHALL …})
 *       is read as ubiquitous with an {@link EarsCode#NON_EARS_LEAD} info.
 *   <li>The system is returned as written, article included ({@code the Authentication Service});
 *       {@link EarsRequirement#systemName()} drops the article. {@code SHALL NOT} and {@code SHALL
 *       CONTINUE TO} keep {@code NOT}/{@code CONTINUE TO} in the response.
 *   <li>{@code AND} inside a trigger stays part of the trigger.
 * </ul>
 *
 * <p>Bad input never throws (except {@link NullPointerException} for null): empty text, huge lines,
 * control characters and deep nesting come back as diagnostics. Sentences longer than {@link
 * Builder#maxSentenceLength(int)} are not parsed ({@link EarsCode#SENTENCE_TOO_LONG}).
 *
 * <p>This class is immutable and thread-safe: build one parser and share it.
 */
public final class EarsParser {

    /**
     * The codes a new {@link Builder} does not report: {@link EarsCode#THEN_AFTER_WHEN}, because
     * {@code WHEN … THEN the system SHALL …} is Kiro's own documented form. {@link
     * Builder#enable(EarsCode...)} turns one back on.
     */
    public static final Set<EarsCode> DEFAULT_DISABLED_CODES = Set.of(EarsCode.THEN_AFTER_WHEN);

    /** Default maximum sentence length in UTF-16 code units. */
    public static final int DEFAULT_MAX_SENTENCE_LENGTH = 10_000;

    /** Vague terms reported by default as {@link EarsCode#VAGUE_TERM}. */
    public static final List<String> DEFAULT_VAGUE_TERMS =
            List.of(
                    "user-friendly",
                    "user friendly",
                    "appropriate",
                    "appropriately",
                    "as appropriate",
                    "etc.",
                    "etc",
                    "as needed",
                    "as required",
                    "if possible",
                    "where possible",
                    "as much as possible",
                    "and/or",
                    "clear",
                    "clearly",
                    "secure",
                    "securely",
                    "proper",
                    "properly",
                    "gracefully",
                    "graceful",
                    "robust",
                    "easy",
                    "easily",
                    "intuitive",
                    "intuitively",
                    "flexible",
                    "adequate",
                    "adequately",
                    "reasonable",
                    "seamless",
                    "seamlessly",
                    "sufficient",
                    "optimal",
                    "good",
                    "nice",
                    "modern",
                    "state-of-the-art",
                    "various",
                    "relevant",
                    "accurate",
                    "accurately",
                    "optimized",
                    "optimised",
                    "well-designed",
                    "touch-friendly",
                    "helpful",
                    "large",
                    "where applicable",
                    "if applicable",
                    "when possible",
                    "or similar",
                    "or equivalent",
                    // Spanish
                    "apropiado",
                    "apropiada",
                    "apropiados",
                    "apropiadas",
                    "adecuado",
                    "adecuada",
                    "adecuados",
                    "adecuadas",
                    "adecuadamente",
                    "intuitivo",
                    "intuitiva",
                    "amigable",
                    "fácil de usar",
                    // Portuguese
                    "apropriado",
                    "apropriada",
                    "adequado",
                    "adequada",
                    "adequadamente",
                    "amigável",
                    // German
                    "benutzerfreundlich",
                    "angemessen",
                    "angemessene",
                    "intuitiv",
                    // Chinese and Japanese, found inside words
                    "友好",
                    "合理",
                    "尽快",
                    "适当",
                    "等",
                    "適切",
                    "など",
                    "必要に応じて",
                    "わかりやすい",
                    "分かりやすい",
                    "使いやすい");

    /**
     * Quality words reported by default as {@link EarsCode#UNMEASURABLE_QUALITY} when the sentence
     * contains no digit.
     */
    public static final List<String> DEFAULT_QUALITY_TERMS =
            List.of(
                    "fast",
                    "faster",
                    "quick",
                    "quickly",
                    "slow",
                    "responsive",
                    "performant",
                    "high-performance",
                    "scalable",
                    "efficient",
                    "efficiently",
                    "lightweight",
                    "instant",
                    "instantly",
                    "rapid",
                    "rapidly",
                    "timely",
                    "highly available",
                    "low latency",
                    "low-latency",
                    "rápido",
                    "rápida",
                    "rápidamente",
                    "eficiente",
                    "eficientemente",
                    "schnell",
                    "effizient");

    private final List<EarsDialect> dialects;
    private final PatternRegistry patterns;
    private final List<String> vagueTerms;
    private final List<String> qualityTerms;
    private final Set<EarsCode> disabled;
    private final Map<EarsCode, Severity> severities;
    private final int maxSentenceLength;
    private final PhraseTable keywordTable;
    private final Linter linter;
    private final List<EarsLintRule> lintRules;
    private final List<Diagnostic> extensionProblems;
    private final Set<String> articles;
    private final UnspacedKeywords unspacedKeywords;

    private EarsParser(Builder b) {
        this.lintRules = List.copyOf(b.lintRules);
        this.extensionProblems = List.copyOf(b.extensionProblems);
        this.dialects = List.copyOf(b.dialects);
        this.patterns = b.patterns;
        this.vagueTerms = List.copyOf(b.vagueTerms);
        this.qualityTerms = List.copyOf(b.qualityTerms);
        this.disabled = b.disabled.isEmpty() ? Set.of() : Set.copyOf(b.disabled);
        this.severities = Map.copyOf(b.severities);
        this.maxSentenceLength = b.maxSentenceLength;
        PhraseTable.Builder kw = new PhraseTable.Builder();
        for (EarsDialect d : dialects) {
            for (EarsKeyword k : EarsKeyword.values()) {
                for (String w : d.keywords(k)) {
                    kw.add(w, k.ordinal());
                }
            }
        }
        this.keywordTable = kw.build();
        List<String> clauseWords = new ArrayList<>();
        List<String> modalWords = new ArrayList<>();
        for (EarsDialect d : dialects) {
            for (EarsKeyword k : EarsKeyword.values()) {
                if (UnspacedKeywords.clauseRole(k)) {
                    clauseWords.addAll(d.keywords(k));
                } else if (k == EarsKeyword.SHALL || k == EarsKeyword.WEAK_MODAL) {
                    modalWords.addAll(d.keywords(k));
                }
            }
        }
        this.unspacedKeywords = UnspacedKeywords.of(clauseWords, modalWords);
        this.articles = EarsRequirement.articles(dialects);
        PhraseTable.Builder terms = new PhraseTable.Builder();
        vagueTerms.forEach(t -> terms.add(Linter.normalizeTerm(t), 0));
        qualityTerms.forEach(t -> terms.add(Linter.normalizeTerm(t), 1));
        this.linter =
                new Linter(
                        keywordTable,
                        terms.build(),
                        vagueTerms.stream().filter(Linter::unspaced).toList(),
                        qualityTerms.stream().filter(Linter::unspaced).toList());
    }

    /**
     * A parser with the default configuration: all built-in dialects, the default {@link
     * PatternRegistry}, every lint code enabled except the {@link #DEFAULT_DISABLED_CODES}, no
     * extensions loaded.
     *
     * @return the parser
     */
    public static EarsParser create() {
        return builder().build();
    }

    /**
     * Starts configuring a parser.
     *
     * <pre>{@code
     * EarsParser parser = EarsParser.builder()
     *         .addPattern(new EarsPattern("TIMED_RESPONSE", "… shall … within <duration>"),
     *                 PatternRegistry.PRIORITY_CUSTOM,
     *                 s -> s.response().orElse("").matches("(?i).*\\bwithin \\d+.*"))
     *         .addVagueTerms("blazingly")
     *         .severity(EarsCode.VAGUE_TERM, Severity.ERROR)
     *         .enable(EarsCode.THEN_AFTER_WHEN) // off by default
     *         .build();
     * }</pre>
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a sentence that starts at line 1, column 1. This method is thread-safe.
     *
     * @param sentence the sentence
     * @return the requirement and its diagnostics
     */
    public ParseResult<EarsRequirement> parse(String sentence) {
        return parse(sentence, SourcePosition.START);
    }

    /**
     * Parses a sentence that starts at {@code origin} of a host document; every span and diagnostic
     * is reported in host coordinates. This method is thread-safe.
     *
     * <pre>{@code
     * // a criterion that starts at line 40, column 4 of requirements.md
     * EarsRequirement r = parser.parse(criterion, new SourcePosition(40, 4, 1234)).value();
     * r.clauses().get(0).span().start(); // 40:4
     * }</pre>
     *
     * @param sentence the sentence
     * @param origin where the sentence starts in its document
     * @return the requirement and its diagnostics
     */
    public ParseResult<EarsRequirement> parse(String sentence, SourcePosition origin) {
        Objects.requireNonNull(sentence, "sentence must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        List<Diagnostic> diagnostics = new ArrayList<>(4);
        Linter.Reporter reporter =
                (code, span, message) -> report(diagnostics, code, span, message);
        PositionMapper mapper = new PositionMapper(sentence, origin);
        SourceSpan whole = mapper.span(0, sentence.length());
        if (sentence.length() > maxSentenceLength) {
            reporter.report(
                    EarsCode.SENTENCE_TOO_LONG,
                    mapper.span(0, maxSentenceLength),
                    "sentence has "
                            + sentence.length()
                            + " characters, more than the maximum of "
                            + maxSentenceLength
                            + "; not parsed");
            return result(sentence, EarsPatterns.NOT_EARS, List.of(), whole, diagnostics);
        }
        if (sentence.isBlank()) {
            reporter.report(EarsCode.EMPTY_SENTENCE, whole, "the sentence is empty");
            return result(sentence, EarsPatterns.NOT_EARS, List.of(), whole, diagnostics);
        }
        ParsedSentence parsed;
        try {
            parsed = AntlrParsing.parse(sentence, keywordTable, unspacedKeywords, mapper);
        } catch (StackOverflowError | RuntimeException e) {
            reporter.report(
                    EarsCode.INTERNAL_ERROR,
                    whole,
                    "the parser failed on this sentence: " + e.getClass().getSimpleName());
            return result(sentence, EarsPatterns.NOT_EARS, List.of(), whole, diagnostics);
        }
        for (var error : parsed.syntaxErrors()) {
            reporter.report(
                    EarsCode.SYNTAX_ERROR,
                    mapper.span(error.offset(), error.offset()),
                    error.message());
        }
        Optional<String> modal =
                parsed.modal() == null
                        ? Optional.empty()
                        : Optional.of(
                                sentence.substring(parsed.modal().start(), parsed.modal().end()));
        EarsStructure structure =
                new EarsStructure(sentence, parsed.clauses(), modal, parsed.binding());
        EarsPattern pattern;
        try {
            pattern = patterns.classify(structure);
        } catch (RuntimeException e) {
            reporter.report(
                    EarsCode.INTERNAL_ERROR,
                    whole,
                    "a pattern rule failed: "
                            + e.getClass().getSimpleName()
                            + ": "
                            + e.getMessage());
            pattern = EarsPatterns.NOT_EARS;
        }
        try {
            linter.lint(sentence, parsed, mapper, reporter);
        } catch (StackOverflowError | RuntimeException e) {
            reporter.report(
                    EarsCode.INTERNAL_ERROR,
                    whole,
                    "the linter failed on this sentence: " + e.getClass().getSimpleName());
        }
        EarsRequirement requirement =
                new EarsRequirement(
                        sentence,
                        pattern,
                        structure.clauses(),
                        whole,
                        EarsRequirement.systemName(structure.clauses(), articles));
        for (EarsLintRule rule : lintRules) {
            try {
                diagnostics.addAll(rule.check(requirement));
            } catch (StackOverflowError | RuntimeException e) {
                reporter.report(
                        EarsCode.INTERNAL_ERROR,
                        whole,
                        "a lint rule failed: "
                                + e.getClass().getSimpleName()
                                + ": "
                                + e.getMessage());
            }
        }
        return result(requirement, diagnostics);
    }

    private static ParseResult<EarsRequirement> result(
            String sentence,
            EarsPattern pattern,
            List<Clause> clauses,
            SourceSpan span,
            List<Diagnostic> diagnostics) {
        if (diagnostics.size() > 1) {
            diagnostics.sort(
                    Comparator.comparingInt((Diagnostic d) -> d.span().startOffset())
                            .thenComparing(Diagnostic::code));
        }
        return result(new EarsRequirement(sentence, pattern, clauses, span), diagnostics);
    }

    private static ParseResult<EarsRequirement> result(
            EarsRequirement requirement, List<Diagnostic> diagnostics) {
        if (diagnostics.size() > 1) {
            diagnostics.sort(
                    Comparator.comparingInt((Diagnostic d) -> d.span().startOffset())
                            .thenComparing(Diagnostic::code));
        }
        return new ParseResult<>(requirement, diagnostics);
    }

    private void report(List<Diagnostic> out, EarsCode code, SourceSpan span, String message) {
        if (disabled.contains(code)) {
            return;
        }
        Severity severity = severities.getOrDefault(code, code.defaultSeverity());
        out.add(Diagnostic.of(code.code(), severity, message, code.fix(), span));
    }

    /**
     * The active dialects.
     *
     * @return an immutable list
     */
    public List<EarsDialect> dialects() {
        return dialects;
    }

    /**
     * The pattern registry used for classification.
     *
     * @return the registry
     */
    public PatternRegistry patterns() {
        return patterns;
    }

    /**
     * The vague terms reported by {@link EarsCode#VAGUE_TERM}.
     *
     * @return an immutable list
     */
    public List<String> vagueTerms() {
        return vagueTerms;
    }

    /**
     * The maximum sentence length.
     *
     * @return the length in UTF-16 code units
     */
    public int maxSentenceLength() {
        return maxSentenceLength;
    }

    /**
     * Whether a code is reported.
     *
     * @param code the code
     * @return false when disabled in the builder
     */
    public boolean isEnabled(EarsCode code) {
        Objects.requireNonNull(code, "code must not be null");
        return !disabled.contains(code);
    }

    /**
     * The severity a code is reported with.
     *
     * @param code the code
     * @return the configured or default severity
     */
    public Severity severity(EarsCode code) {
        Objects.requireNonNull(code, "code must not be null");
        return severities.getOrDefault(code, code.defaultSeverity());
    }

    /**
     * The pattern providers that {@link Builder#loadExtensions()} skipped because they failed to
     * load or to apply: one {@link EarsCode#PROVIDER_NOT_LOADED} warning each, naming the provider
     * class and the cause (the same report as {@code ModelBackends.problems()} of the generation
     * module gives for backends).
     *
     * @return the problems, empty when every provider loaded
     */
    public List<Diagnostic> extensionProblems() {
        return extensionProblems;
    }

    /** Configures an {@link EarsParser}. Not thread-safe; {@link #build()} copies everything. */
    public static final class Builder {
        private final List<EarsDialect> dialects = new ArrayList<>(EarsDialect.builtIns());
        private PatternRegistry patterns = PatternRegistry.defaults();
        private final LinkedHashSet<String> vagueTerms = new LinkedHashSet<>(DEFAULT_VAGUE_TERMS);
        private final LinkedHashSet<String> qualityTerms =
                new LinkedHashSet<>(DEFAULT_QUALITY_TERMS);
        private final EnumSet<EarsCode> disabled = EnumSet.copyOf(DEFAULT_DISABLED_CODES);
        private final EnumMap<EarsCode, Severity> severities = new EnumMap<>(EarsCode.class);
        private int maxSentenceLength = DEFAULT_MAX_SENTENCE_LENGTH;
        private final List<EarsLintRule> lintRules = new ArrayList<>();
        private final List<Diagnostic> extensionProblems = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a lint rule of your own, run after the built-in lint on every sentence.
         *
         * @param rule the rule; must be thread-safe
         * @return {@code this}
         */
        public Builder addLintRule(EarsLintRule rule) {
            lintRules.add(Objects.requireNonNull(rule, "rule must not be null"));
            return this;
        }

        /**
         * Replaces the active dialects.
         *
         * @param dialects at least one dialect
         * @return {@code this}
         */
        public Builder dialects(EarsDialect... dialects) {
            Objects.requireNonNull(dialects, "dialects must not be null");
            List<EarsDialect> list = Arrays.asList(dialects);
            list.forEach(d -> Objects.requireNonNull(d, "dialects must not contain null"));
            if (list.isEmpty()) {
                throw new IllegalArgumentException("dialects must not be empty");
            }
            this.dialects.clear();
            this.dialects.addAll(list);
            return this;
        }

        /**
         * Adds a dialect to the active ones.
         *
         * @param dialect the dialect
         * @return {@code this}
         */
        public Builder addDialect(EarsDialect dialect) {
            Objects.requireNonNull(dialect, "dialect must not be null");
            if (!dialects.contains(dialect)) {
                dialects.add(dialect);
            }
            return this;
        }

        /**
         * Replaces the pattern registry.
         *
         * @param registry the registry
         * @return {@code this}
         */
        public Builder patterns(PatternRegistry registry) {
            this.patterns = Objects.requireNonNull(registry, "registry must not be null");
            return this;
        }

        /**
         * Adds a pattern definition to the registry.
         *
         * @param definition the definition
         * @return {@code this}
         */
        public Builder addPattern(PatternDefinition definition) {
            Objects.requireNonNull(definition, "definition must not be null");
            this.patterns = patterns.with(definition);
            return this;
        }

        /**
         * Adds a pattern to the registry.
         *
         * @param pattern the pattern
         * @param priority its priority ({@link PatternRegistry#PRIORITY_CUSTOM} is the usual)
         * @param rule the rule
         * @return {@code this}
         */
        public Builder addPattern(EarsPattern pattern, int priority, EarsPatternRule rule) {
            return addPattern(new PatternDefinition(pattern, priority, rule));
        }

        /**
         * Adds vague terms (words or phrases, matched case-insensitively as whole words).
         *
         * @param terms the terms
         * @return {@code this}
         */
        public Builder addVagueTerms(String... terms) {
            Objects.requireNonNull(terms, "terms must not be null");
            for (String t : terms) {
                Objects.requireNonNull(t, "terms must not contain null");
                if (t.isBlank()) {
                    throw new IllegalArgumentException("vague term must not be blank");
                }
                vagueTerms.add(t.strip().toLowerCase(java.util.Locale.ROOT));
            }
            return this;
        }

        /**
         * Replaces the vague terms.
         *
         * @param terms the terms (may be empty)
         * @return {@code this}
         */
        public Builder vagueTerms(List<String> terms) {
            Objects.requireNonNull(terms, "terms must not be null");
            vagueTerms.clear();
            return addVagueTerms(terms.toArray(new String[0]));
        }

        /**
         * Adds quality words reported when the sentence has no number.
         *
         * @param terms the terms
         * @return {@code this}
         */
        public Builder addQualityTerms(String... terms) {
            Objects.requireNonNull(terms, "terms must not be null");
            for (String t : terms) {
                Objects.requireNonNull(t, "terms must not contain null");
                if (t.isBlank()) {
                    throw new IllegalArgumentException("quality term must not be blank");
                }
                qualityTerms.add(t.strip().toLowerCase(java.util.Locale.ROOT));
            }
            return this;
        }

        /**
         * Stops reporting some codes.
         *
         * @param codes the codes
         * @return {@code this}
         */
        public Builder disable(EarsCode... codes) {
            Objects.requireNonNull(codes, "codes must not be null");
            for (EarsCode c : codes) {
                disabled.add(Objects.requireNonNull(c, "codes must not contain null"));
            }
            return this;
        }

        /**
         * Reports codes again after {@link #disable(EarsCode...)}.
         *
         * @param codes the codes
         * @return {@code this}
         */
        public Builder enable(EarsCode... codes) {
            Objects.requireNonNull(codes, "codes must not be null");
            for (EarsCode c : codes) {
                disabled.remove(Objects.requireNonNull(c, "codes must not contain null"));
            }
            return this;
        }

        /**
         * Overrides the severity of a code.
         *
         * @param code the code
         * @param severity its new severity
         * @return {@code this}
         */
        public Builder severity(EarsCode code, Severity severity) {
            Objects.requireNonNull(code, "code must not be null");
            Objects.requireNonNull(severity, "severity must not be null");
            severities.put(code, severity);
            return this;
        }

        /**
         * Sets the maximum sentence length; longer sentences are reported and not parsed.
         *
         * @param length at least 1 ({@link #DEFAULT_MAX_SENTENCE_LENGTH} by default)
         * @return {@code this}
         */
        public Builder maxSentenceLength(int length) {
            if (length < 1) {
                throw new IllegalArgumentException("maxSentenceLength must be >= 1, was " + length);
            }
            this.maxSentenceLength = length;
            return this;
        }

        /**
         * Applies extensions, in order.
         *
         * @param extensions the extensions
         * @return {@code this}
         */
        public Builder extensions(EarsExtension... extensions) {
            Objects.requireNonNull(extensions, "extensions must not be null");
            for (EarsExtension e : extensions) {
                Objects.requireNonNull(e, "extensions must not contain null").extend(this);
            }
            return this;
        }

        /**
         * Discovers {@link EarsPatternProvider}s with {@link ServiceLoader} (the thread's context
         * class loader, or the module layer) and applies them, sorted by class name.
         *
         * @return {@code this}
         */
        public Builder loadExtensions() {
            ClassLoader cl = Thread.currentThread().getContextClassLoader();
            return loadExtensions(cl != null ? cl : EarsParser.class.getClassLoader());
        }

        /**
         * Discovers {@link EarsPatternProvider}s with {@link ServiceLoader} in a class loader and
         * applies them, sorted by class name. A provider that fails to load or to apply is skipped
         * and reported in {@link EarsParser#extensionProblems()}; it never hides the others.
         *
         * @param classLoader where to look
         * @return {@code this}
         */
        public Builder loadExtensions(ClassLoader classLoader) {
            Objects.requireNonNull(classLoader, "classLoader must not be null");
            List<EarsPatternProvider> found = new ArrayList<>();
            java.util.Iterator<EarsPatternProvider> it =
                    ServiceLoader.load(EarsPatternProvider.class, classLoader).iterator();
            for (int guard = 0; guard < 10_000; guard++) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    found.add(it.next());
                } catch (java.util.ServiceConfigurationError e) {
                    extensionProblems.add(
                            providerProblem(
                                    providerName(e), e.getCause() != null ? e.getCause() : e));
                }
            }
            found.sort(Comparator.comparing(p -> p.getClass().getName()));
            for (EarsPatternProvider p : found) {
                try {
                    p.extend(this);
                } catch (RuntimeException | LinkageError e) {
                    extensionProblems.add(providerProblem(p.getClass().getName(), e));
                }
            }
            return this;
        }

        private static String providerName(java.util.ServiceConfigurationError e) {
            String m = String.valueOf(e.getMessage());
            int at = m.indexOf("Provider ");
            if (at < 0) {
                return "(unknown provider)";
            }
            String rest = m.substring(at + "Provider ".length());
            int sp = rest.indexOf(' ');
            return sp < 0 ? rest : rest.substring(0, sp);
        }

        private static Diagnostic providerProblem(String className, Throwable cause) {
            String why = cause.getClass().getName();
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                why = why + ": " + cause.getMessage().strip();
            }
            return EarsCode.PROVIDER_NOT_LOADED.at(
                    SourceSpan.of(1, 1, 0, 1, 1, 0),
                    "pattern provider "
                            + className
                            + " ("
                            + EarsPatternProvider.class.getName()
                            + ") failed to load and was skipped: "
                            + why);
        }

        /**
         * Builds the parser.
         *
         * @return an immutable, thread-safe parser
         */
        public EarsParser build() {
            if (dialects.isEmpty()) {
                throw new IllegalStateException("at least one dialect must be active");
            }
            return new EarsParser(this);
        }
    }
}
