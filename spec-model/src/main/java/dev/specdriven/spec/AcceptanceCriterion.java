package dev.specdriven.spec;

import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.Diagnostic;
import dev.specdriven.source.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One acceptance criterion (or one bugfix clause): its derived id, its sentence and the EARS parse
 * of that sentence in file coordinates.
 *
 * @param id the derived id {@code <requirement>.<position>} (literal in bugfix documents)
 * @param writtenNumber the number written in the list marker ({@code 3.} → 3), empty for bullets
 *     and bugfix clauses
 * @param text the sentence as written (raw Markdown, list marker excluded)
 * @param span where the sentence is
 * @param ears the EARS parse of {@code text}, its spans in file coordinates
 * @param earsDiagnostics the EARS parser's diagnostics for the sentence, attached to the file
 * @param attachments nested bullets and other content under the criterion, kept as written
 */
public record AcceptanceCriterion(
        CriterionId id,
        OptionalInt writtenNumber,
        String text,
        SourceSpan span,
        EarsRequirement ears,
        List<Diagnostic> earsDiagnostics,
        List<TextBlock> attachments) {
    /** Validates and copies. */
    public AcceptanceCriterion {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(writtenNumber, "writtenNumber must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(ears, "ears must not be null");
        earsDiagnostics = List.copyOf(earsDiagnostics);
        attachments = List.copyOf(attachments);
    }
}
