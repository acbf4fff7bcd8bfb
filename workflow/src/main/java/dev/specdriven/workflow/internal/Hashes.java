package dev.specdriven.workflow.internal;

import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.Spec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Content hashes of criteria and design sections, insensitive to whitespace changes. */
public final class Hashes {
    private Hashes() {}

    /**
     * SHA-256 of a text with runs of white space collapsed and the ends trimmed.
     *
     * @param text the text
     * @return lower-case hex
     */
    public static String normalized(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return SourceText.sha256(t.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Criterion id → hash of its sentence.
     *
     * @param spec the spec
     * @return the hashes in document order
     */
    public static Map<String, String> criteria(Spec spec) {
        Map<String, String> m = new LinkedHashMap<>();
        for (AcceptanceCriterion c : spec.criteria()) {
            m.putIfAbsent(c.id().toString(), normalized(c.text()));
        }
        return m;
    }

    /**
     * Section anchor → hash of the section's own text (heading to the next heading).
     *
     * @param d the design
     * @return the hashes in document order
     */
    public static Map<String, String> sections(DesignDocument d) {
        Map<String, String> m = new LinkedHashMap<>();
        List<Section> ss = d.sections();
        String text = d.source().text();
        for (int i = 0; i < ss.size(); i++) {
            m.put(ss.get(i).anchor(), normalized(ownText(text, ss, i)));
        }
        return m;
    }

    /**
     * The own text of a section: from its heading to the next heading of any level.
     *
     * @param text the document text
     * @param ss its sections
     * @param i the index
     * @return the text
     */
    public static String ownText(String text, List<Section> ss, int i) {
        Section s = ss.get(i);
        int start = s.headingSpan().startOffset();
        int end = s.span().endOffset();
        if (i + 1 < ss.size()) {
            end = Math.min(end, ss.get(i + 1).headingSpan().startOffset());
        }
        end = Math.max(start, Math.min(end, text.length()));
        return text.substring(start, end);
    }
}
