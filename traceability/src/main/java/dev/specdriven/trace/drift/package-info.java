/**
 * Drift between two versions of a workspace: semantic changes of criteria (normalized EARS parts),
 * renumbering, suspect downstream links, stale references and stale tasks. Entry point: {@link
 * dev.specdriven.trace.drift.DriftAnalyzer}.
 */
@NullMarked
package dev.specdriven.trace.drift;

import org.jspecify.annotations.NullMarked;
