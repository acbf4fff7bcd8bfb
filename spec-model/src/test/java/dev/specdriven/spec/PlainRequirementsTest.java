package dev.specdriven.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.ears.EarsPattern;
import dev.specdriven.ears.EarsPatterns;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain requirement lists: implicit FR-n / NFR-n ids, one criterion per bullet. */
class PlainRequirementsTest {

    static final String PLAIN =
            "# Requirements: User Authentication\n"
                    + "\n"
                    + "## Functional Requirements\n"
                    + "\n"
                    + "- When a user submits valid credentials to POST /auth/login, the"
                    + " AuthService shall issue a signed session token.\n"
                    + "- When a user submits invalid credentials, the AuthService shall reject the"
                    + " login request with an error.\n"
                    + "- While a user account is locked, the AuthService shall refuse every login"
                    + " attempt for that account.\n"
                    + "- If a session token has expired, then the AuthService shall reject the"
                    + " request to GET /auth/session.\n"
                    + "- Where two-factor authentication is enabled, the AuthService shall require a"
                    + " one-time code before issuing a session token.\n"
                    + "\n"
                    + "## Non-Functional Requirements\n"
                    + "\n"
                    + "- The AuthService shall store user passwords as salted bcrypt hashes in the"
                    + " users table.\n"
                    + "- The AuthService shall respond to POST /auth/login requests within 200 ms.\n";

    private final SpecParser parser = SpecParser.create();

    @Test
    void bulletsBecomeRequirementsWithImplicitIds() {
        RequirementsDocument doc = parser.parseRequirements(PLAIN);
        assertThat(doc.requirements())
                .extracting(Requirement::id)
                .containsExactly("FR-1", "FR-2", "FR-3", "FR-4", "FR-5", "NFR-1", "NFR-2");
        assertThat(doc.criteria())
                .extracting(c -> c.id().toString())
                .containsExactly(
                        "FR-1.1", "FR-2.1", "FR-3.1", "FR-4.1", "FR-5.1", "NFR-1.1", "NFR-2.1");
        assertThat(doc.criteria().get(1).text())
                .isEqualTo(
                        "When a user submits invalid credentials, the AuthService shall reject the"
                                + " login request with an error.");
    }

    @Test
    void everySentenceGetsItsEarsPattern() {
        RequirementsDocument doc = parser.parseRequirements(PLAIN);
        List<EarsPattern> patterns = doc.criteria().stream().map(c -> c.ears().pattern()).toList();
        assertThat(patterns)
                .containsExactly(
                        EarsPatterns.EVENT_DRIVEN,
                        EarsPatterns.EVENT_DRIVEN,
                        EarsPatterns.STATE_DRIVEN,
                        EarsPatterns.UNWANTED_BEHAVIOR,
                        EarsPatterns.OPTIONAL_FEATURE,
                        EarsPatterns.UBIQUITOUS,
                        EarsPatterns.UBIQUITOUS);
    }

    @Test
    void explicitIdsInBulletsAreKeptAndReferencesResolve() {
        String text =
                "# Requirements\n\n## Functional Requirements\n\n"
                        + "- FR-7: The API shall log every request.\n"
                        + "- The API shall reject empty bodies.\n";
        RequirementsDocument doc = parser.parseRequirements(text);
        assertThat(doc.requirements()).extracting(Requirement::id).containsExactly("FR-7", "FR-2");
        assertThat(doc.criteria().get(0).text()).isEqualTo("The API shall log every request.");
        TasksDocument tasks =
                parser.parseTasks("- [ ] 1. Log requests\n  - _Requirements: FR-7, NFR-1_\n");
        assertThat(tasks.tasks().get(0).requirementReferences())
                .extracting(r -> r.requirement().orElse(""))
                .containsExactly("FR-7", "NFR-1");
    }

    @Test
    void kiroLayoutIsUnaffected() {
        String kiro =
                "# Requirements\n\n## Requirements\n\n### Requirement 1: Login\n\n"
                        + "#### Acceptance Criteria\n\n1. WHEN x THEN the system SHALL y\n\n"
                        + "## Non-Functional Requirements\n\n- The system shall be fast.\n";
        RequirementsDocument doc = parser.parseRequirements(kiro);
        assertThat(doc.requirements()).extracting(Requirement::id).containsExactly("1");
    }

    @Test
    void plainTasksWithoutReferencesParse() {
        TasksDocument tasks =
                parser.parseTasks(
                        "# Plan\n\n- [ ] 1. Create the users table\n- [x] 2. Add the route\n");
        assertThat(tasks.tasks()).extracting(Task::id).containsExactly("1", "2");
        assertThat(tasks.tasks().get(1).state()).isEqualTo(TaskState.DONE);
        assertThat(tasks.tasks().get(0).requirementReferences()).isEmpty();
        assertThat(PLAIN.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }

    @Test
    void titledItemsWithNestedBulletsGroupTheirCriteria() {
        String text =
                "# Requirements\n\n### Functional Requirements\n\n"
                        + "1. **Login**\n"
                        + "   - Users log in with email and password\n"
                        + "   - Unverified accounts cannot log in\n"
                        + "2. **Logout:**\n"
                        + "   - Logging out invalidates the refresh token\n\n"
                        + "### Non-Functional Requirements\n\n- The API shall use HTTPS only.\n";
        RequirementsDocument doc = parser.parseRequirements(text);
        assertThat(doc.requirements())
                .extracting(Requirement::id)
                .containsExactly("FR-1", "FR-2", "NFR-1");
        assertThat(doc.requirements())
                .extracting(Requirement::title)
                .containsExactly("Login", "Logout", "");
        assertThat(doc.criteria())
                .extracting(c -> c.id().toString())
                .containsExactly("FR-1.1", "FR-1.2", "FR-2.1", "NFR-1.1");
        assertThat(doc.criteria().get(1).text()).isEqualTo("Unverified accounts cannot log in");
    }
}
