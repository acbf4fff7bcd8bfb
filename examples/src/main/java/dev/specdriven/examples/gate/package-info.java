/** Example: A CI gate: fail the build on spec errors or low coverage. */
@NullMarked
package dev.specdriven.examples.gate;

import org.jspecify.annotations.NullMarked;
