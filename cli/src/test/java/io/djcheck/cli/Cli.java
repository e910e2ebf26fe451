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

    /** Runs in English ({@code DJCHECK_LANG=en}), the language the tests of each command assert. */
    static Run run(String... args) {
        return runWithStdin("", args);
    }

    /** Runs with {@code stdin} as the standard input (e.g. a list of files for {@code check -}), in English. */
    static Run runWithStdin(String stdin, String... args) {
        return runWithEnv(java.util.Map.of(Lang.ENV, "en"), stdin, args);
    }

    /** Runs with this environment (no DJCHECK_LANG in it: the default language). */
    static Run runWithEnv(java.util.Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, false,
                new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        int code = DjcheckCommand.run(args, console, false, env::get);
        console.out().flush();
        console.err().flush();
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
