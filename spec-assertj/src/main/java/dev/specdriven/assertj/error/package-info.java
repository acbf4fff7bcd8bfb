/**
 * Failure-message factories of the specdriven assertions, one per kind of failure, following the
 * AssertJ recipe ({@code ShouldXxx extends BasicErrorMessageFactory}). Tests of custom assertions
 * can compare a failure message with {@code shouldXxx(..).create()}.
 *
 * <pre>{@code
 * AssertionError e = catchThrowableOfType(AssertionError.class,
 *         () -> assertThat(result).hasNoErrors());
 * then(e).hasMessage(ShouldHaveNoErrors.shouldHaveNoErrors("parse result", result.errors()).create());
 * }</pre>
 */
@NullMarked
package dev.specdriven.assertj.error;

import org.jspecify.annotations.NullMarked;
