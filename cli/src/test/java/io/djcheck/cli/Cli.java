package io.djcheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the djcheck command line in-process and captures what it prints. */
final class Cli {

    record Run(int exitCode, String out, String err) {
        /** stderr split into lines, without blank ones. */
        java.util.List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        return runWithStdin("", args);
    }

    /** Runs with {@code stdin} as the standard input (e.g. a list of files for {@code check -}). */
    static Run runWithStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, false,
                new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        int code = DjcheckCommand.run(args, console, false);
        console.out().flush();
        console.err().flush();
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
