package dev.specdriven.assertj;

import dev.specdriven.ears.EarsParser;
import dev.specdriven.ears.EarsRequirement;
import dev.specdriven.source.ParseResult;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Inputs shared by the assertion tests. */
final class Fixtures {
    private Fixtures() {}

    static final EarsParser EARS = EarsParser.create();
    static final SpecParser SPECS = SpecParser.create();

    /** Two requirements, every criterion covered by a task; no diagnostic at all. */
    static final String REQUIREMENTS =
            """
            # Requirements Document

            ## Introduction

            Orders.

            ## Requirements

            ### Requirement 1: Receipts

            **User Story:** As a customer, I want a receipt, so that I can prove the purchase.

            #### Acceptance Criteria

            1. WHEN an order is paid, THE Order_Service SHALL send a receipt to the customer.
            2. THE Order_Service SHALL keep every receipt for 10 years.

            ### Requirement 2: Refunds

            **User Story:** As a customer, I want refunds, so that I get my money back.

            #### Acceptance Criteria

            1. IF a refund is requested after 30 days, THEN THE Order_Service SHALL reject the refund.
            """;

    static final String TASKS =
            """
            # Implementation Plan

            - [x] 1. Send receipts
              - _Requirements: 1.1, 1.2_
            - [ ] 2. Reject late refunds
              - _Requirements: 2.1_
            """;

    /** Validates 1.1 and 1.2 but not 2.1. */
    static final String DESIGN =
            """
            # Design Document

            ## Overview

            Receipts and refunds.

            ## Correctness Properties

            ### Property 1: Every paid order gets a kept receipt

            *For any* paid order, a receipt is sent and kept.

            **Validates: Requirements 1.1, 1.2**
            """;

    /** The orders spec with {@link #DESIGN}: 1.1 and 1.2 covered, 2.1 tasked but not designed. */
    static Spec tracedSpec(String tasks) {
        Spec s = spec("orders", REQUIREMENTS, tasks);
        return new Spec(
                s.name(),
                s.path(),
                s.directory(),
                s.config(),
                s.requirements(),
                s.bugfix(),
                Optional.of(
                        SPECS.parseDesign(
                                ".kiro/specs/orders/design.md",
                                DESIGN.getBytes(StandardCharsets.UTF_8))),
                s.tasks(),
                List.of(),
                List.of());
    }

    static ParseResult<EarsRequirement> parse(String sentence) {
        return EARS.parse(sentence);
    }

    static EarsRequirement ears(String sentence) {
        return EARS.parse(sentence).value();
    }

    static TasksDocument tasks(String markdown) {
        return SPECS.parseTasks(markdown);
    }

    /** A spec parsed from memory, with a requirements document and a task list. */
    static Spec spec(String name, String requirements, String tasks) {
        return new Spec(
                name,
                ".kiro/specs/" + name,
                Path.of(""),
                Optional.empty(),
                Optional.of(
                        SPECS.parseRequirements(
                                ".kiro/specs/" + name + "/requirements.md",
                                requirements.getBytes(StandardCharsets.UTF_8))),
                Optional.empty(),
                Optional.empty(),
                Optional.of(
                        SPECS.parseTasks(
                                ".kiro/specs/" + name + "/tasks.md",
                                tasks.getBytes(StandardCharsets.UTF_8))),
                List.of(),
                List.of());
    }

    /** A workspace on disk holding one spec folder. */
    static Workspace workspace(Path dir, String name, String requirements, String tasks)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve(".kiro/specs/" + name));
        Files.writeString(folder.resolve("requirements.md"), requirements);
        Files.writeString(folder.resolve("tasks.md"), tasks);
        Files.writeString(folder.resolve("design.md"), "# Design\n\n## Overview\n\nSimple.\n");
        return SPECS.read(dir);
    }

    /** Runs an assertion that must fail and returns its error. */
    static AssertionError expectAssertionError(ThrowingCallable shouldFail) {
        try {
            shouldFail.call();
        } catch (AssertionError e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("expected an AssertionError but got " + t, t);
        }
        throw new AssertionError("expected an AssertionError, but the assertion passed");
    }
}
