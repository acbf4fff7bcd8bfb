/** Example: Embedding the EARS parser and the spec model in a tool. */
@NullMarked
package dev.specdriven.examples.embed;

import org.jspecify.annotations.NullMarked;
