/**
 * A custom model backend, {@link dev.specdriven.examples.gen.ComponentTemplateBackend}, installed
 * through {@link java.util.ServiceLoader} and used as {@code specdriven generate --backend
 * component-template}.
 */
@NullMarked
package dev.specdriven.examples.gen;

import org.jspecify.annotations.NullMarked;
