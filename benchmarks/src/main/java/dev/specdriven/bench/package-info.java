/**
 * Benchmarks of specdriven: JMH benchmarks ({@link dev.specdriven.bench.EarsParseBenchmark}, {@link
 * dev.specdriven.bench.MarkdownParseBenchmark}, {@link dev.specdriven.bench.SpecReadBenchmark},
 * {@link dev.specdriven.bench.IncrementalUpdateBenchmark}) and a one-shot timer of a whole
 * directory ({@link dev.specdriven.bench.DirectoryTimer}) used by {@code bench/run.sh}.
 *
 * <p>The build only compiles them. Run the JMH benchmarks from the repository root with:
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * ./mvnw -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=/tmp/bench-cp.txt
 * java -cp benchmarks/target/classes:$(cat /tmp/bench-cp.txt) org.openjdk.jmh.Main \
 *     -Dspecdriven.bench.corpus=bench/out/s10/kiro EarsParseBenchmark
 * </pre>
 *
 * <p>(JMH forks: pass the corpus with {@code -jvmArgsAppend -Dspecdriven.bench.corpus=...}.)
 * Without a corpus the benchmarks use a small built-in spec.
 */
@NullMarked
package dev.specdriven.bench;

import org.jspecify.annotations.NullMarked;
