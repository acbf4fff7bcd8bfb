package dev.specdriven.spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code <repoRoot>/../shared} by walking up from {@code user.dir}. */
final class TestPaths {
    private TestPaths() {}

    static Path shared() {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
                d != null;
                d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared").resolve("corpus"))) {
                return d.resolve("shared");
            }
        }
        return Path.of(System.getProperty("user.dir")).resolve("../../shared");
    }

    static Path kiroCorpus() {
        return shared().resolve("corpus").resolve("kiro");
    }
}
