/** The specdriven command line. */
module dev.specdriven.cli {
    requires static org.jspecify;
    requires dev.specdriven.ears;
    requires dev.specdriven.spec;
    requires dev.specdriven.trace;
    requires org.jgrapht.io;
    requires dev.specdriven.generate;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    opens dev.specdriven.cli to
            info.picocli;
}
