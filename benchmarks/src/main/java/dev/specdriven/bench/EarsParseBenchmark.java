package dev.specdriven.bench;

import dev.specdriven.ears.EarsParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * EARS parse throughput (parse, classify, lint) in sentences per second on one thread. Target: at
 * least 200,000 sentences/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EarsParseBenchmark {

    /** Sentences per invocation of {@link #parseAll(Blackhole)}. */
    static final int BATCH = 1000;

    private EarsParser parser;
    private String[] sentences;

    /** Loads the sentences. */
    @Setup
    public void setup() {
        parser = EarsParser.create();
        List<String> all = BenchInputs.sentences(BATCH);
        sentences = new String[BATCH];
        for (int i = 0; i < BATCH; i++) {
            sentences[i] = all.get(i % all.size());
        }
    }

    /**
     * Parses {@value #BATCH} sentences; the score is sentences per second.
     *
     * @param bh the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void parseAll(Blackhole bh) {
        for (String s : sentences) {
            bh.consume(parser.parse(s));
        }
    }
}
