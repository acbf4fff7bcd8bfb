/**
 * Positions, spans and diagnostics shared by every specdriven module.
 *
 * <p>Every model element carries a {@link dev.specdriven.source.SourceSpan}; every problem is a
 * {@link dev.specdriven.source.Diagnostic} with a stable code; every parser returns a {@link
 * dev.specdriven.source.ParseResult}.
 */
@NullMarked
package dev.specdriven.source;

import org.jspecify.annotations.NullMarked;
