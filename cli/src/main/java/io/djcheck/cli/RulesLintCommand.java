package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.pack.PackLint;
import io.djcheck.pack.PackProblem;
import io.djcheck.pack.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code djcheck rules lint}: every problem of a pack at once, or a short OK. */
@Command(name = "lint", sortOptions = false,
        description = {"Check every file of a rule pack — YAML syntax, fields, concepts, parameters, categories, "
                + "severities, duplicate ids, DRL metadata and compile errors, test files — and list every "
                + "problem as file:line:column: code: message.", ""},
        footer = {"", "Examples:",
                "  djcheck rules lint my-rules",
                "  djcheck rules lint --no-drl uploaded-pack", "",
                "Each problem code is explained, with how to fix it, in docs/rules.md.", "",
                "Exit codes:",
                "  0  the pack is valid (warnings, if any, are listed: an unused parameter, two rules checking the "
                        + "same thing, an edited copy of the default pack still carrying its id and version)",
                "  4  the pack has problems (all listed)"})
final class RulesLintCommand implements Callable<Integer> {

    @Mixin
    PackArgument pack;

    private final Console console;

    RulesLintCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        RulePack files = pack.pack();
        PackLint.Result lint = PackLint.lint(files, RulePack.fromClasspath(Checker.DEFAULT_PACK));
        List<PackProblem> problems = lint.errors();
        PrintWriter out = console.out();
        if (!problems.isEmpty()) {
            out.println(console.messages().count("lint.errors", problems.size(), problems.size()));
            problems.forEach(p -> out.println(pack.located(p, console.messages())));
            out.flush();
            return ExitCode.PACK;
        }
        // warnings do not stop the pack: printed, one line each, and the exit code stays 0
        lint.warnings().forEach(w -> out.println(console.text("lint.warning", pack.located(w, console.messages()))));
        int n = lint.warnings().size();
        if (n == 0) {
            out.println(console.text("lint.ok", pack.name(console.messages()), files.ruleFiles().size(), files.testFiles().size()));
        } else {
            out.println(console.messages().count("lint.ok-warnings", n, pack.name(console.messages()), n, files.ruleFiles().size(),
                    files.testFiles().size()));
        }
        out.flush();
        return ExitCode.OK;
    }
}
