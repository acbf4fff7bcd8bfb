package dev.specdriven.assertj.error;

import dev.specdriven.trace.Finding;
import java.util.List;
import java.util.Objects;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure of {@code hasNoOrphans()}, {@code hasNoDanglingReferences()} and {@code
 * hasNoFinding(code)}: the trace graph reports findings of that kind.
 */
public final class ShouldHaveNoFindings extends BasicErrorMessageFactory {

    /**
     * Creates the message factory.
     *
     * @param kind what should be absent, such as {@code orphans} or {@code dangling references}
     * @param findings the findings there are
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveNoFindings(String kind, List<Finding> findings) {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(findings, "findings must not be null");
        return new ShouldHaveNoFindings(kind, findings);
    }

    private ShouldHaveNoFindings(String kind, List<Finding> findings) {
        super(
                "%nExpecting trace graph to have no %s but found %s:%n%s",
                unquotedString(kind),
                findings.size(),
                unquotedString(Lines.of(findings.stream().map(Finding::diagnostic).toList())));
    }
}
