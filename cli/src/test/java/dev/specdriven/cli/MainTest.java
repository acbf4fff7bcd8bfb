package dev.specdriven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the named subcommand is registered; help, version and typos still see all of them. */
class MainTest {

    private static final List<String> COMMANDS =
            List.of(
                    "ears",
                    "check",
                    "task",
                    "trace",
                    "impact",
                    "status",
                    "diff",
                    "generate",
                    "new",
                    "codes",
                    "approve",
                    "reconcile",
                    "verify-spec",
                    "gate",
                    "stale",
                    "link",
                    "watch");

    @Test
    void helpListsEverySubcommandInOrder() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exitCode()).isZero();
        int last = -1;
        for (String c : COMMANDS) {
            int at = r.out().indexOf("\n  " + c + " ");
            assertThat(at).as(c).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void eachSubcommandRunsAloneWithItsOptions() {
        for (String c : COMMANDS) {
            CliRun r = CliRun.of(c, "--help");
            assertThat(r.exitCode()).as(c).isZero();
            assertThat(r.out()).as(c).contains("Usage: specdriven " + c);
        }
        CliRun at = CliRun.of("trace", "--help");
        assertThat(at.out()).contains("--at=REV");
    }

    @Test
    void aTypoGetsTheFullUsageAndExitCode2() {
        CliRun r = CliRun.of("trce", "x");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument").contains("trace").contains("watch");
        assertThat(CliRun.of("--version").out()).contains("specdriven 0.1.0-SNAPSHOT");
    }
}
