package dev.specdriven.spec;

import dev.specdriven.source.SourceSpan;
import java.util.List;
import java.util.Objects;

/**
 * The {@code ## Task Dependency Graph} block of {@code tasks.md}: a fenced JSON object with {@code
 * waves}, each wave a list of task ids that may run in parallel.
 *
 * @param waves the waves in order
 * @param json the fenced JSON text as written
 * @param span the fenced block
 */
public record DependencyGraph(List<Wave> waves, String json, SourceSpan span) {
    /** Validates and copies. */
    public DependencyGraph {
        waves = List.copyOf(waves);
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(span, "span must not be null");
    }

    /**
     * One wave.
     *
     * @param id the wave id as written
     * @param taskIds the task ids as written ({@code "2.1"}, {@code "4"})
     */
    public record Wave(String id, List<String> taskIds) {
        /** Validates and copies. */
        public Wave {
            Objects.requireNonNull(id, "id must not be null");
            taskIds = List.copyOf(taskIds);
        }
    }
}
