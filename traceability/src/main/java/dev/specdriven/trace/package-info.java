/**
 * The traceability graph: {@link dev.specdriven.trace.TraceGraph} links specs, requirements,
 * criteria, glossary terms, design sections, correctness properties, tasks and evidence, and
 * answers coverage, impact, execution-order and lifecycle queries. Instances are immutable and
 * thread-safe.
 */
@NullMarked
package dev.specdriven.trace;

import org.jspecify.annotations.NullMarked;
