package dev.specdriven.generate.langchain4j;

import dev.specdriven.generate.ArtifactKind;
import dev.specdriven.generate.GenerationContext;
import dev.specdriven.generate.GenerationRequest;
import dev.specdriven.generate.OutputContract;
import dev.specdriven.generate.Prompt;
import dev.specdriven.generate.PromptMessage;
import java.util.List;
import java.util.Optional;

/** Minimal requests for calling a backend directly. */
final class TestRequests {
    private TestRequests() {}

    static GenerationRequest design() {
        GenerationContext ctx =
                new GenerationContext(
                        ArtifactKind.DESIGN,
                        "x",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        OutputContract.of(ArtifactKind.DESIGN));
        return new GenerationRequest(
                ctx,
                Prompt.of(PromptMessage.system("rules"), PromptMessage.user("context")),
                0,
                Optional.empty(),
                List.of());
    }
}
