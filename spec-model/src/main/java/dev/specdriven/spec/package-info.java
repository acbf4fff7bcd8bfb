/**
 * The spec model: Kiro-style spec folders read into immutable, thread-safe values with source
 * spans.
 *
 * <ul>
 *   <li>{@link dev.specdriven.spec.SpecParser} reads a {@link dev.specdriven.spec.Workspace} of
 *       {@link dev.specdriven.spec.Spec}s, or single documents.
 *   <li>Documents: {@link dev.specdriven.spec.RequirementsDocument} ({@link
 *       dev.specdriven.spec.Requirement}, {@link dev.specdriven.spec.AcceptanceCriterion} with its
 *       EARS parse), {@link dev.specdriven.spec.BugfixDocument}, {@link
 *       dev.specdriven.spec.DesignDocument} ({@link dev.specdriven.spec.Section}, {@link
 *       dev.specdriven.spec.CorrectnessProperty}), {@link dev.specdriven.spec.TasksDocument}
 *       ({@link dev.specdriven.spec.Task}, {@link dev.specdriven.spec.TaskState}), {@link
 *       dev.specdriven.spec.SteeringDocument}, {@link dev.specdriven.spec.SpecConfig}.
 *   <li>{@link dev.specdriven.spec.SpecChecker} adds cross-file checks with {@link
 *       dev.specdriven.spec.SpecCode} diagnostics.
 *   <li>Lossless editing: {@link dev.specdriven.spec.SourceText} keeps the original bytes, {@link
 *       dev.specdriven.spec.TextEdit}s change only their spans, {@link
 *       dev.specdriven.spec.SpecFiles#writeAtomically} writes safely.
 * </ul>
 */
@NullMarked
package dev.specdriven.spec;

import org.jspecify.annotations.NullMarked;
