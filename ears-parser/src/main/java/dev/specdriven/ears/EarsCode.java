package dev.specdriven.ears;

import dev.specdriven.source.DiagnosticCode;
import dev.specdriven.source.Severity;

/**
 * The diagnostics of the EARS parser and its sentence-level lint, with stable codes.
 *
 * <p>Every code can be disabled or given another severity with {@link
 * EarsParser.Builder#disable(EarsCode...)} and {@link EarsParser.Builder#severity(EarsCode,
 * Severity)}.
 */
public enum EarsCode implements DiagnosticCode {
    /** No {@code shall} (nor a weak modal in its place): the sentence is prose. */
    MISSING_SHALL(
            "EARS001",
            Severity.ERROR,
            "missing 'shall'",
            "State the requirement as '[condition,] the <system> shall <response>'."),
    /**
     * {@code should}, {@code may}, {@code will}, {@code must}, … used in place of {@code shall}.
     */
    WEAK_MODAL(
            "EARS002",
            Severity.WARNING,
            "weak modal instead of 'shall'",
            "Replace the modal verb with 'shall' (or drop the requirement if it is optional)."),
    /** Nothing between the conditions and {@code shall}. */
    MISSING_SYSTEM(
            "EARS003",
            Severity.ERROR,
            "missing system name",
            "Name the system that responds, right before 'shall': 'the <system> shall …'."),
    /** More than one {@code shall} in one sentence. */
    MULTIPLE_SHALL(
            "EARS004",
            Severity.WARNING,
            "several 'shall' in one sentence",
            "Split the sentence into one requirement per 'shall'."),
    /** An {@code If} clause without {@code then}. */
    IF_WITHOUT_THEN(
            "EARS005",
            Severity.WARNING,
            "'If' without 'then'",
            "Write 'If <trigger>, then the <system> shall <response>'."),
    /** Clauses out of the EARS order Where, While, When/If. */
    CLAUSE_ORDER(
            "EARS006",
            Severity.WARNING,
            "clauses out of EARS order",
            "Order the clauses as: Where …, While …, When …/If … then, the <system> shall …."),
    /** More than one trigger ({@code When} or {@code If}) clause. */
    MULTIPLE_TRIGGERS(
            "EARS007",
            Severity.WARNING,
            "more than one trigger clause",
            "Keep one trigger per requirement; join conditions with 'and' or split the requirement."),
    /** A keyword with no text after it. */
    EMPTY_CLAUSE(
            "EARS008",
            Severity.ERROR,
            "empty clause",
            "Write the condition after the keyword or remove the keyword."),
    /** Nothing after {@code shall}. */
    MISSING_RESPONSE(
            "EARS009",
            Severity.ERROR,
            "missing response",
            "Say what the system shall do after 'shall'."),
    /** A vague word such as {@code appropriate} or {@code user-friendly}. */
    VAGUE_TERM(
            "EARS010",
            Severity.WARNING,
            "vague term",
            "Replace the vague term with a testable criterion."),
    /** {@code shall be …ed} without saying by whom. */
    PASSIVE_WITHOUT_ACTOR(
            "EARS011",
            Severity.WARNING,
            "passive response without an actor",
            "Use the active voice: 'the <system> shall <verb> …' (or add 'by <actor>')."),
    /** Several responses with different verbs joined by {@code and}. */
    MULTIPLE_RESPONSES(
            "EARS012",
            Severity.WARNING,
            "several responses joined by 'and'",
            "Split the requirement so that each has one response."),
    /** A person or pronoun where the system should be. */
    HUMAN_SUBJECT(
            "EARS013",
            Severity.WARNING,
            "human actor or pronoun as the subject",
            "Make the system the subject: 'the <system> shall allow the user to …'."),
    /** A quality word ({@code fast}, {@code scalable}) without any number. */
    UNMEASURABLE_QUALITY(
            "EARS014",
            Severity.WARNING,
            "quality without a measurable value",
            "Quantify the quality with a number and a unit (for example 'within 200 ms')."),
    /** A lead that is not an EARS keyword ({@code FOR ALL …}, {@code EACH x SHALL}). */
    NON_EARS_LEAD(
            "EARS015",
            Severity.INFO,
            "sentence starts with a non-EARS lead",
            "Start with Where/While/When/If, or with the system name for a ubiquitous requirement."),
    /** The sentence is longer than the configured maximum. */
    SENTENCE_TOO_LONG(
            "EARS016",
            Severity.ERROR,
            "sentence too long",
            "Split the text into sentences of one requirement each."),
    /** The sentence is empty or blank. */
    EMPTY_SENTENCE("EARS017", Severity.ERROR, "empty sentence", "Write a requirement sentence."),
    /** The sentence contains control characters. */
    CONTROL_CHARACTER(
            "EARS018",
            Severity.WARNING,
            "control character in the sentence",
            "Remove the control character."),
    /** Kiro's first-generation {@code WHEN … THEN the system SHALL …} form. */
    THEN_AFTER_WHEN(
            "EARS019",
            Severity.INFO,
            "'then' after 'When' is not EARS (off by default)",
            "Write 'When <trigger>, the <system> shall …'; 'then' belongs to 'If'. Off by default:"
                    + " it is Kiro's own form; EarsParser.Builder.enable turns it on."),
    /** A placeholder ({@code TBD}, {@code TODO}, {@code to be determined}, 待定) in the sentence. */
    PLACEHOLDER(
            "EARS020",
            Severity.WARNING,
            "placeholder in the requirement",
            "Replace the placeholder with the value or behaviour it stands for."),
    /**
     * A {@code When} clause that states a wish or a need ({@code WHEN a user wants to …}, {@code
     * WHEN chunking is required}) instead of an event the system can observe.
     */
    WISH_TRIGGER(
            "EARS021",
            Severity.WARNING,
            "trigger states a wish or need, not an event",
            "Name the observable event instead: 'When the user selects Delete account, …'"
                    + " rather than 'When the user wants to delete their account, …'."),
    /** An installed pattern provider failed to load and was skipped. */
    PROVIDER_NOT_LOADED(
            "EARS090",
            Severity.WARNING,
            "an installed pattern provider could not be loaded and was skipped",
            "Fix or remove the jar that provides it (its META-INF/services entry names the"
                    + " class)."),
    /** The tagged sentence did not fit the grammar (a bug in the tagger; never expected). */
    SYNTAX_ERROR(
            "EARS098", Severity.ERROR, "syntax error", "Report this sentence as a parser bug."),
    /** The parser failed internally (a bug, or input nested too deeply). */
    INTERNAL_ERROR(
            "EARS099",
            Severity.ERROR,
            "internal parser error",
            "Simplify the sentence; report it as a parser bug if it is ordinary text.");

    private final Definition definition;

    EarsCode(String code, Severity severity, String title, String fix) {
        this.definition = new Definition(code, severity, title, fix);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
