package dev.specdriven.workflow;

import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The plain user-authentication spec used across the workflow tests. */
final class Fixtures {
    private Fixtures() {}

    static final String NAME = "user-authentication";

    static final String REQUIREMENTS =
            "# Requirements: User Authentication\n\n## Functional Requirements\n\n"
                    + "- When a user submits valid credentials to POST /auth/login, the AuthService"
                    + " shall issue a signed session token.\n"
                    + "- When a user submits invalid credentials, the AuthService shall reject the"
                    + " login request with an error.\n"
                    + "- While a user account is locked, the AuthService shall refuse every login"
                    + " attempt for that account.\n"
                    + "- If a session token has expired, then the AuthService shall reject the"
                    + " request to GET /auth/session.\n"
                    + "- Where two-factor authentication is enabled, the AuthService shall require a"
                    + " one-time code before issuing a session token.\n\n"
                    + "## Non-Functional Requirements\n\n"
                    + "- The AuthService shall store user passwords as salted bcrypt hashes in the"
                    + " users table.\n"
                    + "- The AuthService shall respond to POST /auth/login requests within 200 ms"
                    + " latency.\n\n"
                    + "## Out of Scope\n\n- Social login.\n";

    static final String TASKS =
            "# Implementation Plan\n\n"
                    + "- [ ] 1. Create the users table with bcrypt password hashes\n"
                    + "- [ ] 2. Implement AuthService.issueToken() to sign session tokens\n"
                    + "- [ ] 3. Add the POST /auth/login route that checks valid credentials\n"
                    + "- [ ] 4. Reject invalid credentials with an error response\n"
                    + "- [ ] 5. Lock accounts and refuse login attempts while locked\n"
                    + "- [ ] 6. Validate session token expiry in GET /auth/session\n"
                    + "- [ ] 7. Add two-factor one-time code verification\n"
                    + "- [ ] 8. Hash passwords with salted bcrypt on registration\n"
                    + "- [ ] 9. Add a latency benchmark for POST /auth/login\n"
                    + "- [ ] 10. Write integration tests for the login flow\n";

    static final String DESIGN =
            "# Design: User Authentication\n\n"
                    + "## Architecture\n\nThe AuthService sits behind the API gateway.\n\n"
                    + "## Data Models\n\nThe `users` table holds salted bcrypt password hashes.\n\n"
                    + "## API Contracts\n\n`POST /auth/login` returns a signed session token;"
                    + " `GET /auth/session` checks its expiry.\n\n"
                    + "## Error Handling\n\nInvalid credentials and locked accounts get an error"
                    + " response.\n\n"
                    + "## Security\n\nTwo-factor one-time code verification; session tokens are"
                    + " signed.\n";

    static Path folder(Path root) {
        return root.resolve(".kiro/specs/" + NAME);
    }

    static Path write(Path root, String requirements, String design, String tasks) {
        try {
            Path f = folder(root);
            Files.createDirectories(f);
            if (requirements != null) {
                Files.writeString(
                        f.resolve("requirements.md"), requirements, StandardCharsets.UTF_8);
            }
            if (design != null) {
                Files.writeString(f.resolve("design.md"), design, StandardCharsets.UTF_8);
            }
            if (tasks != null) {
                Files.writeString(f.resolve("tasks.md"), tasks, StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workspace workspace(Path root) {
        try {
            return SpecParser.create().read(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Spec spec(Path root) {
        return workspace(root).spec(NAME).orElseThrow();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void replace(Path file, String from, String to) {
        String s = read(file);
        if (!s.contains(from)) {
            throw new AssertionError("'" + from + "' not in " + file);
        }
        try {
            Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
