package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.ingest.ReadLimits;
import io.djcheck.pack.RulePack;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The options that choose a rule pack and its parameters, shared by every command that checks. */
final class PackOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule pack folder to use instead of the built-in default pack.")
    Path rules;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Parameter profile of the pack's params.yaml (a region and year).")
    String profile;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Override one parameter, e.g. --param committee_dj_sessions_min=6 (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--no-drl", description = "Refuse DRL rules in the pack (for packs from less-trusted editors).")
    boolean noDrl;

    RulePack pack() {
        return PackArgument.load(rules, noDrl);
    }

    /** The checker with these read limits on each input. */
    Checker checker(ReadLimits limits) {
        return checker(limits, false);
    }

    /** With {@code force}, a text that is no Party-building report is checked anyway rather than refused. */
    Checker checker(ReadLimits limits, boolean force) {
        Checker.Builder b = Checker.builder().rulePack(pack()).profile(profile).limits(limits).acceptAnyText(force);
        for (Map.Entry<String, String> e : params.entrySet()) {
            try {
                b.param(e.getKey(), Double.parseDouble(e.getValue()));
            } catch (NumberFormatException ex) {
                throw new UsageException("--param " + e.getKey() + "=" + e.getValue() + ": the value must be a number");
            } catch (IllegalArgumentException ex) {              // Infinity, NaN
                throw new UsageException("--param " + e.getKey() + "=" + e.getValue() + ": " + ex.getMessage());
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException ex) {
            throw new UsageException(ex.getMessage());
        }
    }
}
