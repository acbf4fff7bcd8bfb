package dev.specdriven.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.ears.EarsPatterns;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.ParseResult;
import dev.specdriven.source.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the readers that golden files do not show directly. */
class ModelTest {

    static final SpecParser PARSER = SpecParser.create();

    @Test
    void criterion_sentences_are_given_to_the_ears_parser_at_their_file_position() {
        String md =
                "# R\r\n\r\n### Requirement 1\r\n\r\n#### Acceptance Criteria\r\n\r\n"
                        + "1. THE Parser SHALL work\r\n2.  WHEN x, THE Parser SHALL y\r\n";
        RequirementsDocument doc = PARSER.parseRequirements(md);
        AcceptanceCriterion second = doc.criteria().get(1);
        assertThat(second.span().start()).isEqualTo(new SourcePosition(8, 5, md.indexOf("WHEN")));
        // the EARS parse is in file coordinates (API contract: origin = where the sentence starts)
        ParseResult<EarsRequirement> direct =
                EarsParser.create().parse(second.text(), second.span().start());
        assertThat(second.ears()).isEqualTo(direct.value());
        assertThat(second.ears().span().start()).isEqualTo(second.span().start());
    }

    @Test
    void references_parse_every_token_form_with_spans() {
        TasksDocument doc =
                PARSER.parseTasks(
                        "- [ ] 1. T\n"
                                + "  - _Requirements: 1.1, 2, 3.1-3.4, 4.2–5.1, FR-1, FR-2.3, All requirements (1-3)_\n"
                                + "  - **Requirements:** 7.1 and 7.2\n"
                                + "  - _Requirements: Project setup, 8.1 (performance monitoring)_\n");
        List<ReferenceList> lists = doc.tasks().get(0).requirements();
        assertThat(lists).hasSize(3);
        List<RequirementReference> refs = lists.get(0).references();
        assertThat(refs)
                .extracting(RequirementReference::kind)
                .containsExactly(
                        ReferenceKind.CRITERION,
                        ReferenceKind.REQUIREMENT,
                        ReferenceKind.RANGE,
                        ReferenceKind.RANGE,
                        ReferenceKind.REQUIREMENT,
                        ReferenceKind.CRITERION,
                        ReferenceKind.ALL);
        assertThat(refs.get(2).criterion()).contains(new CriterionId("3", 1));
        assertThat(refs.get(2).rangeEnd()).contains(new CriterionId("3", 4));
        assertThat(refs.get(3).rangeEnd()).contains(new CriterionId("5", 1));
        assertThat(refs.get(5).criterion()).contains(new CriterionId("FR-2", 3));
        for (RequirementReference r : refs) {
            assertThat(doc.source().slice(r.span())).isEqualTo(r.raw());
        }
        assertThat(lists.get(1).references())
                .extracting(RequirementReference::raw)
                .containsExactly("7.1", "7.2");
        assertThat(lists.get(2).references())
                .extracting(RequirementReference::kind)
                .containsExactly(ReferenceKind.FREE_TEXT, ReferenceKind.CRITERION);
    }

    @Test
    void spec_resolves_references_to_existing_criteria() {
        RequirementsDocument req =
                PARSER.parseRequirements(
                        "### Requirement 1\n#### Acceptance Criteria\n1. A\n2. B\n3. C\n"
                                + "### Requirement 2\n#### Acceptance Criteria\n1. D\n");
        TasksDocument tasks =
                PARSER.parseTasks("- [ ] 1. T\n  - _Requirements: 1.2-1.3, 2, 1.9, 1.3-2.1_\n");
        Spec spec =
                new Spec(
                        "s",
                        ".",
                        java.nio.file.Path.of("."),
                        java.util.Optional.empty(),
                        java.util.Optional.of(req),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.of(tasks),
                        List.of(),
                        List.of());
        List<RequirementReference> refs = tasks.tasks().get(0).requirementReferences();
        assertThat(spec.resolve(refs.get(0)))
                .extracting(c -> c.id().toString())
                .containsExactly("1.2", "1.3");
        assertThat(spec.resolve(refs.get(1)))
                .extracting(c -> c.id().toString())
                .containsExactly("2.1");
        assertThat(spec.resolve(refs.get(2))).isEmpty();
        assertThat(spec.resolve(refs.get(3)))
                .extracting(c -> c.id().toString())
                .containsExactly("1.3", "2.1");
        assertThat(SpecChecker.create().check(spec))
                .filteredOn(d -> d.code().equals(SpecCode.DANGLING_REFERENCE.code()))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("1.9"));
    }

    @Test
    void ids_order_naturally_and_parse() {
        assertThat(CriterionId.parse("2.10")).contains(new CriterionId("2", 10));
        assertThat(CriterionId.parse("FR-1.2")).contains(new CriterionId("FR-1", 2));
        assertThat(CriterionId.parse("2")).isEmpty();
        assertThat(CriterionId.parse("2.x")).isEmpty();
        assertThat(new CriterionId("2", 3)).hasToString("2.3");
        assertThat(List.of("10", "2.10", "2.9", "FR-10", "FR-2").stream().sorted(Ids.NATURAL_ORDER))
                .containsExactly("2.9", "2.10", "10", "FR-2", "FR-10");
        assertThat(new CriterionId("2", 9)).isLessThan(new CriterionId("2", 10));
    }

    @Test
    void task_state_labels_and_markers() {
        assertThat(TaskState.parse("In_Progress")).contains(TaskState.IN_PROGRESS);
        assertThat(TaskState.parse("unknown")).isEmpty();
        assertThat(TaskState.ofMarker("X")).isEqualTo(TaskState.DONE);
        assertThat(TaskState.ofMarker("/")).isEqualTo(TaskState.UNKNOWN);
        assertThat(TaskState.QUEUED.marker()).isEqualTo("~");
    }

    @Test
    void setting_the_same_state_is_no_edit_and_x_upper_stays() {
        TasksDocument doc = PARSER.parseTasks("- [X] 1. Done\n");
        assertThat(doc.withTaskState("1", TaskState.DONE)).isEqualTo(doc.source());
        assertThat(doc.withTaskState("1.", TaskState.NOT_STARTED).text())
                .isEqualTo("- [ ] 1. Done\n");
    }

    @Test
    void stub_ears_parser_output_is_used_as_is() {
        RequirementsDocument doc =
                PARSER.parseRequirements(
                        "### Requirement 1\n#### Acceptance Criteria\n1. THE A SHALL b\n");
        // whatever the EARS parser classifies, the model keeps its result unchanged
        assertThat(EarsPatterns.all()).contains(doc.criteria().get(0).ears().pattern());
    }
}
