/**
 * Implementation of the spec model: commonmark visitors, document readers, position mapping. Not
 * exported; may change at any time.
 */
@NullMarked
package dev.specdriven.spec.internal;

import org.jspecify.annotations.NullMarked;
