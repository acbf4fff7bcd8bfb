package dev.specdriven.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property test over seeded random {@code tasks.md} and {@code requirements.md} files (random
 * states, numbering, indentation, CRLF/LF, BOM, trailing spaces, missing final newline): the parse
 * finds what was generated, writing back unchanged is byte-identical, and each single state edit
 * changes only its checkbox byte. The seed is in every failure message.
 */
class RandomDocumentsTest {

    static final SpecParser PARSER = SpecParser.builder().parallel(false).build();
    static final String[] MARKERS = {" ", "x", "X", "-", "~"};

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 0x5EED0000L + i * 7919);
    }

    /** What the generator wrote for one task. */
    record Expected(String id, String marker, boolean optional, String parent) {}

    static final class Gen {
        final SplittableRandom r;
        final String nl;
        final StringBuilder sb = new StringBuilder();
        final boolean bom;

        Gen(long seed) {
            r = new SplittableRandom(seed);
            nl = r.nextInt(3) == 0 ? "\r\n" : "\n";
            bom = r.nextInt(5) == 0;
        }

        String trailing() {
            int k = r.nextInt(6);
            return k == 0 ? "  " : k == 1 ? " \t" : "";
        }

        void line(String s) {
            sb.append(s).append(trailing()).append(nl);
        }

        byte[] bytes() {
            String text = sb.toString();
            if (r.nextBoolean()) {
                text = text.substring(0, text.length() - nl.length()); // no final newline
            }
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            if (!bom) {
                return body;
            }
            byte[] out = new byte[body.length + 3];
            out[0] = (byte) 0xEF;
            out[1] = (byte) 0xBB;
            out[2] = (byte) 0xBF;
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        }
    }

    static String checkbox(Gen g, String marker, boolean optional) {
        String star = optional ? (g.r.nextBoolean() ? "*" : "\\*") : "";
        String gap = g.r.nextInt(4) == 0 ? "   " : " ";
        return "- [" + marker + "]" + star + gap;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void random_tasks_round_trip_and_edit_byte_minimally(long seed) {
        Gen g = new Gen(seed);
        List<Expected> expected = new ArrayList<>();
        g.line("# Implementation Plan" + (g.r.nextBoolean() ? ": Random " + seed : ""));
        g.line("");
        int top = 1 + g.r.nextInt(6);
        int unnumbered = 0;
        for (int i = 1; i <= top; i++) {
            String m = MARKERS[g.r.nextInt(MARKERS.length)];
            boolean opt = g.r.nextInt(4) == 0;
            if (g.r.nextInt(8) == 0) {
                unnumbered++;
                g.line(checkbox(g, m, opt) + "Checklist item " + i + " ✅");
                expected.add(new Expected("#" + (expected.size() + 1), m, opt, null));
                continue;
            }
            g.line(checkbox(g, m, opt) + i + ". Task number " + i);
            expected.add(new Expected(String.valueOf(i), m, opt, null));
            int indent = new int[] {0, 2, 4}[g.r.nextInt(3)];
            int subs = g.r.nextInt(4);
            for (int j = 1; j <= subs; j++) {
                String sm = MARKERS[g.r.nextInt(MARKERS.length)];
                boolean sopt = g.r.nextInt(3) == 0;
                g.line(" ".repeat(indent) + checkbox(g, sm, sopt) + i + "." + j + " Sub-task");
                expected.add(new Expected(i + "." + j, sm, sopt, String.valueOf(i)));
                if (g.r.nextBoolean()) {
                    g.line(" ".repeat(indent + 2) + "- detail with `code` and *emphasis*");
                }
                if (g.r.nextBoolean()) {
                    g.line(
                            " ".repeat(indent + 2)
                                    + "- _Requirements: "
                                    + i
                                    + "."
                                    + j
                                    + ", "
                                    + i
                                    + "_");
                }
            }
            if (g.r.nextInt(3) == 0) {
                g.line("");
            }
        }
        if (g.r.nextBoolean()) {
            g.line("");
            g.line("```");
            g.line("- [ ] 99. inside a fence");
            g.line("```");
        }
        byte[] bytes = g.bytes();
        String ctx = "seed " + seed + "\n" + new String(bytes, StandardCharsets.UTF_8);

        TasksDocument doc = PARSER.parseTasks("tasks.md", bytes);
        assertThat(doc.source().apply(List.of()).bytes()).as(ctx).isEqualTo(bytes);
        assertThat(doc.tasks()).as(ctx).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Task t = doc.tasks().get(i);
            Expected e = expected.get(i);
            assertThat(t.id()).as(ctx).isEqualTo(e.id());
            assertThat(t.marker()).as(ctx).isEqualTo(e.marker());
            assertThat(t.optional()).as(ctx).isEqualTo(e.optional());
            if (e.parent() != null) {
                assertThat(t.parentId()).as(ctx).contains(e.parent());
            }
        }
        assertThat(unnumbered).isLessThanOrEqualTo(expected.size());
        for (Task t : doc.tasks()) {
            for (TaskState s :
                    new TaskState[] {
                        TaskState.NOT_STARTED,
                        TaskState.DONE,
                        TaskState.IN_PROGRESS,
                        TaskState.QUEUED
                    }) {
                if (s == t.state()) {
                    continue;
                }
                byte[] edited = doc.withTaskState("#" + (doc.tasks().indexOf(t) + 1), s).bytes();
                assertThat(edited.length).as(ctx).isEqualTo(bytes.length);
                int changed = 0;
                for (int k = 0; k < bytes.length; k++) {
                    if (bytes[k] != edited[k]) {
                        changed++;
                        assertThat(k)
                                .as(ctx + " task " + t.id())
                                .isEqualTo(
                                        CorpusTest.byteOffset(
                                                doc.source(), t.stateSpan().start().offset()));
                    }
                }
                assertThat(changed).as(ctx).isEqualTo(1);
                Task again =
                        PARSER.parseTasks("tasks.md", edited).tasks().get(doc.tasks().indexOf(t));
                assertThat(again.state()).as(ctx).isEqualTo(s);
                assertThat(again.id()).as(ctx).isEqualTo(t.id());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void random_requirements_round_trip_with_derived_ids(long seed) {
        Gen g = new Gen(seed);
        g.line("# Requirements Document");
        g.line("");
        g.line("## Introduction");
        g.line("");
        g.line("Random document " + seed + ".");
        g.line("");
        int reqs = 1 + g.r.nextInt(5);
        List<Integer> counts = new ArrayList<>();
        for (int i = 1; i <= reqs; i++) {
            g.line("### Requirement " + i + (g.r.nextBoolean() ? ": Title " + i : ""));
            g.line("");
            g.line("**User Story:** As a user, I want feature " + i + ", so that it works");
            g.line("");
            g.line(g.r.nextInt(5) == 0 ? "**Acceptance Criteria:**" : "#### Acceptance Criteria");
            g.line("");
            int n = g.r.nextInt(5);
            boolean bullets = g.r.nextInt(6) == 0;
            for (int j = 1; j <= n; j++) {
                g.line(
                        (bullets ? "- " : j + ". ")
                                + "WHEN event "
                                + j
                                + " happens, THE System_"
                                + i
                                + " SHALL respond");
                if (g.r.nextInt(4) == 0) {
                    g.line("   - nested note");
                }
            }
            counts.add(n);
            g.line("");
        }
        byte[] bytes = g.bytes();
        String ctx = "seed " + seed + "\n" + new String(bytes, StandardCharsets.UTF_8);
        RequirementsDocument doc = PARSER.parseRequirements("requirements.md", bytes);
        assertThat(doc.source().apply(List.of()).bytes()).as(ctx).isEqualTo(bytes);
        assertThat(doc.requirements()).as(ctx).hasSize(reqs);
        for (int i = 0; i < reqs; i++) {
            Requirement r = doc.requirements().get(i);
            assertThat(r.id()).as(ctx).isEqualTo(String.valueOf(i + 1));
            assertThat(r.criteria()).as(ctx).hasSize(counts.get(i));
            for (int j = 0; j < r.criteria().size(); j++) {
                AcceptanceCriterion c = r.criteria().get(j);
                assertThat(c.id()).as(ctx).isEqualTo(new CriterionId(String.valueOf(i + 1), j + 1));
                assertThat(doc.source().slice(c.span())).as(ctx).isEqualTo(c.text());
                assertThat(c.text()).as(ctx).startsWith("WHEN event " + (j + 1));
                assertThat(c.ears().span().start()).as(ctx).isEqualTo(c.span().start());
            }
        }
    }
}
