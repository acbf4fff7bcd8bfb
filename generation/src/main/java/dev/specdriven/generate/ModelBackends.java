package dev.specdriven.generate;

import dev.specdriven.generate.spi.ModelBackend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * A persistent registry of model backends by id: explicit backends first, installed ones ({@link
 * ServiceLoader}) second. {@link #with(ModelBackend)} returns a new registry.
 *
 * <pre>{@code
 * ModelBackends backends = ModelBackends.installed().with(new MyLlmBackend());
 * ModelBackend b = backends.find("my-llm").orElseThrow();
 * ModelBackends.discover().ids();   // [builtin, …] on the class or module path
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelBackends {
    private final Map<String, ModelBackend> byId;

    private ModelBackends(Map<String, ModelBackend> byId) {
        this.byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /**
     * A registry of explicit backends (an earlier one wins on duplicate ids).
     *
     * @param backends the backends
     * @return the registry
     */
    public static ModelBackends of(ModelBackend... backends) {
        Objects.requireNonNull(backends, "backends must not be null");
        ModelBackends r = new ModelBackends(Map.of());
        for (ModelBackend b : backends) {
            r = r.withFallback(b);
        }
        return r;
    }

    /**
     * The backends installed for {@link ServiceLoader} on the module or class path of this library
     * (the built-in one included). Providers that fail to load are skipped.
     *
     * @return the registry
     */
    public static ModelBackends discover() {
        return discover(ServiceLoader.load(ModelBackend.class));
    }

    /**
     * The backends installed for {@link ServiceLoader} as seen by a class loader (for plugin
     * directories).
     *
     * @param loader the class loader
     * @return the registry
     */
    public static ModelBackends discover(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader must not be null");
        return discover(ServiceLoader.load(ModelBackend.class, loader));
    }

    private static ModelBackends discover(ServiceLoader<ModelBackend> loader) {
        ModelBackends r = of(new BuiltinBackend());
        var it = loader.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                r = r.withFallback(it.next());
            } catch (ServiceConfigurationError e) {
                // a broken provider must not hide the others
            }
        }
        return r;
    }

    /**
     * The installed backends; alias of {@link #discover()}.
     *
     * @return the registry
     */
    public static ModelBackends installed() {
        return discover();
    }

    /**
     * A registry with one more backend that takes precedence over one of the same id.
     *
     * @param backend the backend
     * @return the new registry
     */
    public ModelBackends with(ModelBackend backend) {
        Objects.requireNonNull(backend, "backend must not be null");
        Map<String, ModelBackend> m = new LinkedHashMap<>();
        m.put(checkId(backend), backend);
        byId.forEach(m::putIfAbsent);
        return new ModelBackends(m);
    }

    private ModelBackends withFallback(ModelBackend backend) {
        Map<String, ModelBackend> m = new LinkedHashMap<>(byId);
        m.putIfAbsent(checkId(backend), backend);
        return new ModelBackends(m);
    }

    private static String checkId(ModelBackend b) {
        String id = Objects.requireNonNull(b.id(), "backend id must not be null");
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException(
                    "backend id must be lower case letters, digits, '.', '_' or '-', was '"
                            + id
                            + "'");
        }
        return id;
    }

    /**
     * The backend with an id.
     *
     * @param id the id
     * @return the backend, empty when none has it
     */
    public Optional<ModelBackend> find(String id) {
        Objects.requireNonNull(id, "id must not be null");
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The ids, explicit ones first.
     *
     * @return the ids
     */
    public List<String> ids() {
        return List.copyOf(new ArrayList<>(byId.keySet()));
    }
}
