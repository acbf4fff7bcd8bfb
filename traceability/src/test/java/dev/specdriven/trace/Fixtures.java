package dev.specdriven.trace;

import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small hand-written workspaces written into a temporary directory. */
final class Fixtures {
    private Fixtures() {}

    static final String REQUIREMENTS =
            """
            # Requirements Document

            ## Introduction

            Checkout feature.

            ## Glossary

            - **Checkout_Service**: the service that places orders

            ## Requirements

            ### Requirement 1: Place order

            **User Story:** As a shopper, I want to place an order, so that I get my goods.

            #### Acceptance Criteria

            1. WHEN the shopper submits the cart, THE Checkout_Service SHALL create an order
            2. WHEN the cart is empty, THE Checkout_Service SHALL reject the submission
            3. THE Checkout_Service SHALL log every order

            ### Requirement 2: Payment

            **User Story:** As a shopper, I want to pay, so that the order ships.

            #### Acceptance Criteria

            1. WHEN the payment succeeds, THE Checkout_Service SHALL confirm the order
            2. IF the payment fails, THEN THE Checkout_Service SHALL keep the cart
            """;

    static final String DESIGN =
            """
            # Design Document

            ## Overview

            Plain text.

            ## Components

            ### Checkout Service

            Creates orders.

            _Requirements: 1.1, 1.2_

            ### Payment Client

            Calls the bank.

            _Requirements: 9.9_

            ## Correctness Properties

            ### Property 1: Orders are created

            For any cart, an order is created.

            **Validates: Requirements 1.1, 2.1**

            ### Property 2: Unused

            Nothing.
            """;

    static final String TASKS =
            """
            # Implementation Plan

            - [x] 1. Set up checkout
              - [x] 1.1 Create order model
                - _Requirements: 1.1_
              - [ ] 1.2 Reject empty carts
                - _Requirements: 1.2, 7.1_
            - [ ] 2. Payment
              - Wire the bank client
              - _Requirements: 2_
              - _Properties: 1_
            - [ ] 3. Write docs
            """;

    /** Writes files: pairs of relative path and content. */
    static Path write(Path dir, String... pathsAndContents) {
        try {
            for (int i = 0; i < pathsAndContents.length; i += 2) {
                Path f = dir.resolve(pathsAndContents[i]);
                Files.createDirectories(f.getParent());
                Files.writeString(f, pathsAndContents[i + 1], StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path spec(Path dir, String name, String requirements, String design, String tasks) {
        String base = ".kiro/specs/" + name + "/";
        if (requirements != null) {
            write(dir, base + "requirements.md", requirements);
        }
        if (design != null) {
            write(dir, base + "design.md", design);
        }
        if (tasks != null) {
            write(dir, base + "tasks.md", tasks);
        }
        try {
            Files.createDirectories(dir.resolve(base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    static Workspace read(Path dir) {
        try {
            return SpecParser.create().read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TraceGraph checkout(Path dir) {
        spec(dir, "checkout", REQUIREMENTS, DESIGN, TASKS);
        return TraceGraph.of(read(dir));
    }
}
