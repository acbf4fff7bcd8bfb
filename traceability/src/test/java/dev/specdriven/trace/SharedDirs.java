package dev.specdriven.trace;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code <repoRoot>/../shared}. */
final class SharedDirs {
    private SharedDirs() {}

    static Path shared() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null) {
            Path candidate = p.resolveSibling("shared");
            if (p.getParent() != null && Files.isDirectory(candidate.resolve("corpus"))) {
                return candidate;
            }
            p = p.getParent();
        }
        return Path.of(System.getProperty("user.dir")).resolve("../../shared");
    }
}
