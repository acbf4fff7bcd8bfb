/** ANTLR-generated lexer and parser for one EARS sentence; not exported. */
@NullMarked
package dev.specdriven.ears.internal.antlr;

import org.jspecify.annotations.NullMarked;
