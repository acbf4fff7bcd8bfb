/**
 * Implementation of the trace graph (assembly, adjacency, queries). Not exported; may change at any
 * time.
 */
@NullMarked
package dev.specdriven.trace.internal;

import org.jspecify.annotations.NullMarked;
