/**
 * What hosts implement: {@link dev.specdriven.generate.spi.ModelBackend} (the model) and {@link
 * dev.specdriven.generate.spi.PromptRenderer} (the prompt text). Evolving until 1.0.
 */
@NullMarked
package dev.specdriven.generate.spi;

import org.jspecify.annotations.NullMarked;
