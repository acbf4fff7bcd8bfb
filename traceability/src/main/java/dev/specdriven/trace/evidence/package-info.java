/**
 * Evidence from tests and code: requirement tags in source files ({@code @Verifies("spec:2.3")},
 * {@code // Verifies: spec 2.3}), JUnit/Surefire XML reports and the specdriven evidence JSON file,
 * read by {@link dev.specdriven.trace.evidence.EvidenceReader}.
 */
@NullMarked
package dev.specdriven.trace.evidence;

import org.jspecify.annotations.NullMarked;
