package dev.specdriven.ears.internal;

import dev.specdriven.ears.Clause;
import dev.specdriven.ears.ClauseKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the model builder found in a sentence, with raw offsets for lint; filled during one parse.
 */
public final class ParsedSentence {
    /** Offsets {@code [start, end)} of a piece of the sentence. */
    public record Range(int start, int end) {}

    /** A condition clause with the offsets of its parts. */
    public record ConditionInfo(
            ClauseKind kind, Range keyword, Range text, Range then, Range whole) {}

    final List<Clause> clauses = new ArrayList<>(6);
    final List<ConditionInfo> conditions = new ArrayList<>(3);
    final List<Range> extraShall = new ArrayList<>(0);
    final List<Range> responseWords = new ArrayList<>(16);
    @Nullable Range lead;
    @Nullable Range system;
    @Nullable Range modal;
    boolean binding;
    @Nullable Range response;
    Tokens words = new Tokens(0);
    final List<ErrorCollector.Error> syntaxErrors = new ArrayList<>(0);

    /**
     * @return clauses in source order
     */
    public List<Clause> clauses() {
        return clauses;
    }

    /**
     * @return conditions in source order
     */
    public List<ConditionInfo> conditions() {
        return conditions;
    }

    /**
     * @return further shall keywords after the modal
     */
    public List<Range> extraShall() {
        return extraShall;
    }

    /**
     * @return the words of the response, in order
     */
    public List<Range> responseWords() {
        return responseWords;
    }

    /**
     * @return the lead before the first clause, or null
     */
    public @Nullable Range lead() {
        return lead;
    }

    /**
     * @return the system name, or null
     */
    public @Nullable Range system() {
        return system;
    }

    /**
     * @return the modal, or null
     */
    public @Nullable Range modal() {
        return modal;
    }

    /**
     * @return whether the modal is binding
     */
    public boolean binding() {
        return binding;
    }

    /**
     * @return the response text (after trimming), or null
     */
    public @Nullable Range response() {
        return response;
    }

    /**
     * @return the words and commas of the sentence
     */
    public Tokens words() {
        return words;
    }

    /**
     * @return the syntax errors (offset, message), expected to be empty
     */
    public List<ErrorCollector.Error> syntaxErrors() {
        return syntaxErrors;
    }
}
