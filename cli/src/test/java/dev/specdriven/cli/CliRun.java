package dev.specdriven.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of one in-process CLI run: exit code and what was printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
