package dev.specdriven.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.BugfixDocument;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.Requirement;
import dev.specdriven.spec.RequirementsDocument;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.SpecDocument;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.SteeringDocument;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import java.util.List;

/**
 * Fuzzes every Markdown reader of the spec model with any bytes: no exception escapes, the source
 * is kept byte for byte, every diagnostic and model span is inside the file, and editing a task
 * state changes only the state character and can be undone byte-identically.
 */
class MarkdownReadersFuzzTest {

    /** Small limits so the fuzzer reaches the limit code paths too. */
    static final SpecParser PARSER =
            SpecParser.builder().maxLineLength(2_000).maxNesting(16).maxFileSize(200_000).build();

    @FuzzTest(maxDuration = "3m")
    void requirements(byte[] data) {
        RequirementsDocument doc = PARSER.parseRequirements("requirements.md", data);
        common(doc, data);
        for (Requirement r : doc.requirements()) {
            Invariants.span(r.span(), doc.source(), "requirement " + r.id());
            Invariants.span(r.headingSpan(), doc.source(), "requirement heading " + r.id());
            for (AcceptanceCriterion c : r.criteria()) {
                Invariants.span(c.span(), doc.source(), "criterion " + c.id());
                Invariants.diagnostics(c.earsDiagnostics(), doc.source(), "criterion " + c.id());
            }
        }
    }

    @FuzzTest(maxDuration = "3m")
    void design(byte[] data) {
        DesignDocument doc = PARSER.parseDesign("design.md", data);
        common(doc, data);
    }

    @FuzzTest(maxDuration = "3m")
    void tasks(byte[] data) {
        TasksDocument doc = PARSER.parseTasks("tasks.md", data);
        common(doc, data);
        List<Task> tasks = doc.tasks();
        for (Task t : tasks) {
            Invariants.span(t.span(), doc.source(), "task " + t.id());
            Invariants.span(t.stateSpan(), doc.source(), "task state " + t.id());
        }
        Invariants.taskEdit(PARSER, doc, data, data.length, Invariants.describe(data));
    }

    @FuzzTest(maxDuration = "3m")
    void bugfix(byte[] data) {
        BugfixDocument doc = PARSER.parseBugfix("bugfix.md", data);
        common(doc, data);
    }

    @FuzzTest(maxDuration = "3m")
    void steering(byte[] data) {
        SteeringDocument doc = PARSER.parseSteering(".kiro/steering/product.md", data);
        common(doc, data);
    }

    @FuzzTest(maxDuration = "3m")
    void config(byte[] data) {
        Invariants.config(
                PARSER.parseConfig(".config.kiro", data), data, Invariants.describe(data));
    }

    private static void common(SpecDocument doc, byte[] data) {
        String context = Invariants.describe(data);
        Invariants.document(doc, data, context);
        for (Section s : doc.sections()) {
            Invariants.span(s.span(), doc.source(), "section " + s.title() + ", " + context);
            Invariants.span(s.headingSpan(), doc.source(), "heading " + s.title() + ", " + context);
        }
    }
}
