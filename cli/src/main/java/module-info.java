/** The specdriven command line. */
module dev.specdriven.cli {
    requires static org.jspecify;
    requires dev.specdriven.ears;
    requires dev.specdriven.spec;
    requires dev.specdriven.trace;
    requires org.jgrapht.io;
    requires dev.specdriven.generate;
    requires dev.specdriven.workflow;
    requires dev.specdriven.generate.langchain4j;
    requires langchain4j.open.ai;
    requires langchain4j.http.client;
    requires langchain4j.http.client.jdk;
    requires java.net.http;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    opens dev.specdriven.cli to
            info.picocli;
}
