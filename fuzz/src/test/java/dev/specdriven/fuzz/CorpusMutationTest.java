package dev.specdriven.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.specdriven.spec.DocumentKind;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.TasksDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded mutations of real spec files from {@code ../shared/corpus}: byte flips, truncation,
 * duplicated lines, CRLF/LF/CR mixes, byte-order marks, invalid UTF-8, 1 MB single lines,
 * 10,000-deep nesting. Every mutant is parsed by the reader of its kind under a hang guard; no
 * exception escapes, the source round-trips byte for byte and every diagnostic has a valid
 * position. A task state edit of a tasks mutant changes one marker and undoes byte-identically.
 *
 * <p>Each run samples {@value #FILES_PER_KIND} files per kind with a seed that is printed in every
 * test name and failure; rerun one with {@code -Dspecdriven.mutation.seed=<seed>}.
 */
class CorpusMutationTest {

    static final int FILES_PER_KIND = 2;
    static final int VARIANTS = 2;

    private static final SpecParser PARSER = SpecParser.create();

    private static final Map<DocumentKind, Predicate<String>> KINDS =
            Map.of(
                    DocumentKind.REQUIREMENTS, n -> n.equals("requirements.md"),
                    DocumentKind.DESIGN, n -> n.equals("design.md"),
                    DocumentKind.TASKS, n -> n.equals("tasks.md"),
                    DocumentKind.BUGFIX, n -> n.equals("bugfix.md"),
                    DocumentKind.STEERING,
                            n ->
                                    n.endsWith(".md")
                                            && !n.equals("README.md")
                                            && !n.contains("requirements"));

    /** A named mutation of a file's bytes. */
    record Mutation(String name, BiFunction<byte[], SplittableRandom, byte[]> apply) {}

    static final List<Mutation> MUTATIONS =
            List.of(
                    new Mutation("byte flips", CorpusMutationTest::flipBytes),
                    new Mutation("truncation", CorpusMutationTest::truncate),
                    new Mutation("duplicated lines", CorpusMutationTest::duplicateLines),
                    new Mutation("CRLF/LF/CR mix", CorpusMutationTest::mixLineBreaks),
                    new Mutation("BOM", CorpusMutationTest::addBom),
                    new Mutation("invalid UTF-8", CorpusMutationTest::invalidUtf8),
                    new Mutation("1 MB single line", CorpusMutationTest::megabyteLine),
                    new Mutation("10,000-deep nesting", CorpusMutationTest::deepNesting),
                    new Mutation("deleted span", CorpusMutationTest::deleteSpan),
                    new Mutation("swapped lines", CorpusMutationTest::swapLines));

    @TestFactory
    Stream<DynamicTest> mutantsParseWithValidDiagnostics() throws IOException {
        Path corpus = SharedCorpus.dir().orElse(Path.of("../shared/corpus"));
        Assumptions.assumeTrue(
                Files.isDirectory(corpus), "../shared/corpus is absent, skipping mutation tests");
        long seed = Long.getLong("specdriven.mutation.seed", System.nanoTime());
        SplittableRandom pick = new SplittableRandom(seed);
        List<DynamicTest> tests = new ArrayList<>();
        for (DocumentKind kind :
                List.of(
                        DocumentKind.REQUIREMENTS,
                        DocumentKind.DESIGN,
                        DocumentKind.TASKS,
                        DocumentKind.BUGFIX,
                        DocumentKind.STEERING)) {
            List<Path> files = SharedCorpus.files(corpus, KINDS.get(kind));
            for (int f = 0; f < FILES_PER_KIND && !files.isEmpty(); f++) {
                Path file = files.get(pick.nextInt(files.size()));
                byte[] original = Files.readAllBytes(file);
                for (Mutation m : MUTATIONS) {
                    for (int v = 0; v < VARIANTS; v++) {
                        long mutantSeed = pick.nextLong();
                        String name =
                                kind
                                        + " "
                                        + corpus.relativize(file)
                                        + " "
                                        + m.name()
                                        + " seed "
                                        + seed
                                        + "/"
                                        + mutantSeed;
                        tests.add(
                                dynamicTest(
                                        name, () -> check(kind, original, m, mutantSeed, name)));
                    }
                }
            }
        }
        List<Path> configs =
                SharedCorpus.files(
                        corpus, n -> n.endsWith("config.kiro.json") || n.equals(".config.kiro"));
        for (int f = 0; f < FILES_PER_KIND && !configs.isEmpty(); f++) {
            Path file = configs.get(pick.nextInt(configs.size()));
            byte[] original = Files.readAllBytes(file);
            for (Mutation m : MUTATIONS) {
                long mutantSeed = pick.nextLong();
                String name =
                        "CONFIG "
                                + corpus.relativize(file)
                                + " "
                                + m.name()
                                + " seed "
                                + seed
                                + "/"
                                + mutantSeed;
                tests.add(
                        dynamicTest(
                                name,
                                () -> {
                                    byte[] mutant =
                                            m.apply()
                                                    .apply(
                                                            original,
                                                            new SplittableRandom(mutantSeed));
                                    Invariants.config(
                                            assertTimeoutPreemptively(
                                                    LargeInputTest.HANG_GUARD,
                                                    () ->
                                                            PARSER.parseConfig(
                                                                    ".config.kiro", mutant),
                                                    name),
                                            mutant,
                                            name);
                                }));
            }
        }
        assertThat(tests).as("corpus files found under %s", corpus).isNotEmpty();
        return tests.stream();
    }

    private static void check(
            DocumentKind kind, byte[] original, Mutation m, long seed, String name) {
        byte[] mutant = m.apply().apply(original, new SplittableRandom(seed));
        SpecDocument doc =
                assertTimeoutPreemptively(
                        LargeInputTest.HANG_GUARD, () -> PARSER.parse(kind, "f.md", mutant), name);
        Invariants.document(doc, mutant, name);
        if (doc instanceof TasksDocument tasks) {
            Invariants.taskEdit(PARSER, tasks, mutant, seed, name);
        }
    }

    // ---- mutations ---------------------------------------------------------------------------

    static byte[] flipBytes(byte[] in, SplittableRandom r) {
        byte[] out = in.clone();
        int n = 1 + r.nextInt(20);
        for (int i = 0; i < n && out.length > 0; i++) {
            out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return out;
    }

    static byte[] truncate(byte[] in, SplittableRandom r) {
        return Arrays.copyOf(in, in.length == 0 ? 0 : r.nextInt(in.length));
    }

    static List<String> lines(byte[] in) {
        return new ArrayList<>(
                Arrays.asList(new String(in, StandardCharsets.UTF_8).split("(?<=\n)", -1)));
    }

    static byte[] join(List<String> lines) {
        return String.join("", lines).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] duplicateLines(byte[] in, SplittableRandom r) {
        List<String> lines = lines(in);
        int n = 1 + r.nextInt(10);
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(lines.size());
            lines.add(at, lines.get(at));
        }
        return join(lines);
    }

    static byte[] mixLineBreaks(byte[] in, SplittableRandom r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
        for (byte b : in) {
            if (b == '\n') {
                switch (r.nextInt(3)) {
                    case 0 -> out.write('\n');
                    case 1 -> out.writeBytes(new byte[] {'\r', '\n'});
                    default -> out.write('\r');
                }
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    static byte[] addBom(byte[] in, SplittableRandom r) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        if (r.nextBoolean()) {
            out.writeBytes(bom); // a second BOM is a zero-width no-break space in the text
        }
        out.writeBytes(in);
        return out.toByteArray();
    }

    static byte[] invalidUtf8(byte[] in, SplittableRandom r) {
        byte[][] bad = {
            {(byte) 0xFF},
            {(byte) 0xC0, (byte) 0x80},
            {(byte) 0x80},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = in.length == 0 ? 0 : r.nextInt(in.length);
        out.write(in, 0, at);
        out.writeBytes(bad[r.nextInt(bad.length)]);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }

    static byte[] megabyteLine(byte[] in, SplittableRandom r) {
        List<String> lines = lines(in);
        String[] units = {"x", "- ", "WHEN a THEN the S SHALL b ", "*", " ", "1.1, "};
        String unit = units[r.nextInt(units.length)];
        lines.add(r.nextInt(lines.size() + 1), unit.repeat((1 << 20) / unit.length()) + "\n");
        return join(lines);
    }

    static byte[] deepNesting(byte[] in, SplittableRandom r) {
        List<String> lines = lines(in);
        String[] units = {"- ", "> ", "1. ", "- [ ] "};
        lines.add(
                r.nextInt(lines.size() + 1), units[r.nextInt(units.length)].repeat(10_000) + "x\n");
        return join(lines);
    }

    static byte[] deleteSpan(byte[] in, SplittableRandom r) {
        if (in.length < 2) {
            return in.clone();
        }
        int s = r.nextInt(in.length);
        int e = Math.min(in.length, s + 1 + r.nextInt(200));
        byte[] out = new byte[in.length - (e - s)];
        System.arraycopy(in, 0, out, 0, s);
        System.arraycopy(in, e, out, s, in.length - e);
        return out;
    }

    static byte[] swapLines(byte[] in, SplittableRandom r) {
        List<String> lines = lines(in);
        for (int i = 0; i < 5; i++) {
            int a = r.nextInt(lines.size());
            int b = r.nextInt(lines.size());
            String t = lines.get(a);
            lines.set(a, lines.get(b));
            lines.set(b, t);
        }
        return join(lines);
    }
}
