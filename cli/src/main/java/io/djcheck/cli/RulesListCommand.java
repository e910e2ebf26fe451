package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.pack.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code djcheck rules list}: the catalogue of a pack, one rule per entry. */
@Command(name = "list", sortOptions = false,
        description = {"List the rules of a pack: id, severity, category, title, where it is defined, and its "
                + "basis (the regulation it enforces).", ""},
        footer = {"", "Examples:",
                "  djcheck rules list",
                "  djcheck rules list my-rules | grep 组织生活"})
final class RulesListCommand implements Callable<Integer> {

    @Mixin
    PackArgument pack;

    private final Console console;

    RulesListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        for (RuleInfo r : Checker.builder().rulePack(pack.pack()).build().rules()) {
            out.printf("%-7s %-8s %s  %s  (%s)%n", r.id(), r.severity(), r.category(), r.title(), r.where());
            if (!r.basis().isBlank()) {
                out.println("        依据：" + r.basis());
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
