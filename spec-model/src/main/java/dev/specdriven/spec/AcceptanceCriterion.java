package dev.specdriven.spec;

import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.ParseResult;
import dev.specdriven.source.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One acceptance criterion (or one bugfix clause): its derived id, its sentence and the EARS parse
 * of that sentence in file coordinates.
 *
 * <p>The readers of {@link SpecParser} parse the sentence on first use: {@link #ears()} and {@link
 * #earsDiagnostics()} (and the diagnostics of the document, which include them) run the EARS parser
 * once and keep its result, so a tool that only traces ids and references never pays for EARS.
 * Either way the values are the same, and instances are immutable and thread-safe; equality is by
 * value, as for a record, and compares the parse too.
 *
 * <pre>{@code
 * AcceptanceCriterion c = requirement.criteria().get(0);
 * c.id();              // 1.1
 * c.ears().pattern();  // EVENT_DRIVEN (parsed now, kept for the next call)
 * }</pre>
 */
public final class AcceptanceCriterion {

    private final CriterionId id;
    private final OptionalInt writtenNumber;
    private final String text;
    private final SourceSpan span;
    private final List<TextBlock> attachments;
    private final Parse parse;

    /**
     * A criterion with its EARS parse given.
     *
     * @param id the derived id {@code <requirement>.<position>} (literal in bugfix documents)
     * @param writtenNumber the number written in the list marker ({@code 3.} → 3), empty for
     *     bullets and bugfix clauses
     * @param text the sentence as written (raw Markdown, list marker excluded)
     * @param span where the sentence is
     * @param ears the EARS parse of {@code text}, its spans in file coordinates
     * @param earsDiagnostics the EARS parser's diagnostics for the sentence, attached to the file
     * @param attachments nested bullets and other content under the criterion, kept as written
     */
    public AcceptanceCriterion(
            CriterionId id,
            OptionalInt writtenNumber,
            String text,
            SourceSpan span,
            EarsRequirement ears,
            List<Diagnostic> earsDiagnostics,
            List<TextBlock> attachments) {
        this(
                id,
                writtenNumber,
                text,
                span,
                new Parse(
                        new ParseResult<>(
                                Objects.requireNonNull(ears, "ears must not be null"),
                                earsDiagnostics)),
                attachments);
    }

    private AcceptanceCriterion(
            CriterionId id,
            OptionalInt writtenNumber,
            String text,
            SourceSpan span,
            Parse parse,
            List<TextBlock> attachments) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        this.writtenNumber =
                Objects.requireNonNull(writtenNumber, "writtenNumber must not be null");
        this.text = Objects.requireNonNull(text, "text must not be null");
        this.span = Objects.requireNonNull(span, "span must not be null");
        this.parse = parse;
        this.attachments = List.copyOf(attachments);
    }

    /**
     * A criterion whose EARS parse runs on first use, at most once (concurrent first calls wait for
     * the one parse).
     *
     * @param id the derived id
     * @param writtenNumber the number written in the list marker, or empty
     * @param text the sentence as written
     * @param span where the sentence is
     * @param parse gives the EARS parse of {@code text} in file coordinates and its diagnostics;
     *     called once, must not return null
     * @param attachments nested content under the criterion
     * @return the criterion
     */
    public static AcceptanceCriterion parsedOnFirstUse(
            CriterionId id,
            OptionalInt writtenNumber,
            String text,
            SourceSpan span,
            Supplier<ParseResult<EarsRequirement>> parse,
            List<TextBlock> attachments) {
        return new AcceptanceCriterion(
                id,
                writtenNumber,
                text,
                span,
                new Parse(Objects.requireNonNull(parse, "parse must not be null")),
                attachments);
    }

    /**
     * The same criterion with other attachments; the EARS parse is shared, not repeated.
     *
     * @param attachments the new attachments
     * @return the criterion
     */
    public AcceptanceCriterion withAttachments(List<TextBlock> attachments) {
        return new AcceptanceCriterion(id, writtenNumber, text, span, parse, attachments);
    }

    /**
     * The derived id {@code <requirement>.<position>} (literal in bugfix documents).
     *
     * @return the id
     */
    public CriterionId id() {
        return id;
    }

    /**
     * The number written in the list marker ({@code 3.} → 3), empty for bullets and bugfix clauses.
     *
     * @return the written number
     */
    public OptionalInt writtenNumber() {
        return writtenNumber;
    }

    /**
     * The sentence as written (raw Markdown, list marker excluded).
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Where the sentence is.
     *
     * @return the span
     */
    public SourceSpan span() {
        return span;
    }

    /**
     * The EARS parse of {@link #text()}, its spans in file coordinates.
     *
     * @return the parse
     */
    public EarsRequirement ears() {
        return parse.get().value();
    }

    /**
     * The EARS parser's diagnostics for the sentence, attached to the file.
     *
     * @return the diagnostics
     */
    public List<Diagnostic> earsDiagnostics() {
        return parse.get().diagnostics();
    }

    /**
     * Nested bullets and other content under the criterion, kept as written.
     *
     * @return the attachments
     */
    public List<TextBlock> attachments() {
        return attachments;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AcceptanceCriterion)) {
            return false;
        }
        AcceptanceCriterion c = (AcceptanceCriterion) o;
        return id.equals(c.id)
                && writtenNumber.equals(c.writtenNumber)
                && text.equals(c.text)
                && span.equals(c.span)
                && attachments.equals(c.attachments)
                && ears().equals(c.ears())
                && earsDiagnostics().equals(c.earsDiagnostics());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, writtenNumber, text, span, ears(), earsDiagnostics(), attachments);
    }

    @Override
    public String toString() {
        return "AcceptanceCriterion[id="
                + id
                + ", writtenNumber="
                + writtenNumber
                + ", text="
                + text
                + ", span="
                + span
                + ", ears="
                + ears()
                + ", earsDiagnostics="
                + earsDiagnostics()
                + ", attachments="
                + attachments
                + "]";
    }

    /** The EARS parse, computed once on first use; shared by {@link #withAttachments}. */
    private static final class Parse {
        private @Nullable Supplier<ParseResult<EarsRequirement>> supplier;
        private volatile @Nullable ParseResult<EarsRequirement> result;

        Parse(ParseResult<EarsRequirement> result) {
            this.result = result;
        }

        Parse(Supplier<ParseResult<EarsRequirement>> supplier) {
            this.supplier = supplier;
        }

        ParseResult<EarsRequirement> get() {
            ParseResult<EarsRequirement> r = result;
            if (r != null) {
                return r;
            }
            synchronized (this) {
                r = result;
                if (r == null) {
                    Supplier<ParseResult<EarsRequirement>> s = Objects.requireNonNull(supplier);
                    r = Objects.requireNonNull(s.get(), "the EARS parse supplier returned null");
                    result = r;
                    supplier = null; // let the captured reader state go
                }
            }
            return r;
        }
    }
}
