/**
 * The spec model: reads, checks and losslessly edits Kiro-style spec folders ({@code
 * requirements.md}, {@code bugfix.md}, {@code design.md}, {@code tasks.md}, {@code .config.kiro},
 * steering documents). Entry point: {@link dev.specdriven.spec.SpecParser}.
 */
module dev.specdriven.spec {
    requires static org.jspecify;
    requires transitive dev.specdriven.ears;
    requires org.commonmark;
    requires com.fasterxml.jackson.databind;

    exports dev.specdriven.spec;
}
