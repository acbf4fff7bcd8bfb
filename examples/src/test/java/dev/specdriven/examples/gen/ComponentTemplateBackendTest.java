package dev.specdriven.examples.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.cli.Main;
import dev.specdriven.generate.ModelBackends;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentTemplateBackendTest {

    private static Path example(Path into) throws IOException {
        Path src = Path.of("workspace").toAbsolutePath();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = into.resolve(src.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return into;
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void the_backend_is_installed_for_the_service_loader() {
        assertThat(ModelBackends.discover().find(ComponentTemplateBackend.ID))
                .get()
                .isInstanceOf(ComponentTemplateBackend.class);
    }

    @Test
    void specdriven_generate_uses_it_by_id(@TempDir Path tmp) throws IOException {
        Path ws = example(tmp);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int design =
                run(
                        out,
                        err,
                        "generate",
                        "design",
                        ws.toString(),
                        "order-checkout",
                        "--backend",
                        "component-template",
                        "--force"); // the example's design is hand-written: replace it anyway
        assertThat(design).as(err.toString()).isZero();
        assertThat(out.toString()).contains("backend component-template");
        int tasks =
                run(
                        out,
                        err,
                        "generate",
                        "tasks",
                        ws.toString(),
                        "order-checkout",
                        "--backend",
                        "component-template",
                        "--dry-run",
                        "--force");
        assertThat(tasks).as(err.toString()).isZero();

        Spec spec = SpecParser.create().read(ws).spec("order-checkout").orElseThrow();
        String text = spec.design().orElseThrow().source().text();
        assertThat(text)
                .contains("### Checkout_Service", "### Stock_Service", "### Notification_Service")
                .contains("### Property 1: Checkout_Service honours its criteria");
        // every criterion is referenced by the component design
        assertThat(
                        spec.design().orElseThrow().references().stream()
                                .flatMap(l -> l.references().stream())
                                .flatMap(r -> spec.resolve(r).stream())
                                .map(c -> c.id().toString())
                                .distinct()
                                .count())
                .isEqualTo(spec.criteria().size());
    }
}
