package io.djcheck.cli;

import java.io.PrintStream;

/**
 * What a Ctrl-C (SIGINT, or SIGTERM) says when it stops djcheck. The JVM then runs its shutdown
 * hooks and exits with 130 (143 for SIGTERM); {@link DjcheckCommand#main} installs one hook that
 * prints one line saying how far the command got, unless the command finished first, or a batch
 * (which stops cleanly and says what to {@code --resume} itself) or a {@code --watch} (for which
 * Ctrl-C is the normal way to stop) has taken over. The tests run commands in-process without it.
 */
final class Interrupts {

    /** How far the command has got, for the line a Ctrl-C prints. */
    enum Stage {
        /** Starting: parsing, loading and compiling the rule pack. Nothing has been checked or written. */
        STARTING("interrupt.starting"),
        /** Checking without --out DIR: what was printed or written is incomplete. */
        CHECKING("interrupt.checking"),
        /** A batch or a watch, which handle Ctrl-C themselves; or the command has finished. */
        HANDLED(null);

        private final String key;

        Stage(String key) {
            this.key = key;
        }
    }

    private static volatile Stage stage = Stage.STARTING;

    private Interrupts() {
    }

    /** Installs the hook that speaks when the JVM goes down before {@link #finished()}; once, from main. */
    static void install(PrintStream err, Messages messages) {
        Thread hook = new Thread(() -> {
            String key = stage.key;
            if (key != null) {
                err.println("djcheck: " + messages.get(key));
                err.flush();
            }
        }, "djcheck-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The command has started checking (reports are being read and results written). */
    static void checking() {
        if (stage == Stage.STARTING) {
            stage = Stage.CHECKING;
        }
    }

    /** A batch or a watch has installed its own handling; the hook stays quiet. */
    static void handled() {
        stage = Stage.HANDLED;
    }

    /** The command is done: an exit from now on is no interruption. */
    static void finished() {
        stage = Stage.HANDLED;
    }
}
