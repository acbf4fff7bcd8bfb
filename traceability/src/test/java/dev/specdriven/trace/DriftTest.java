package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.drift.ChangeKind;
import dev.specdriven.trace.drift.CriterionChange;
import dev.specdriven.trace.drift.DriftAnalyzer;
import dev.specdriven.trace.drift.DriftReport;
import dev.specdriven.trace.drift.EarsParts;
import dev.specdriven.trace.drift.GitRevisions;
import dev.specdriven.trace.drift.StaleTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftTest {
    @TempDir Path base;
    @TempDir Path cur;
    private static final String S = "checkout";

    private DriftReport diff(String req, String design, String tasks) {
        Fixtures.spec(base, S, Fixtures.REQUIREMENTS, Fixtures.DESIGN, Fixtures.TASKS);
        Fixtures.spec(cur, S, req, design, tasks);
        return DriftAnalyzer.create().compare(Fixtures.read(base), Fixtures.read(cur));
    }

    @Test
    void whitespaceCaseAndPunctuationAreNotChanges() {
        String req =
                Fixtures.REQUIREMENTS.replace(
                        "1. WHEN the shopper submits the cart, THE Checkout_Service SHALL create an order",
                        "1. When  the shopper submits the cart THE Checkout_Service shall create an order.");
        DriftReport r = diff(req, Fixtures.DESIGN, Fixtures.TASKS);
        assertThat(r.changes()).isEmpty();
        assertThat(r.suspects()).isEmpty();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void semanticChangeMarksDownstreamSuspectAndDoneTasksStale() {
        String req =
                Fixtures.REQUIREMENTS.replace(
                        "THE Checkout_Service SHALL create an order",
                        "THE Checkout_Service SHALL create an order and reserve the stock");
        DriftReport r = diff(req, Fixtures.DESIGN, Fixtures.TASKS);
        assertThat(r.changes())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
                            assertThat(c.changedParts()).containsExactly("response");
                            assertThat(c.after()).contains(NodeId.criterion(S, "1.1"));
                        });
        assertThat(r.suspects())
                .extracting(s -> s.node().toString())
                .containsExactlyInAnyOrder(
                        "section:checkout/checkout-service",
                        "property:checkout/1",
                        "task:checkout/1.1",
                        "task:checkout/2");
        assertThat(r.suspects())
                .allSatisfy(s -> assertThat(s.reason()).contains("1.1 changed (response)"));
        // task 1.1 was done before the change
        assertThat(r.staleTasks())
                .extracting(t -> t.task().local() + " " + t.reason())
                .containsExactly("1.1 DONE_BEFORE_CHANGE");
        assertThat(r.findings())
                .extracting(Finding::code)
                .contains("TRACE020", "TRACE024", "TRACE027");
    }

    @Test
    void triggerChangeIsNamed() {
        String req =
                Fixtures.REQUIREMENTS.replace(
                        "WHEN the payment succeeds", "WHEN the payment is captured");
        DriftReport r = diff(req, Fixtures.DESIGN, Fixtures.TASKS);
        assertThat(r.changes())
                .singleElement()
                .satisfies(c -> assertThat(c.changedParts()).containsExactly("trigger"));
    }

    @Test
    void renumberedCriteriaAreMatchedByContentAndLeaveStaleReferences() {
        String req =
                Fixtures.REQUIREMENTS
                        .replace(
                                "1. WHEN the shopper submits the cart",
                                "1. THE Checkout_Service SHALL show the cart total\n2. WHEN the shopper submits the cart")
                        .replace("2. WHEN the cart is empty", "3. WHEN the cart is empty")
                        .replace(
                                "3. THE Checkout_Service SHALL log every order",
                                "4. THE Checkout_Service SHALL log every order");
        DriftReport r = diff(req, Fixtures.DESIGN, Fixtures.TASKS);
        assertThat(r.changes())
                .extracting(
                        c ->
                                c.kind()
                                        + " "
                                        + c.before().map(NodeId::local).orElse("-")
                                        + "->"
                                        + c.after().map(NodeId::local).orElse("-"))
                .containsExactlyInAnyOrder(
                        "ADDED -->1.1",
                        "RENUMBERED 1.1->1.2",
                        "RENUMBERED 1.2->1.3",
                        "RENUMBERED 1.3->1.4");
        assertThat(r.suspects()).isEmpty();
        assertThat(r.staleReferences())
                .extracting(s -> s.owner() + " " + s.written() + "->" + s.suggested())
                .containsExactlyInAnyOrder(
                        "section:checkout/checkout-service 1.1->1.2",
                        "section:checkout/checkout-service 1.2->1.3",
                        "property:checkout/1 1.1->1.2",
                        "task:checkout/1.1 1.1->1.2",
                        "task:checkout/1.2 1.2->1.3");
        var ref =
                r.staleReferences().stream()
                        .filter(s -> s.owner().equals(NodeId.task(S, "1.1")))
                        .findFirst()
                        .orElseThrow();
        assertThat(ref.file()).isEqualTo(".kiro/specs/checkout/tasks.md");
        assertThat(ref.edit().span().start().line()).isEqualTo(5);
        assertThat(ref.edit().replacement()).isEqualTo("1.2");
        assertThat(r.findings())
                .filteredOn(f -> f.code().equals("TRACE025"))
                .first()
                .satisfies(f -> assertThat(f.diagnostic().fix()).startsWith("Rewrite '"));
    }

    @Test
    void referencesAlreadyRewrittenAreNotStale() {
        String req =
                Fixtures.REQUIREMENTS.replace(
                        "1. WHEN the shopper submits the cart",
                        "1. THE Checkout_Service SHALL show the cart total\n2. WHEN the shopper submits the cart");
        String tasks = Fixtures.TASKS.replace("_Requirements: 1.1_", "_Requirements: 1.2_");
        DriftReport r = diff(req, Fixtures.DESIGN, tasks);
        assertThat(r.staleReferences()).noneMatch(s -> s.owner().equals(NodeId.task(S, "1.1")));
    }

    @Test
    void removedCriterionMakesItsFormerDependentsSuspect() {
        String req =
                Fixtures.REQUIREMENTS.replace(
                        "2. IF the payment fails, THEN THE Checkout_Service SHALL keep the cart\n",
                        "");
        DriftReport r = diff(req, Fixtures.DESIGN, Fixtures.TASKS);
        CriterionChange c = r.changes().get(0);
        assertThat(c.kind()).isEqualTo(ChangeKind.REMOVED);
        assertThat(c.before()).contains(NodeId.criterion(S, "2.2"));
        assertThat(r.suspects())
                .extracting(s -> s.node().toString())
                .containsExactly("task:checkout/2");
    }

    @Test
    void taskEditedTogetherWithItsCriterionIsFlagged() {
        String req =
                Fixtures.REQUIREMENTS.replace(
                        "SHALL reject the submission",
                        "SHALL reject the submission with a message");
        String tasks =
                Fixtures.TASKS.replace("Reject empty carts", "Reject empty carts with a message");
        DriftReport r = diff(req, Fixtures.DESIGN, tasks);
        assertThat(r.staleTasks())
                .extracting(StaleTask::reason)
                .containsExactly(StaleTask.Reason.EDITED_AFTER_CHANGE);
    }

    @Test
    void earsPartsNormalization() {
        assertThat(EarsParts.normalize("  THE Auth_Service,   SHALL log-in. "))
                .isEqualTo("the auth service shall log in");
    }

    @Test
    void sinceAGitRevision(@TempDir Path repo) throws Exception {
        Assumptions.assumeTrue(GitRevisions.gitAvailable(), "git not on PATH, skipping");
        Fixtures.spec(repo, S, Fixtures.REQUIREMENTS, Fixtures.DESIGN, Fixtures.TASKS);
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(
                repo,
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.com",
                "commit",
                "-q",
                "-m",
                "spec");
        Path req = repo.resolve(".kiro/specs/checkout/requirements.md");
        Files.writeString(
                req, Fixtures.REQUIREMENTS.replace("SHALL keep the cart", "SHALL empty the cart"));
        Path snapshot =
                GitRevisions.materialize(
                        repo, "HEAD", Files.createDirectories(cur.resolve("snap")));
        assertThat(Files.readString(snapshot.resolve(".kiro/specs/checkout/requirements.md")))
                .isEqualTo(Fixtures.REQUIREMENTS);
        Workspace before = Fixtures.read(snapshot);
        DriftReport r = DriftAnalyzer.create().compare(before, Fixtures.read(repo));
        assertThat(r.changes())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
                            assertThat(c.after()).contains(NodeId.criterion(S, "2.2"));
                        });
        // a workspace in a sub-directory of the repository
        Path sub = Files.createDirectories(cur.resolve("sub"));
        GitRevisions.materialize(repo.resolve(".kiro"), "HEAD", sub);
        assertThat(sub.resolve("specs/checkout/tasks.md")).exists();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> GitRevisions.materialize(repo, "no-such-rev", cur))
                .isInstanceOf(IOException.class);
    }

    static void git(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
