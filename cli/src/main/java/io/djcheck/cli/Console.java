package io.djcheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Where a command writes: results to stdout, one line per problem to stderr, colour only on a terminal. */
final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean color;

    Console(PrintStream out, PrintStream err, boolean color) {
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        this.color = color;
    }

    static Console system() {
        boolean tty = System.console() != null && System.getenv("NO_COLOR") == null;
        return new Console(System.out, System.err, tty);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    boolean color() {
        return color;
    }

    /** One problem, one line: {@code djcheck: <file>: <what is wrong>; <what to do>}. */
    void error(String message) {
        err.println("djcheck: " + message);
        err.flush();
    }
}
