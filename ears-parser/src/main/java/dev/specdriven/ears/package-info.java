/**
 * Parses EARS (Easy Approach to Requirements Syntax) sentences into a typed model and classifies
 * them into patterns.
 *
 * <h2>Parsing</h2>
 *
 * <p>{@link dev.specdriven.ears.EarsParser} (built once, immutable, thread-safe) turns one sentence
 * into a {@link dev.specdriven.source.ParseResult} of {@link dev.specdriven.ears.EarsRequirement}:
 *
 * <pre>{@code
 * EarsParser parser = EarsParser.create();
 * ParseResult<EarsRequirement> result = parser.parse(
 *         "IF the token expired, THEN THE Auth_Service SHALL reject the request",
 *         new SourcePosition(40, 4, 1234));          // where the criterion sits in requirements.md
 * EarsRequirement r = result.value();
 * r.pattern();                                    // UNWANTED_BEHAVIOR
 * r.clauses(ClauseKind.IF).get(0).text();         // "the token expired"
 * r.clauses(ClauseKind.IF).get(0).span();         // 40:4-40:30, "IF … THEN", host coordinates
 * r.system();                                     // Optional[THE Auth_Service]
 * r.systemName();                                 // Optional[Auth_Service]
 * r.response();                                   // Optional[reject the request]
 * result.diagnostics();                           // lint findings, each with code and fix hint
 * }</pre>
 *
 * <h2>Model</h2>
 *
 * <p>A requirement is its text, its {@link dev.specdriven.ears.EarsPattern} and its {@link
 * dev.specdriven.ears.Clause}s in source order: {@code WHERE}, {@code WHILE} (several allowed),
 * {@code WHEN} or {@code IF}, {@code SYSTEM}, {@code RESPONSE}. Every clause has a {@link
 * dev.specdriven.source.SourceSpan} (1-based line and column, 0-based offset, UTF-16 units).
 *
 * <h2>Classification</h2>
 *
 * <p>Classification is a separate step over a persistent {@link
 * dev.specdriven.ears.PatternRegistry}: the built-ins of {@link dev.specdriven.ears.EarsPatterns}
 * plus any {@link dev.specdriven.ears.PatternDefinition} users add, each an {@link
 * dev.specdriven.ears.EarsPatternRule} over the parsed {@link dev.specdriven.ears.EarsStructure}
 * with a priority.
 *
 * <h2>Keywords are data</h2>
 *
 * <p>{@link dev.specdriven.ears.EarsDialect} lists the words of each {@link
 * dev.specdriven.ears.EarsKeyword} role; English, Spanish, German and Portuguese are built in and
 * active by default, and users add their own through the builder or an {@link
 * dev.specdriven.ears.spi.EarsExtension}.
 *
 * <h2>Lint</h2>
 *
 * <p>Problems are {@link dev.specdriven.source.Diagnostic}s with the stable codes of {@link
 * dev.specdriven.ears.EarsCode} ({@code EARS001}…), which the builder can disable or re-grade.
 */
@NullMarked
package dev.specdriven.ears;

import org.jspecify.annotations.NullMarked;
