/** Implementation of the EARS parser; not exported, may change at any time. */
@NullMarked
package dev.specdriven.ears.internal;

import org.jspecify.annotations.NullMarked;
