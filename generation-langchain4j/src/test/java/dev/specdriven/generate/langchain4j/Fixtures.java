package dev.specdriven.generate.langchain4j;

import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small spec written by the tests. */
final class Fixtures {
    private Fixtures() {}

    static final String REQUIREMENTS =
            "# Requirements Document: Password Reset\n\n"
                    + "## Introduction\n\nUsers reset a forgotten password by e-mail.\n\n"
                    + "## Glossary\n\n"
                    + "- **Reset_Service**: the component that issues and checks reset links.\n\n"
                    + "## Requirements\n\n"
                    + "### Requirement 1: Request a reset\n\n"
                    + "**User Story:** As a user, I want a reset link, so that I can log in"
                    + " again.\n\n"
                    + "#### Acceptance Criteria\n\n"
                    + "1. WHEN a user submits a registered e-mail address, THE Reset_Service SHALL"
                    + " send a reset link within 60 seconds.\n"
                    + "2. IF the e-mail address is unknown, THEN THE Reset_Service SHALL answer"
                    + " exactly as for a registered address.\n";

    /** A design that covers 1.1 only. */
    static final String DESIGN_WITHOUT_12 =
            "# Design Document: Password Reset\n\n"
                    + "## Overview\n\nLinks by e-mail.\n\n"
                    + "## Architecture\n\nOne service.\n\n"
                    + "## Components and Interfaces\n\n### Reset_Service\n\nSends links.\n\n"
                    + "_Requirements: 1.1_\n\n"
                    + "## Data Models\n\nA token table.\n\n"
                    + "## Correctness Properties\n\n### Property 1: Links are sent\n\n"
                    + "*For any* registered address, a link is sent.\n\n"
                    + "**Validates: Requirements 1.1**\n\n"
                    + "## Error Handling\n\nNone.\n\n## Testing Strategy\n\nUnit tests.\n";

    static final String DESIGN =
            DESIGN_WITHOUT_12.replace(
                    "**Validates: Requirements 1.1**", "**Validates: Requirements 1.1, 1.2**");

    static Path workspace(Path into) {
        try {
            Path dir = into.resolve(".kiro/specs/password-reset");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("requirements.md"), REQUIREMENTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }

    static Workspace read(Path ws) {
        try {
            return SpecParser.create().read(ws);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Spec spec(Path ws) {
        return read(ws).spec("password-reset").orElseThrow();
    }
}
