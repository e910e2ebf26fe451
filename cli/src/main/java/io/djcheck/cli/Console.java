package io.djcheck.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Where a command writes: results to stdout, one line per problem to stderr, colour only on a terminal. */
final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final PrintStream errStream;
    private final boolean color;
    private final boolean terminal;
    private final InputStream stdin;
    private final Messages messages;

    Console(PrintStream out, PrintStream err, boolean color) {
        this(out, err, color, false, InputStream.nullInputStream());
    }

    Console(PrintStream out, PrintStream err, boolean color, boolean terminal, InputStream stdin) {
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        this.errStream = err;
        this.color = color;
        this.terminal = terminal;
        this.stdin = stdin;
        this.messages = Messages.of(Lang.ZH);
    }

    private Console(Console c, Messages messages) {
        this.out = c.out;
        this.err = c.err;
        this.errStream = c.errStream;
        this.color = c.color;
        this.terminal = c.terminal;
        this.stdin = c.stdin;
        this.messages = messages;
    }

    /** This console, speaking {@code messages}' language. */
    Console speaking(Messages messages) {
        return new Console(this, messages);
    }

    Messages messages() {
        return messages;
    }

    /** The message {@code key} in the console's language (see {@link Messages#get}). */
    String text(String key, Object... args) {
        return messages.get(key, args);
    }

    static Console system() {
        boolean terminal = System.console() != null;
        return new Console(System.out, System.err, terminal && System.getenv("NO_COLOR") == null, terminal, System.in);
    }

    /** The standard input, as UTF-8 lines (a list of files for {@code check -}). */
    BufferedReader in() {
        return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    }

    /** The raw error stream (for the progress bar, which draws on it). */
    PrintStream errStream() {
        return errStream;
    }

    /** True when the user watches a terminal: progress may be drawn. */
    boolean terminal() {
        return terminal;
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
