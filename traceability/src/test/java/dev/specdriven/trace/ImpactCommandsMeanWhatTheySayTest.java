package dev.specdriven.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specdriven.spec.Spec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact} means what it says: inferred links propagate a change when asked, a design section
 * reaches the tasks that cite it, and elements are accepted as other commands print them.
 */
class ImpactCommandsMeanWhatTheySayTest {
    @TempDir Path dir;

    /** The seed's plain spec: bullet requirements, tasks without references. */
    static final String PLAIN_REQUIREMENTS =
            """
            # Requirements: User Authentication

            ## Functional Requirements

            - When a user submits valid credentials to POST /auth/login, the AuthService shall issue a signed session token.
            - When a user submits invalid credentials, the AuthService shall reject the login request with an error.
            - While a user account is locked, the AuthService shall refuse every login attempt for that account.

            ## Non-Functional Requirements

            - The AuthService shall store user passwords as salted bcrypt hashes in the users table.
            """;

    static final String PLAIN_TASKS =
            """
            # Implementation Plan

            - [x] 1. Create the users table with bcrypt password hashes
            - [x] 2. Reject invalid credentials with an error response
            - [ ] 3. Lock accounts and refuse login attempts while locked
            """;

    static final String DESIGN =
            """
            # Design

            ## Architecture

            AuthService behind the API gateway.

            ## Token Store

            Signed session tokens live in Redis with a one-hour TTL.

            ## Error Handling

            Invalid credentials give 401; locked accounts give 423.
            """;

    static final String TASKS_CITING_SECTIONS =
            """
            # Implementation Plan

            - [ ] 1. Issue session tokens
              - _Design: Token Store_
            - [ ] 2. Map login failures to status codes as the error handling section says
            - [ ] 3. Lock accounts
              - **Design**: #error-handling; architecture
            - [ ] 4. Write the README
            """;

    @Test
    void includeInferredFollowsTheLinksThatLinkShows() {
        Fixtures.spec(dir, "user-authentication", PLAIN_REQUIREMENTS, null, PLAIN_TASKS);
        Spec spec = Fixtures.read(dir).specs().get(0);
        // what 'specdriven link' shows: the best inferred criterion of task 3
        InferredLink best = InferredLinks.infer(spec).best("3", NodeKind.CRITERION).orElseThrow();
        NodeId criterion = best.target();
        assertThat(criterion.local()).isEqualTo("FR-3.1");
        TraceGraph g = TraceGraph.of(Fixtures.read(dir));
        assertThat(g.element("user-authentication", "FR-3.1")).contains(criterion);
        assertThat(g.impact(List.of(criterion)).affected()).isEmpty();
        Impact inferred = g.impact(List.of(criterion), true);
        assertThat(inferred.affected(NodeKind.TASK))
                .contains(NodeId.task("user-authentication", "3"));
        assertThat(inferred.affected())
                .allSatisfy(n -> assertThat(n.via().origin()).isEqualTo(LinkOrigin.INFERRED));
        // a graph built with inferred links answers the same
        TraceGraph built =
                TraceGraph.builder().workspace(Fixtures.read(dir)).inferLinks(true).build();
        assertThat(built.impact(List.of(criterion), true).affected(NodeKind.TASK))
                .isEqualTo(inferred.affected(NodeKind.TASK));
    }

    @Test
    void aSectionReachesTheTasksThatCiteIt() {
        Fixtures.spec(dir, "auth", Fixtures.REQUIREMENTS, DESIGN, TASKS_CITING_SECTIONS);
        TraceGraph g = TraceGraph.of(Fixtures.read(dir));
        assertThat(g.impact(List.of(NodeId.section("auth", "token-store"))).affected(NodeKind.TASK))
                .containsExactly(NodeId.task("auth", "1"));
        assertThat(
                        g.impact(List.of(NodeId.section("auth", "error-handling")))
                                .affected(NodeKind.TASK))
                .containsExactlyInAnyOrder(NodeId.task("auth", "2"), NodeId.task("auth", "3"));
        assertThat(
                        g.impact(List.of(NodeId.section("auth", "architecture")))
                                .affected(NodeKind.TASK))
                .containsExactly(NodeId.task("auth", "3"));
        assertThat(g.outgoing(NodeId.task("auth", "1")))
                .filteredOn(l -> l.kind() == LinkKind.CITES)
                .singleElement()
                .satisfies(l -> assertThat(l.isExplicit()).isTrue());
        // cited sections do not make a task trace to a requirement
        assertThat(g.orphanTasks()).hasSize(4);
    }

    @Test
    void elementsAreAcceptedAsOtherCommandsPrintThem() {
        Fixtures.spec(dir, "auth", Fixtures.REQUIREMENTS, DESIGN, TASKS_CITING_SECTIONS);
        Fixtures.spec(dir, "checkout", Fixtures.REQUIREMENTS, Fixtures.DESIGN, Fixtures.TASKS);
        TraceGraph g = TraceGraph.of(Fixtures.read(dir));
        NodeId section = NodeId.section("auth", "token-store");
        for (String printed : List.of("section:auth/token-store", "section:token-store")) {
            assertThat(g.element("auth", printed)).as(printed).contains(section);
        }
        assertThat(g.element("auth", "task:checkout/1.2")).contains(NodeId.task("checkout", "1.2"));
        assertThat(g.element("auth", "criterion:auth/2.1"))
                .contains(NodeId.criterion("auth", "2.1"));
        assertThat(g.element("auth", "checkout:2.1")).contains(NodeId.criterion("checkout", "2.1"));
        assertThat(g.element("auth", "2.1")).contains(NodeId.criterion("auth", "2.1"));
        assertThat(g.element("auth", "2")).contains(NodeId.requirement("auth", "2"));
        assertThat(g.element("auth", "requirement:2")).contains(NodeId.requirement("auth", "2"));
        assertThat(g.element("auth", "spec:checkout")).contains(NodeId.spec("checkout"));
        assertThat(g.element("auth", "section:nope")).isEmpty();
        assertThatThrownBy(() -> g.element("auth", "step:1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "unknown node kind 'step' (kinds: spec, requirement, criterion, term,"
                                + " section, property, task, test, code)");
    }
}
