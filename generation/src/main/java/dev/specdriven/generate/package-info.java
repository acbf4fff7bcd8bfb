/**
 * Generation of spec documents through pluggable model backends.
 *
 * <ul>
 *   <li>{@link dev.specdriven.generate.SpecGenerator}: the validate-and-repair loop, default
 *       implementation of {@link dev.specdriven.generate.DesignGenerator}, {@link
 *       dev.specdriven.generate.TasksGenerator} and {@link
 *       dev.specdriven.generate.RequirementsGenerator}.
 *   <li>{@link dev.specdriven.generate.GenerationContext}, {@link
 *       dev.specdriven.generate.GenerationRequest}, {@link dev.specdriven.generate.Prompt} (chat
 *       messages with roles), {@link dev.specdriven.generate.OutputContract}: what a backend gets;
 *       {@link dev.specdriven.generate.ModelReply} and {@link dev.specdriven.generate.TokenUsage}:
 *       what it may return.
 *   <li>{@link dev.specdriven.generate.GenerationResult} (accept to write), {@link
 *       dev.specdriven.generate.GenerationMetrics}, {@link dev.specdriven.generate.GenCode}.
 *   <li>{@link dev.specdriven.generate.RequirementsChange} and {@link
 *       dev.specdriven.generate.ImpactScope}: impact-scoped regeneration.
 *   <li>{@link dev.specdriven.generate.ModelBackends}, {@link
 *       dev.specdriven.generate.BuiltinBackend}, {@link dev.specdriven.generate.ScriptedBackend} (a
 *       test double). Real models: the {@code generation-langchain4j} module.
 * </ul>
 *
 * <p>See {@code docs/generation.md}.
 */
@NullMarked
package dev.specdriven.generate;

import org.jspecify.annotations.NullMarked;
