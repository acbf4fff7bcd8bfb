/**
 * Extension points of the EARS parser: {@link dev.specdriven.ears.spi.EarsExtension} configures a
 * parser builder explicitly, {@link dev.specdriven.ears.spi.EarsPatternProvider} is discovered with
 * {@link java.util.ServiceLoader}. This package may change in minor releases before 1.0.
 */
@NullMarked
package dev.specdriven.ears.spi;

import org.jspecify.annotations.NullMarked;
