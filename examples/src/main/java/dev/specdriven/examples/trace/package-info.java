/** Example: Building the trace graph and running JGraphT algorithms on it. */
@NullMarked
package dev.specdriven.examples.trace;

import org.jspecify.annotations.NullMarked;
