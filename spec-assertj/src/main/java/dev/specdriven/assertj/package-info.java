/**
 * Test-side API of specdriven: AssertJ assertions for EARS requirements, specs, task lists and the
 * trace graph, and the JUnit Jupiter {@link dev.specdriven.assertj.Verifies} annotation with its
 * {@link dev.specdriven.assertj.VerifiesExtension} that turns a test run into traceability
 * evidence. Entry point: {@link dev.specdriven.assertj.SpecAssertions}.
 *
 * <pre>{@code
 * import static dev.specdriven.assertj.SpecAssertions.assertThat;
 *
 * assertThat(spec).hasNoErrors();
 * assertThat(spec).hasCriterion("2.1").isEventDriven();
 * }</pre>
 */
@NullMarked
package dev.specdriven.assertj;

import org.jspecify.annotations.NullMarked;
