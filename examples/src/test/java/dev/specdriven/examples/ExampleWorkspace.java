package dev.specdriven.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the bundled example workspace and the repository root from the test's working dir. */
public final class ExampleWorkspace {
    private ExampleWorkspace() {}

    /**
     * The repository root: the nearest ancestor of the working directory holding {@code
     * examples/workspace}.
     *
     * @return the root
     */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("examples/workspace/.kiro/specs"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("examples/workspace not found above " + Path.of(""));
    }

    /**
     * The bundled example workspace.
     *
     * @return {@code <root>/examples/workspace}
     */
    public static Path directory() {
        return repositoryRoot().resolve("examples/workspace");
    }
}
