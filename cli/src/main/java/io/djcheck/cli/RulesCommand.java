package io.djcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code djcheck rules}: work on a rule pack — lint it, run its tests, list its rules. */
@Command(name = "rules", sortOptions = false,
        description = {"Work on a rule pack: check its files, run its tests, list its rules.", ""},
        footer = {"", "Examples:",
                "  cp -r rules/src/main/resources/djcheck/rules/default my-rules",
                "  djcheck rules lint my-rules     # every problem, file:line:column",
                "  djcheck rules test my-rules     # run my-rules/tests/*.yaml",
                "  djcheck rules list my-rules     # the rules and their basis",
                "", "The pack format is taught in docs/rules.md."})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final Console console;

    RulesCommand(Console console) {
        this.console = console;
    }

    /** Without a subcommand: say which exist. */
    @Override
    public Integer call() {
        console.error(console.text("rules.needs-subcommand"));
        spec.commandLine().usage(console.err());
        return ExitCode.USAGE;
    }
}
