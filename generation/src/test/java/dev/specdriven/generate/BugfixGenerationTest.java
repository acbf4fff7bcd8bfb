package dev.specdriven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.source.Severity;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecChecker;
import dev.specdriven.spec.TasksDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bugfix spec (bugfix.md, no requirements.md) gets a design from the bug and tasks from it. */
class BugfixGenerationTest {

    static final String BUGFIX =
            "# Bugfix Requirements Document\n\n"
                    + "## Introduction\n\n"
                    + "The invoice list crashes when an invoice has no customer.\n\n"
                    + "## Bug Analysis\n\n"
                    + "### Current Behavior (Defect)\n\n"
                    + "1.1 WHEN an invoice without a customer is listed THEN the system throws a"
                    + " null pointer error\n\n"
                    + "1.2 WHEN an invoice without a customer is exported THEN the system writes"
                    + " an empty file\n\n"
                    + "### Expected Behavior (Correct)\n\n"
                    + "2.1 WHEN an invoice without a customer is listed THEN the system SHALL show"
                    + " the invoice with the customer column empty\n\n"
                    + "2.2 WHEN an invoice without a customer is exported THEN the system SHALL"
                    + " write the invoice with an empty customer field\n\n"
                    + "### Unchanged Behavior (Regression Prevention)\n\n"
                    + "3.1 WHEN an invoice has a customer THEN the system SHALL CONTINUE TO show"
                    + " the customer name\n";

    @Test
    void design_then_tasks_cover_every_clause(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(".kiro/specs/invoice-null-customer"));
        Files.writeString(dir.resolve("bugfix.md"), BUGFIX);
        SpecGenerator gen = SpecGenerator.builder().backend(new BuiltinBackend()).build();
        Spec spec = Fixtures.spec(tmp, "invoice-null-customer");
        assertThat(spec.isBugfix()).isTrue();

        GenerationResult design = gen.generateDesign(Fixtures.read(tmp), spec);

        assertThat(design.isValid()).as("%s", design.diagnostics()).isTrue();
        assertThat(design.diagnostics()).isEmpty();
        assertThat(design.context().isBugfix()).isTrue();
        assertThat(design.context().criteria()).hasSize(5);
        assertThat(design.context().contract())
                .isEqualTo(OutputContract.forBugfix(ArtifactKind.DESIGN));
        DesignDocument d = (DesignDocument) design.document();
        assertThat(d.sections().stream().map(Section::title))
                .contains(
                        "Overview",
                        "Bug Details",
                        "Expected Behavior",
                        "Hypothesized Root Cause",
                        "Correctness Properties",
                        "Fix Implementation",
                        "Testing Strategy");
        assertThat(d.properties()).hasSize(2);
        design.accept();

        Spec withDesign = Fixtures.spec(tmp, "invoice-null-customer");
        GenerationResult tasks = gen.generateTasks(Fixtures.read(tmp), withDesign);
        assertThat(tasks.isValid()).as("%s", tasks.diagnostics()).isTrue();
        assertThat(tasks.diagnostics()).isEmpty();
        TasksDocument t = (TasksDocument) tasks.document();
        assertThat(t.tasks().get(0).title()).startsWith("Write a test that exposes the bug");
        tasks.accept();

        Spec done = Fixtures.spec(tmp, "invoice-null-customer");
        assertThat(Fixtures.coveredByDesign(done, done.design().orElseThrow()))
                .isEqualTo(Fixtures.criteria(done));
        assertThat(Fixtures.coveredByTasks(done, done.tasks().orElseThrow()))
                .isEqualTo(Fixtures.criteria(done));
        assertThat(SpecChecker.create().check(done))
                .filteredOn(x -> !x.file().orElse("").endsWith("bugfix.md"))
                .filteredOn(x -> x.severity() != Severity.INFO)
                .isEmpty();
    }

    @Test
    void a_model_gets_the_bug_analysis_and_the_bugfix_contract(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(".kiro/specs/invoice-null-customer"));
        Files.writeString(dir.resolve("bugfix.md"), BUGFIX);
        ScriptedBackend model =
                ScriptedBackend.builder().reply(new BuiltinBackend()::complete).build();
        SpecGenerator.builder()
                .backend(model)
                .build()
                .generateDesign(Fixtures.read(tmp), Fixtures.spec(tmp, "invoice-null-customer"));
        Prompt p = model.requests().get(0).prompt();
        assertThat(p.text(PromptMessage.Role.SYSTEM)).contains("## Hypothesized Root Cause");
        assertThat(p.text(PromptMessage.Role.USER))
                .contains("## Bug analysis (bugfix.md)")
                .contains("The invoice list crashes when an invoice has no customer.")
                .contains("- 2.1 ");
    }
}
