package io.djcheck.cli;

import io.djcheck.engine.RuleCompiler;
import io.djcheck.pack.LoadedPack;
import io.djcheck.pack.PackLoader;
import io.djcheck.pack.ParamSet;
import io.djcheck.pack.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Map;
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

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Show the rules as this profile of params.yaml has them: switched off, or with another severity or deduction.")
    String profile;

    private final Console console;

    RulesListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        LoadedPack loaded = PackLoader.load(pack.pack(), RuleCompiler.DEFAULT_MAX_FIRINGS);
        if (profile != null && !loaded.params().profiles().containsKey(profile)) {
            throw new UsageException("usage.no-such-profile", profile, pack.name(console.messages()),
                    String.join(", ", loaded.params().profiles().keySet()));
        }
        Map<String, ParamSet.RuleSwitch> switches = loaded.params().ruleSwitches(profile);
        for (RuleInfo r : loaded.ruleInfos()) {
            ParamSet.RuleSwitch sw = switches.get(r.id());
            String severity = sw != null && sw.severity() != null ? sw.severity().name() : r.severity().name();
            out.printf("%-7s %-8s %s  %s  (%s)%s%n", r.id(), severity, r.category(), r.title(), r.where(),
                    sw == null ? "" : "  [" + profile + ": " + sw + "]");
            if (!r.basis().isBlank()) {
                out.println("        " + console.text("rules.basis", r.basis()));
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
