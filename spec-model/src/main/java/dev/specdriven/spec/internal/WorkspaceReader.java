package dev.specdriven.spec.internal;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourcePosition;
import dev.specdriven.source.SourceSpan;
import dev.specdriven.spec.BugfixDocument;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.DocumentKind;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecCode;
import dev.specdriven.spec.SpecConfig;
import dev.specdriven.spec.SteeringDocument;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.Workspace;
import dev.specdriven.spec.WorkspaceLayout;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the specs of a workspace and reads them (in parallel when asked). */
public final class WorkspaceReader {

    /** File names of the {@code .config.kiro} side-car; the second is the corpus' alias. */
    static final List<String> CONFIG_NAMES = List.of(".config.kiro", "_config.kiro.json");

    private static final List<String> SPEC_FILES =
            List.of("requirements.md", "bugfix.md", "design.md", "tasks.md");

    private final DocumentReaders readers;
    private final boolean parallel;

    /**
     * Creates the reader.
     *
     * @param readers the document readers
     * @param parallel whether to read spec folders in parallel
     */
    public WorkspaceReader(DocumentReaders readers, boolean parallel) {
        this.readers = readers;
        this.parallel = parallel;
    }

    private static final SourceSpan START = SourceSpan.at(SourcePosition.START);

    /**
     * Reads a workspace.
     *
     * @param root the directory
     * @return the workspace
     * @throws IOException when root is no readable directory
     */
    public Workspace read(Path root) throws IOException {
        if (!Files.exists(root)) {
            throw new NoSuchFileException(root.toString(), null, "no such directory");
        }
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        List<Diagnostic> diags = new ArrayList<>();
        List<Path[]> folders = new ArrayList<>(); // {folder}
        WorkspaceLayout layout;
        Path kiroSpecs = root.resolve(".kiro").resolve("specs");
        Path specsDir = root.resolve("specs");
        if (Files.isDirectory(kiroSpecs)) {
            layout = WorkspaceLayout.KIRO;
            for (Path p : list(kiroSpecs, diags, root)) {
                if (Files.isDirectory(p)) {
                    folders.add(new Path[] {p});
                }
            }
        } else if (Files.isDirectory(specsDir) && hasSpecFolders(specsDir)) {
            layout = WorkspaceLayout.SPECS_DIRECTORY;
            for (Path p : list(specsDir, diags, root)) {
                if (Files.isDirectory(p) && isSpecFolder(p)) {
                    folders.add(new Path[] {p});
                }
            }
        } else if (isSpecFolder(root)) {
            layout = WorkspaceLayout.SINGLE_SPEC;
            folders.add(new Path[] {root});
        } else {
            layout = WorkspaceLayout.SPEC_COLLECTION;
            for (Path p : list(root, diags, root)) {
                if (Files.isDirectory(p) && isSpecFolder(p)) {
                    folders.add(new Path[] {p});
                }
            }
        }
        if (folders.isEmpty()) {
            layout = WorkspaceLayout.EMPTY;
            diags.add(
                    SpecCode.NO_SPECS.at(
                            START,
                            "no spec found in "
                                    + root
                                    + " (looked for .kiro/specs/*, specs/*, spec files or spec"
                                    + " folders)"));
        }
        Stream<Path[]> stream = parallel ? folders.parallelStream() : folders.stream();
        List<Spec> specs =
                stream.map(
                                f -> {
                                    Path folder = f[0];
                                    String rel = relative(root, folder);
                                    return readSpec(root, folder, rel.isEmpty() ? "." : rel);
                                })
                        .sorted(java.util.Comparator.comparing(Spec::path))
                        .toList();
        List<SteeringDocument> steering = new ArrayList<>();
        Path steeringDir = root.resolve(".kiro").resolve("steering");
        if (Files.isDirectory(steeringDir)) {
            for (Path p : list(steeringDir, diags, root)) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".md") || Files.isDirectory(p)) {
                    continue;
                }
                String rel = relative(root, p);
                try {
                    long size = Files.size(p);
                    if (size > readers.limits().maxFileSize()) {
                        diags.add(DocumentReaders.tooLarge(rel, size, readers.limits()));
                        continue;
                    }
                    steering.add(
                            (SteeringDocument)
                                    readers.read(
                                            DocumentKind.STEERING,
                                            rel,
                                            SourceText.of(Files.readAllBytes(p))));
                } catch (IOException e) {
                    diags.add(unreadable(rel, e));
                }
            }
        }
        return new Workspace(root, layout, specs, steering, diags);
    }

    private static boolean hasSpecFolders(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && isSpecFolder(p));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isSpecFolder(Path dir) {
        for (String f : SPEC_FILES) {
            if (Files.exists(dir.resolve(f))) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> list(Path dir, List<Diagnostic> diags, Path root) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                out.add(p);
            }
        } catch (IOException e) {
            diags.add(unreadable(relative(root, dir), e));
        }
        out.sort(java.util.Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    static String relative(Path root, Path p) {
        String s =
                root.toAbsolutePath()
                        .normalize()
                        .relativize(p.toAbsolutePath().normalize())
                        .toString();
        return s.replace(java.io.File.separatorChar, '/');
    }

    private static Diagnostic unreadable(String rel, IOException e) {
        String kind = e.getClass().getSimpleName();
        String why;
        if (kind.equals("AccessDeniedException")) {
            why = "permission denied";
        } else if (kind.equals("NoSuchFileException")) {
            why = "no such file";
        } else if (e.getMessage() != null) {
            why = e.getMessage();
        } else {
            why = "I/O error";
        }
        return SpecCode.UNREADABLE_FILE
                .at(START, "cannot read " + (rel.isEmpty() ? "." : rel) + ": " + why)
                .withFile(rel.isEmpty() ? "." : rel);
    }

    /**
     * Reads one spec folder.
     *
     * @param root the workspace root
     * @param folder the folder
     * @param rel the folder path relative to the root ({@code .} for the root)
     * @return the spec
     */
    public Spec readSpec(Path root, Path folder, String rel) {
        List<Diagnostic> diags = new ArrayList<>();
        String prefix = rel.equals(".") ? "" : rel + "/";
        Optional<RequirementsDocument> req = Optional.empty();
        Optional<BugfixDocument> bug = Optional.empty();
        Optional<DesignDocument> design = Optional.empty();
        Optional<TasksDocument> tasks = Optional.empty();
        Optional<SpecConfig> config = Optional.empty();
        List<String> others = new ArrayList<>();
        for (Path p : list(folder, diags, root)) {
            String name = p.getFileName().toString();
            String relFile = prefix + name;
            Optional<DocumentKind> kind = DocumentKind.ofFileName(name);
            boolean isConfig = CONFIG_NAMES.contains(name);
            if (kind.isEmpty() && !isConfig) {
                others.add(name);
                continue;
            }
            if (isConfig && config.isPresent()) {
                others.add(name);
                continue;
            }
            byte[] bytes;
            try {
                if (Files.isDirectory(p)) {
                    throw new IOException("is a directory");
                }
                long size = Files.size(p);
                if (size > readers.limits().maxFileSize()) {
                    diags.add(DocumentReaders.tooLarge(relFile, size, readers.limits()));
                    continue;
                }
                bytes = Files.readAllBytes(p);
            } catch (IOException | RuntimeException e) {
                diags.add(
                        unreadable(
                                relFile,
                                e instanceof IOException ? (IOException) e : new IOException(e)));
                continue;
            }
            SourceText src = SourceText.of(bytes);
            if (isConfig) {
                config = Optional.of(readers.readConfig(relFile, src));
                continue;
            }
            switch (kind.get()) {
                case REQUIREMENTS:
                    req =
                            Optional.of(
                                    (RequirementsDocument) readers.read(kind.get(), relFile, src));
                    break;
                case BUGFIX:
                    bug = Optional.of((BugfixDocument) readers.read(kind.get(), relFile, src));
                    break;
                case DESIGN:
                    design = Optional.of((DesignDocument) readers.read(kind.get(), relFile, src));
                    break;
                case TASKS:
                    tasks = Optional.of((TasksDocument) readers.read(kind.get(), relFile, src));
                    break;
                default:
                    others.add(name);
            }
        }
        return new Spec(
                folder.getFileName() == null
                        ? rel
                        : folder.toAbsolutePath().normalize().getFileName().toString(),
                rel,
                folder,
                config,
                req,
                bug,
                design,
                tasks,
                others,
                diags);
    }
}
