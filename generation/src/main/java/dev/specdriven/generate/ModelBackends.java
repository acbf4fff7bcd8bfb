package dev.specdriven.generate;

import dev.specdriven.generate.spi.ModelBackend;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourceSpan;
import java.util.ArrayList;
import java.util.Iterator;
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
 * ModelBackends.discover().ids();        // [builtin, …] on the class or module path
 * ModelBackends.discover().problems();   // GEN011 for each provider that failed to load
 * }</pre>
 *
 * <p>An installed provider that fails to load (class missing, constructor throws, {@code id()}
 * throws or returns an invalid id) never hides the others: it is skipped and reported in {@link
 * #problems()} as a {@link GenCode#BACKEND_NOT_LOADED} diagnostic naming its class and the cause.
 * Explicit backends with an invalid id are refused with {@link IllegalArgumentException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelBackends {
    private final Map<String, ModelBackend> byId;
    private final List<Diagnostic> problems;

    private ModelBackends(Map<String, ModelBackend> byId, List<Diagnostic> problems) {
        this.byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        this.problems = List.copyOf(problems);
    }

    /**
     * A registry of explicit backends (an earlier one wins on duplicate ids).
     *
     * @param backends the backends
     * @return the registry
     */
    public static ModelBackends of(ModelBackend... backends) {
        Objects.requireNonNull(backends, "backends must not be null");
        ModelBackends r = new ModelBackends(Map.of(), List.of());
        for (ModelBackend b : backends) {
            r = r.withFallback(b);
        }
        return r;
    }

    /**
     * The backends installed for {@link ServiceLoader} on the module or class path of this library
     * (the built-in one included). Providers that fail to load are skipped and reported in {@link
     * #problems()}.
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
        Map<String, ModelBackend> m = new LinkedHashMap<>();
        BuiltinBackend builtin = new BuiltinBackend();
        m.put(builtin.id(), builtin);
        List<Diagnostic> problems = new ArrayList<>();
        Iterator<ModelBackend> it = loader.iterator();
        // a broken provider must not hide the others; each failure is reported with its class
        for (int guard = 0; guard < MAX_PROVIDERS; guard++) {
            ModelBackend b;
            try {
                if (!it.hasNext()) {
                    break;
                }
                b = it.next();
            } catch (ServiceConfigurationError e) {
                // class missing, not a ModelBackend, or its constructor threw
                problems.add(problem(providerName(e), e.getCause() != null ? e.getCause() : e));
                continue;
            }
            try {
                m.putIfAbsent(checkId(b), b);
            } catch (RuntimeException | LinkageError e) {
                problems.add(problem(b.getClass().getName(), e));
            }
        }
        return new ModelBackends(m, problems);
    }

    /** Stops a class path that lists providers without end. */
    private static final int MAX_PROVIDERS = 10_000;

    private static String providerName(ServiceConfigurationError e) {
        // "dev.specdriven.generate.spi.ModelBackend: Provider com.x.Y not found"
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Provider ");
        if (at >= 0) {
            String rest = m.substring(at + "Provider ".length());
            int sp = rest.indexOf(' ');
            return sp < 0 ? rest : rest.substring(0, sp);
        }
        return "(unknown provider)";
    }

    private static Diagnostic problem(String className, Throwable cause) {
        String why = cause.getClass().getName();
        if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
            why = why + ": " + cause.getMessage().strip();
        }
        return GenCode.BACKEND_NOT_LOADED.at(
                SourceSpan.of(1, 1, 0, 1, 1, 0),
                "backend provider "
                        + className
                        + " ("
                        + ModelBackend.class.getName()
                        + ") failed to load and was skipped: "
                        + why);
    }

    /**
     * The providers that failed to load when this registry was discovered, one {@link
     * GenCode#BACKEND_NOT_LOADED} warning each, naming the provider class and the cause. Empty for
     * registries of explicit backends.
     *
     * @return the problems
     */
    public List<Diagnostic> problems() {
        return problems;
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
        return new ModelBackends(m, problems);
    }

    private ModelBackends withFallback(ModelBackend backend) {
        Map<String, ModelBackend> m = new LinkedHashMap<>(byId);
        m.putIfAbsent(checkId(backend), backend);
        return new ModelBackends(m, problems);
    }

    /**
     * Checks a backend's id: lower case letters, digits, {@code .}, {@code _} and {@code -},
     * starting with a letter or digit, at most 100 characters.
     *
     * @param backend the backend
     * @return its id
     * @throws IllegalArgumentException when the id is invalid or {@code id()} returns null
     */
    static String checkId(ModelBackend backend) {
        String id = backend.id();
        if (id == null) {
            throw new IllegalArgumentException(
                    "backend id must not be null (" + backend.getClass().getName() + ")");
        }
        if (!validId(id)) {
            throw new IllegalArgumentException(
                    "backend id must be lower case letters, digits, '.', '_' or '-', was '"
                            + (id.length() > 100 ? id.substring(0, 100) + "…" : id)
                            + "' ("
                            + backend.getClass().getName()
                            + ")");
        }
        return id;
    }

    private static boolean validId(String id) {
        if (id.isEmpty() || id.length() > 100) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok =
                    (c >= 'a' && c <= 'z')
                            || (c >= '0' && c <= '9')
                            || (i > 0 && (c == '.' || c == '_' || c == '-'));
            if (!ok) {
                return false;
            }
        }
        return true;
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
