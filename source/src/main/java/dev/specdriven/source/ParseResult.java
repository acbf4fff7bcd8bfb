package dev.specdriven.source;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of a parse: a value (always present, possibly partial) and the diagnostics found.
 *
 * <p>Parsers in specdriven never throw for bad input; they return what they understood and say what
 * is wrong. Callers who prefer an exception use {@link #orElseThrow()}.
 *
 * <pre>{@code
 * ParseResult<EarsRequirement> result = EarsParser.create().parse(sentence);
 * if (result.hasErrors()) {
 *     result.diagnostics().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @param value what was parsed
 * @param diagnostics problems found, in input order
 * @param <T> the parsed type
 */
public record ParseResult<T>(T value, List<Diagnostic> diagnostics) {

    /** Copies the diagnostics. */
    public ParseResult {
        Objects.requireNonNull(value, "value must not be null");
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Whether any diagnostic has severity {@link Severity#ERROR}.
     *
     * @return true when there is at least one error
     */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * The diagnostics of severity {@link Severity#ERROR}.
     *
     * @return an immutable list
     */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /**
     * Returns the value when there are no errors.
     *
     * @return the value
     * @throws SpecSyntaxException holding every error when there is at least one
     */
    public T orElseThrow() {
        List<Diagnostic> errors = errors();
        if (!errors.isEmpty()) {
            throw new SpecSyntaxException(errors);
        }
        return value;
    }

    /**
     * Maps the value, keeping the diagnostics.
     *
     * @param mapper the function to apply
     * @param <R> the new value type
     * @return a result with the mapped value
     */
    public <R> ParseResult<R> map(Function<? super T, ? extends R> mapper) {
        return new ParseResult<>(mapper.apply(value), diagnostics);
    }
}
