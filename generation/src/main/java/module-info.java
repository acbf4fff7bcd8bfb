/**
 * Pluggable generation of {@code design.md}, {@code tasks.md} and {@code requirements.md} through
 * host-supplied model backends, validated by the spec model and repaired in rounds. Entry point:
 * {@link dev.specdriven.generate.SpecGenerator}.
 */
module dev.specdriven.generate {
    requires static org.jspecify;
    requires transitive dev.specdriven.spec;
    requires dev.specdriven.trace;
    requires io.github.javadiffutils;

    exports dev.specdriven.generate;
    exports dev.specdriven.generate.spi;

    uses dev.specdriven.generate.spi.ModelBackend;

    provides dev.specdriven.generate.spi.ModelBackend with
            dev.specdriven.generate.BuiltinBackend;
}
