package dev.specdriven.generate;

import dev.specdriven.generate.spi.ModelBackend;

/** A test backend installed through META-INF/services. */
public final class TestEchoBackend implements ModelBackend {
    @Override
    public String id() {
        return "test-echo";
    }

    @Override
    public String complete(GenerationRequest request) {
        return request.prompt().text();
    }
}
