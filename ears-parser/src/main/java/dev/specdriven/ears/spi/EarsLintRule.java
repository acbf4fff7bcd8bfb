package dev.specdriven.ears.spi;

import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.Diagnostic;
import java.util.List;

/**
 * A lint rule of your own, run on every parsed sentence after the built-in lint.
 *
 * <p>A rule looks at the parsed requirement (pattern, clauses with spans already in document
 * coordinates, system, response) and returns its findings. Give them a code of your own (for
 * example {@code ACME001}) so that tools can match them. A rule must be thread-safe; an exception
 * it throws becomes an {@code EARS099} diagnostic instead of escaping.
 *
 * <pre>{@code
 * EarsLintRule noGenericSystem = r -> r.systemName()
 *         .filter(s -> s.equalsIgnoreCase("system"))
 *         .map(s -> List.of(Diagnostic.of("ACME001", Severity.WARNING,
 *                 "generic system name 'system'", "Name the component that responds.",
 *                 r.clause(ClauseKind.SYSTEM).orElseThrow().span())))
 *         .orElse(List.of());
 * EarsParser parser = EarsParser.builder().addLintRule(noGenericSystem).build();
 * }</pre>
 */
@FunctionalInterface
public interface EarsLintRule {

    /**
     * Checks one sentence.
     *
     * @param requirement the parsed sentence
     * @return the findings, empty when there are none
     */
    List<Diagnostic> check(EarsRequirement requirement);
}
