/**
 * The traceability graph of a spec workspace: criteria, design sections, correctness properties,
 * tasks and test evidence linked in one immutable graph, with coverage, impact, execution order,
 * lifecycle and drift queries. Entry point: {@link dev.specdriven.trace.TraceGraph}.
 */
module dev.specdriven.trace {
    requires static org.jspecify;
    requires transitive dev.specdriven.spec;
    requires transitive org.jgrapht.core;
    requires org.jgrapht.io;
    requires com.fasterxml.jackson.databind;
    requires java.xml;

    exports dev.specdriven.trace;
    exports dev.specdriven.trace.evidence;
    exports dev.specdriven.trace.drift;
}
