/** The {@code specdriven} command line (picocli). Not an API: use the library modules instead. */
@NullMarked
package dev.specdriven.cli;

import org.jspecify.annotations.NullMarked;
