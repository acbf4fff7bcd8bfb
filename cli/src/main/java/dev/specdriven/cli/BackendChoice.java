package dev.specdriven.cli;

import dev.specdriven.generate.ModelBackends;
import dev.specdriven.generate.spi.ModelBackend;
import dev.specdriven.source.Diagnostic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The backend of {@code specdriven generate}: {@code openai} (any OpenAI-compatible chat endpoint,
 * configured from the environment) or a backend installed on the class path. Installed providers
 * that fail to load are warnings; they never stop another backend from running.
 */
final class BackendChoice {
    private BackendChoice() {}

    /** Where the command reads environment variables; tests replace it. */
    static Function<String, String> environment = System::getenv;

    /**
     * A chosen backend, the secret that must never be printed, and the load problems of installed
     * providers.
     */
    record Chosen(
            ModelBackend backend,
            Optional<String> secret,
            List<Diagnostic> warnings,
            Optional<String> endpoint) {}

    /** A usage problem: the message names what to set or pass. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Chooses the backend.
     *
     * @param id the --backend value
     * @param model the --model value, or null
     * @param temperature the --temperature value, or null
     * @param timeout the per-call timeout
     * @return the backend
     * @throws Refused when it cannot be used as asked
     */
    static Chosen choose(
            String id, @Nullable String model, @Nullable Double temperature, Duration timeout)
            throws Refused {
        if (id.equals(OpenAiBackend.ID)) {
            return OpenAiBackend.create(environment, model, temperature, timeout);
        }
        if (model != null || temperature != null) {
            throw new Refused(
                    "--model and --temperature apply to --backend "
                            + OpenAiBackend.ID
                            + " only; backend '"
                            + id
                            + "' is configured by its own provider");
        }
        ModelBackends installed = ModelBackends.discover();
        Optional<ModelBackend> b = installed.find(id);
        if (b.isEmpty()) {
            List<String> ids = new ArrayList<>(installed.ids());
            ids.add(OpenAiBackend.ID);
            throw new Refused(
                    "no backend '"
                            + id
                            + "'; available: "
                            + String.join(", ", ids)
                            + problemsNote(installed.problems()));
        }
        return new Chosen(b.get(), Optional.empty(), installed.problems(), Optional.empty());
    }

    private static String problemsNote(List<Diagnostic> problems) {
        return problems.isEmpty()
                ? ""
                : " (" + problems.size() + " installed provider(s) failed to load, see above)";
    }
}
