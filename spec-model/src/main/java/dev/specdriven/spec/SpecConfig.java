package dev.specdriven.spec;

import dev.specdriven.source.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code .config.kiro} JSON side-car of a spec folder: {@code {"specId": "…", "workflowType":
 * "requirements-first", "specType": "feature"}} or the {@code {"generationMode": …}} variant.
 *
 * <p>Every top-level key is kept in {@link #values()} (scalars as their text, objects and arrays as
 * JSON), and {@link #source()} keeps the exact bytes, so tools that add keys can preserve unknown
 * ones.
 *
 * @param path path relative to the workspace
 * @param source the exact content
 * @param values every top-level key with its value as text, in file order
 * @param diagnostics problems found while reading (invalid JSON)
 */
public record SpecConfig(
        String path, SourceText source, Map<String, String> values, List<Diagnostic> diagnostics) {
    /** Validates and copies (keeping the key order). */
    public SpecConfig {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(source, "source must not be null");
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The value of a top-level key.
     *
     * @param key the key
     * @return its value as text
     */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * @return {@code specId}
     */
    public Optional<String> specId() {
        return value("specId");
    }

    /**
     * @return {@code workflowType} ({@code requirements-first}, {@code design-first}...)
     */
    public Optional<String> workflowType() {
        return value("workflowType");
    }

    /**
     * @return {@code specType} ({@code feature}, {@code bugfix})
     */
    public Optional<String> specType() {
        return value("specType");
    }

    /**
     * @return {@code generationMode} (older variant of {@code workflowType})
     */
    public Optional<String> generationMode() {
        return value("generationMode");
    }
}
