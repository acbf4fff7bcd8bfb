package dev.specdriven.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Locates {@code ../shared/corpus} (a sibling of the repository root or of an ancestor). */
final class SharedCorpus {
    private SharedCorpus() {}

    /** The corpus directory, when present. */
    static Optional<Path> dir() {
        Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (d != null) {
            Path c = d.resolve("shared").resolve("corpus");
            if (Files.isDirectory(c)) {
                return Optional.of(c);
            }
            d = d.getParent();
        }
        return Optional.empty();
    }

    /** Every regular file below the corpus whose name matches, sorted. */
    static List<Path> files(Path corpus, java.util.function.Predicate<String> name) {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> name.test(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
