package dev.specdriven.generate;

import dev.specdriven.spec.AcceptanceCriterion;
import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.Spec;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import dev.specdriven.spec.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Test workspaces and coverage helpers. */
final class Fixtures {
    private Fixtures() {}

    static final String SMALL_REQUIREMENTS =
            "# Requirements Document: Password Reset\n\n"
                    + "## Introduction\n\nUsers reset a forgotten password by e-mail.\n\n"
                    + "## Glossary\n\n"
                    + "- **Reset_Service**: the component that issues and checks reset links.\n"
                    + "- **Reset_Link**: a single-use link valid for 30 minutes.\n\n"
                    + "## Requirements\n\n"
                    + "### Requirement 1: Request a reset\n\n"
                    + "**User Story:** As a user, I want a reset link, so that I can log in again.\n\n"
                    + "#### Acceptance Criteria\n\n"
                    + "1. WHEN a user submits a registered e-mail address, THE Reset_Service SHALL send a Reset_Link within 60 seconds.\n"
                    + "2. IF the e-mail address is unknown, THEN THE Reset_Service SHALL answer exactly as for a registered address.\n\n"
                    + "### Requirement 2: Use the link\n\n"
                    + "**User Story:** As a user, I want to set a new password, so that my account is safe.\n\n"
                    + "#### Acceptance Criteria\n\n"
                    + "1. WHEN a user opens a valid Reset_Link, THE Reset_Service SHALL let the user set a new password.\n"
                    + "2. IF a Reset_Link is expired or used, THEN THE Reset_Service SHALL reject it with the error type `link-invalid`.\n"
                    + "3. THE Reset_Service SHALL invalidate every Reset_Link of the user after a password change.\n";

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/workspace"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException(
                    "repository root not found from " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** Copies examples/workspace into a directory. */
    static Path exampleWorkspace(Path into) {
        Path src = repoRoot().resolve("examples/workspace");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = into.resolve(src.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }

    /** A workspace with one small spec (requirements only). */
    static Path smallWorkspace(Path into) {
        try {
            Path dir = into.resolve(".kiro/specs/password-reset");
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve("requirements.md"), SMALL_REQUIREMENTS, StandardCharsets.UTF_8);
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

    static Spec spec(Path ws, String name) {
        return read(ws).spec(name).orElseThrow();
    }

    static Set<String> criteria(Spec spec) {
        Set<String> s = new TreeSet<>();
        for (AcceptanceCriterion c : spec.criteria()) {
            s.add(c.id().toString());
        }
        return s;
    }

    static Set<String> coveredByDesign(Spec spec, DesignDocument d) {
        Set<String> s = new TreeSet<>();
        d.references().forEach(l -> l.references().forEach(r -> add(spec, r, s)));
        return s;
    }

    static Set<String> coveredByTasks(Spec spec, TasksDocument t) {
        Set<String> s = new TreeSet<>();
        for (Task task : t.tasks()) {
            task.requirementReferences().forEach(r -> add(spec, r, s));
        }
        return s;
    }

    private static void add(Spec spec, RequirementReference r, Set<String> s) {
        spec.resolve(r).forEach(c -> s.add(c.id().toString()));
    }

    static CriterionId id(String s) {
        return CriterionId.parse(s).orElseThrow();
    }

    static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
