package dev.specdriven.examples.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.specdriven.examples.ExampleWorkspace;
import dev.specdriven.generate.GeneratorException;
import dev.specdriven.spec.SpecParser;
import dev.specdriven.spec.Workspace;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ChatModelSetupTest {

    @Test
    void the_readme_set_up_reaches_the_endpoint_it_is_given_and_reports_its_failure()
            throws Exception {
        Workspace ws = SpecParser.create().read(ExampleWorkspace.directory());
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        GeneratorException e =
                catchThrowableOfType(
                        GeneratorException.class,
                        () ->
                                ChatModelSetup.design(
                                        ws,
                                        ws.spec("order-checkout").orElseThrow(),
                                        "http://127.0.0.1:" + closedPort + "/v1",
                                        "test-key",
                                        "test-model"));
        assertThat(e).isNotNull();
        assertThat(e.backendId()).isEqualTo("openai");
        assertThat(e.reason()).isEqualTo(GeneratorException.Reason.BACKEND_ERROR);
        assertThat(e.getMessage()).doesNotContain("test-key");
    }
}
