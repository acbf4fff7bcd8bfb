package dev.specdriven.assertj;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions for a {@link ParseResult}: its diagnostics and its value.
 *
 * <pre>{@code
 * assertThat(EarsParser.create().parse(sentence))
 *         .hasNoErrors()
 *         .hasNoDiagnostic("EARS010");
 * }</pre>
 *
 * @param <T> the parsed type
 */
public final class ParseResultAssert<T>
        extends AbstractDiagnosticsAssert<ParseResultAssert<T>, ParseResult<T>> {

    /**
     * Creates the assertion; use {@link SpecAssertions#assertThat(ParseResult)}.
     *
     * @param actual the result under test
     */
    public ParseResultAssert(ParseResult<T> actual) {
        super(actual, ParseResultAssert.class);
    }

    @Override
    protected List<Diagnostic> diagnostics() {
        return actual.diagnostics();
    }

    @Override
    protected String subject() {
        return "parse result";
    }

    /**
     * Navigates to the parsed value.
     *
     * @return an object assertion on the value
     */
    public AbstractObjectAssert<?, T> value() {
        isNotNull();
        return Assertions.assertThat(actual.value());
    }
}
