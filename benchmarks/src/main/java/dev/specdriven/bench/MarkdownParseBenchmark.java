package dev.specdriven.bench;

import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.SpecParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code requirements.md}: a bare commonmark parse (the lower bound) against the spec model's
 * full read of the same bytes (commonmark with source spans, requirement structure, EARS per
 * criterion).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarkdownParseBenchmark {

    private String text;
    private byte[] bytes;
    private Parser bare;
    private Parser withSpans;
    private SpecParser specParser;

    /** Loads the first requirements.md of the corpus, or the built-in one. */
    @Setup
    public void setup() {
        Path corpus = BenchInputs.corpus();
        text = null;
        if (corpus != null) {
            for (Path p : BenchInputs.markdownFiles(corpus)) {
                if (p.getFileName().toString().equals("requirements.md")) {
                    text = BenchInputs.read(p);
                    break;
                }
            }
        }
        if (text == null) {
            text = BenchInputs.syntheticRequirements(10);
        }
        bytes = text.getBytes(StandardCharsets.UTF_8);
        bare = Parser.builder().build();
        withSpans =
                Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        specParser = SpecParser.create();
    }

    /**
     * A bare commonmark parse.
     *
     * @return the document node
     */
    @Benchmark
    public Node commonmarkBare() {
        return bare.parse(text);
    }

    /**
     * A commonmark parse with block and inline source spans (what the spec model uses).
     *
     * @return the document node
     */
    @Benchmark
    public Node commonmarkWithSpans() {
        return withSpans.parse(text);
    }

    /**
     * The spec model's read of the same file.
     *
     * @return the document
     */
    @Benchmark
    public RequirementsDocument specModel() {
        return specParser.parseRequirements("requirements.md", bytes);
    }
}
