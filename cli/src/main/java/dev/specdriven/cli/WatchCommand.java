package dev.specdriven.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.Spec;
import dev.specdriven.trace.CoverageSummary;
import dev.specdriven.trace.IncrementalAnalysis;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code specdriven watch}: keeps the analysis of a workspace up to date while files change and
 * prints what each change did. Runs until interrupted (Ctrl-C), or with {@code --once} until the
 * first change that alters diagnostics, findings or coverage has been reported.
 */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = {
            "Watches a workspace: prints a summary, then after every change the diagnostics and"
                    + " findings that appeared (+) or disappeared (-) and the new coverage. Only"
                    + " the changed files are re-read. Runs until interrupted (Ctrl-C).",
            "Exit code: 0 success, 2 usage or I/O error."
        })
final class WatchCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text, or json: one JSON object per line (schemaVersion 1).")
    Format format;

    @Option(
            names = "--debounce",
            defaultValue = "100",
            paramLabel = "MS",
            description = "Wait until no file event arrived for this long before re-analysing.")
    long debounce;

    @Option(
            names = "--once",
            description = "Exit after the first change that altered the analysis was reported.")
    boolean once;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace directory.")
    Path workspace;

    private final Map<WatchKey, Path> keys = new HashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (debounce < 0) {
            err.println("watch: --debounce must not be negative");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(workspace)) {
            err.println("watch: not a directory: " + workspace);
            return ExitCodes.USAGE;
        }
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            IncrementalAnalysis analysis = IncrementalAnalysis.open(workspace);
            registerAll(ws, analysis);
            print(out, initial(analysis.snapshot()));
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = ws.poll(250, TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                Set<Path> changed = new LinkedHashSet<>();
                boolean overflow = drain(key, changed);
                while ((key = ws.poll(Math.max(1, debounce), TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(key, changed);
                }
                IncrementalAnalysis.Delta delta =
                        overflow ? analysis.reload() : analysis.update(changed);
                for (Path p : changed) {
                    if (Files.isDirectory(p)) {
                        registerTree(ws, p);
                    }
                }
                registerAll(ws, analysis);
                if (!delta.isEmpty()) {
                    print(out, delta(delta));
                    if (once) {
                        return ExitCodes.OK;
                    }
                }
            }
            return ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } catch (ClosedWatchServiceException e) {
            return ExitCodes.OK;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("watch: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private void print(PrintWriter out, List<String> lines) {
        lines.forEach(out::println);
        out.flush();
    }

    private boolean drain(WatchKey key, Set<Path> changed) {
        Path dir = keys.get(key);
        boolean overflow = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                overflow = true;
            } else if (dir != null) {
                changed.add(dir.resolve((Path) e.context()));
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
        return overflow;
    }

    private void registerAll(WatchService ws, IncrementalAnalysis analysis) throws IOException {
        Path root = analysis.root();
        register(ws, root);
        register(ws, root.resolve(".kiro"));
        register(ws, root.resolve(".kiro/steering"));
        register(ws, root.resolve("specs"));
        registerTree(ws, root.resolve(".kiro/specs"));
        for (Spec s : analysis.snapshot().workspace().specs()) {
            register(ws, s.directory().toAbsolutePath().normalize());
        }
    }

    private void registerTree(WatchService ws, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var s = Files.walk(dir, 3)) {
            for (Path p : s.filter(Files::isDirectory).toList()) {
                register(ws, p);
            }
        }
    }

    private void register(WatchService ws, Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs) || keys.containsValue(abs)) {
            return;
        }
        WatchKey k =
                abs.register(
                        ws,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
        keys.put(k, abs);
    }

    // ------------------------------------------------------------------ output

    private List<String> initial(IncrementalAnalysis.Snapshot s) {
        if (format == Format.json) {
            ObjectMapper m = Json.MAPPER;
            ObjectNode n = m.createObjectNode();
            n.put("schemaVersion", 1);
            n.put("event", "initial");
            n.put("workspace", s.workspace().root().toString());
            n.put("specs", s.specs().size());
            n.put("diagnostics", s.diagnostics().size());
            n.put("findings", s.findings().size());
            n.set("coverage", coverage(m, s.coverage()));
            return List.of(Json.write(m, n));
        }
        return List.of(
                String.format(
                        Locale.ROOT,
                        "watching %s: %d specs, %d diagnostics, %d findings, %s",
                        s.workspace().root(),
                        s.specs().size(),
                        s.diagnostics().size(),
                        s.findings().size(),
                        coverageText(s.coverage())));
    }

    private List<String> delta(IncrementalAnalysis.Delta d) {
        if (format == Format.json) {
            ObjectMapper m = Json.MAPPER;
            ObjectNode n = m.createObjectNode();
            n.put("schemaVersion", 1);
            n.put("event", "delta");
            n.put("version", d.snapshot().version());
            ArrayNode specs = n.putArray("specs");
            for (IncrementalAnalysis.SpecChange c : d.specs()) {
                ObjectNode sc = specs.addObject();
                sc.put("path", c.path());
                c.before().ifPresent(b -> sc.set("coverageBefore", coverage(m, b)));
                c.after().ifPresent(a -> sc.set("coverageAfter", coverage(m, a)));
                c.lifecycleBefore().ifPresent(l -> sc.put("lifecycleBefore", l.name()));
                c.lifecycleAfter().ifPresent(l -> sc.put("lifecycleAfter", l.name()));
            }
            ArrayNode added = n.putArray("added");
            d.addedDiagnostics().forEach(x -> added.add(Json.diagnostic(m, x)));
            d.addedFindings().forEach(f -> added.add(Json.diagnostic(m, f.diagnostic())));
            ArrayNode removed = n.putArray("removed");
            d.removedDiagnostics().forEach(x -> removed.add(Json.diagnostic(m, x)));
            d.removedFindings().forEach(f -> removed.add(Json.diagnostic(m, f.diagnostic())));
            n.set("coverage", coverage(m, d.coverageAfter()));
            n.put("diagnostics", d.snapshot().diagnostics().size());
            n.put("findings", d.snapshot().findings().size());
            return List.of(Json.write(m, n));
        }
        List<String> lines = new java.util.ArrayList<>();
        d.addedDiagnostics().forEach(x -> lines.add("+ " + line(x)));
        d.addedFindings().forEach(f -> lines.add("+ " + line(f.diagnostic())));
        d.removedDiagnostics().forEach(x -> lines.add("- " + line(x)));
        d.removedFindings().forEach(f -> lines.add("- " + line(f.diagnostic())));
        for (IncrementalAnalysis.SpecChange c : d.specs()) {
            if (!c.lifecycleBefore().equals(c.lifecycleAfter())) {
                lines.add(
                        "  "
                                + c.path()
                                + ": "
                                + c.lifecycleBefore().map(Enum::name).orElse("(new)")
                                + " -> "
                                + c.lifecycleAfter().map(Enum::name).orElse("(removed)"));
            }
        }
        lines.add(
                String.format(
                        Locale.ROOT,
                        "  now %d diagnostics, %d findings, %s",
                        d.snapshot().diagnostics().size(),
                        d.snapshot().findings().size(),
                        coverageText(d.coverageAfter())));
        return lines;
    }

    private static String line(Diagnostic d) {
        return d.file().orElse(".")
                + ":"
                + d.line()
                + ":"
                + d.column()
                + " "
                + d.code()
                + " "
                + d.message();
    }

    private static String coverageText(CoverageSummary c) {
        return String.format(
                Locale.ROOT,
                "covered %d/%d (%s), designed %d, tasked %d, done %d",
                c.covered(),
                c.criteria(),
                TraceSupport.pct(c.coveredPercent()),
                c.designed(),
                c.tasked(),
                c.done());
    }

    private static ObjectNode coverage(ObjectMapper m, CoverageSummary c) {
        ObjectNode n = m.createObjectNode();
        n.put("criteria", c.criteria());
        n.put("designed", c.designed());
        n.put("tasked", c.tasked());
        n.put("covered", c.covered());
        n.put("done", c.done());
        n.put("verified", c.verified());
        return n;
    }
}
