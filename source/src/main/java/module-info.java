/**
 * Positions, spans, diagnostics and parse results shared by every specdriven module: {@link
 * dev.specdriven.source.SourceSpan}, {@link dev.specdriven.source.Diagnostic}, {@link
 * dev.specdriven.source.DiagnosticCode}, {@link dev.specdriven.source.ParseResult}.
 */
module dev.specdriven.source {
    requires static org.jspecify;

    exports dev.specdriven.source;
}
