/** Example: Extending the EARS parser: a custom timing pattern and a French dialect. */
@NullMarked
package dev.specdriven.examples.ears;

import org.jspecify.annotations.NullMarked;
