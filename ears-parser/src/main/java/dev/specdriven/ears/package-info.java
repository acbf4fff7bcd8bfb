/**
 * Parses EARS (Easy Approach to Requirements Syntax) sentences into a typed model and classifies
 * them into patterns. Entry point: {@link dev.specdriven.ears.EarsParser}.
 */
@NullMarked
package dev.specdriven.ears;

import org.jspecify.annotations.NullMarked;
