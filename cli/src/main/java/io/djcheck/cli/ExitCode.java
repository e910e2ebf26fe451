package io.djcheck.cli;

/** The exit codes of every djcheck command (also listed in --help and the README). */
final class ExitCode {
    /** Every report was checked (and met --fail-under, if given). */
    static final int OK = 0;
    /** A report scored below --fail-under. */
    static final int BELOW_THRESHOLD = 1;
    /** The command line is wrong: unknown option, missing argument, unknown profile or parameter. */
    static final int USAGE = 2;
    /** Some input could not be read (missing, empty, unreadable, not a report); the others were checked. */
    static final int INPUT = 3;
    /** The rule pack is invalid; nothing was checked. */
    static final int PACK = 4;
    /** An internal error (a bug, or an incomplete installation): one line, --debug shows the stack trace. */
    static final int INTERNAL = 70;
    /** A batch was interrupted (Ctrl-C); its outputs are valid and --resume finishes it. */
    static final int INTERRUPTED = 130;

    static final String HELP = """
            Exit codes:
              0  every report was checked
              1  a report scored below --fail-under
              2  usage error (unknown command, option, profile or parameter; a value out of range;
                 a --rules folder that does not exist; --format disagreeing with the --out suffix)
              3  some input could not be read; the rest was checked
              4  the rule pack is invalid
              70 internal error (run with --debug and report it)
              130 interrupted (Ctrl-C); the outputs are valid, --resume finishes the batch""";

    private ExitCode() {
    }
}
