package dev.specdriven.spec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

class MdTest {

    private static Md.Doc parse(String text, Limits limits) {
        List<Diagnostic> diags = new ArrayList<>();
        return Md.parse(
                SourceText.of(text.getBytes(StandardCharsets.UTF_8)), 1, limits, "x.md", diags);
    }

    @Test
    void paragraphsHaveNoInlineNodesWhateverTheLimits() {
        // every model value is sliced from the source text; an inline pass would only cost time
        for (Limits limits :
                List.of(
                        new Limits(1 << 20, 10_000, 100),
                        new Limits(1 << 20, 10_000, 7),
                        new Limits(1 << 20, 10_000, 1_000))) {
            Md.Doc doc = parse("Some **bold** and `code` with a [link](x).\n", limits);
            Node first = doc.root.getFirstChild();
            assertThat(first).isInstanceOf(Paragraph.class);
            assertThat(first.getFirstChild()).as("inline children, limits %s", limits).isNull();
            assertThat(first.getSourceSpans()).isNotEmpty();
        }
    }
}
