package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.pack.PackProblem;
import io.djcheck.pack.RulePack;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/** The pack a {@code djcheck rules} command works on: a folder, or the built-in pack when none is given. */
final class PackArgument {

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "Rule pack folder (the one holding pack.yaml); the built-in default pack when omitted.")
    Path dir;

    @Option(names = "--no-drl", description = "Refuse DRL rules in the pack (for packs from less-trusted editors).")
    boolean noDrl;

    RulePack pack() {
        return load(dir, noDrl, null);
    }

    /**
     * The pack in {@code dir}, or the built-in one when null; with DRL refused when {@code noDrl}.
     *
     * @param option the option that gave the folder (--rules), or null for a command's argument: for the
     *               usage error when it is not one
     */
    static RulePack load(Path dir, boolean noDrl, String option) {
        if (dir != null && !Files.isDirectory(dir)) {
            String given = option == null ? dir.toString() : option + " " + dir;
            throw new UsageException((option == null ? "usage.pack-dir-" : "usage.pack-")
                    + (Files.exists(dir) ? "not-folder" : "no-folder"), given);
        }
        RulePack p = dir == null ? RulePack.fromClasspath(Checker.DEFAULT_PACK) : RulePack.fromDirectory(dir);
        return noDrl ? p.withoutDrl() : p;
    }

    /** How the pack is named to the user: the folder given, or "the built-in pack". */
    String name() {
        return dir == null ? "built-in pack " + Checker.DEFAULT_PACK : dir.toString();
    }

    /** {@link #name()} in the console's language. */
    String name(Messages messages) {
        return dir == null ? messages.get("pack.built-in", Checker.DEFAULT_PACK) : dir.toString();
    }

    /** A problem with its file shown under the folder given, so that a terminal or editor can open it. */
    String located(PackProblem p, Messages messages) {
        String text = ProblemText.of(p, messages);
        return dir == null ? text : dir.resolve(p.file()).normalize() + text.substring(p.file().length());
    }
}
