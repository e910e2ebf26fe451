package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.ingest.ReadLimits;
import io.djcheck.pack.RulePack;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        return PackArgument.load(rules, noDrl, "--rules");
    }

    /** The rule ids and files of a DRL rule file, as its {@code @id("...")} (or {@code rule "..."}) lines give them. */
    private static final Pattern DRL_RULE_ID = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern DRL_RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    /**
     * The pack to check with. With --no-drl, a pack holding DRL files is checked without running them:
     * each rule they define gets one warning line on stderr and an ERROR finding "未运行" in the
     * results, which the score leaves out, rather than the whole pack being refused. A reload under
     * --watch keeps skipping them.
     */
    private RulePack checkingPack(Console console) {
        RulePack p = pack();
        List<String> drlFiles = p.ruleFiles().stream().filter(f -> f.endsWith(".drl")).toList();
        if (!noDrl || drlFiles.isEmpty()) {
            return p;
        }
        for (String f : drlFiles) {
            String text = p.text(f);
            Matcher m = DRL_RULE_ID.matcher(text);
            Set<String> ids = new LinkedHashSet<>();           // a rule id may span several DRL rules
            while (m.find()) {
                ids.add(m.group(1));
            }
            if (ids.isEmpty()) {
                Matcher n = DRL_RULE_NAME.matcher(text);
                while (n.find()) {
                    ids.add(n.group(1));
                }
            }
            for (String id : ids.isEmpty() ? Set.of(console.text("pack.every-rule")) : ids) {
                console.error(console.text("pack.no-drl-warning", id, f));
            }
        }
        return p.skippingDrl("--no-drl");
    }

    /** The checker with these read limits on each input. */
    Checker checker(ReadLimits limits, Console console) {
        return checker(limits, console, false);
    }

    /**
     * The checker with these read limits on each input; with {@code force}, a text that is no
     * Party-building report is checked anyway rather than refused.
     */
    Checker checker(ReadLimits limits, Console console, boolean force) {
        Checker.Builder b = Checker.builder().rulePack(checkingPack(console)).profile(profile).limits(limits)
                .acceptAnyText(force);
        for (Map.Entry<String, String> e : params.entrySet()) {
            try {
                b.param(e.getKey(), Double.parseDouble(e.getValue()));
            } catch (NumberFormatException ex) {
                throw new UsageException("usage.param-not-number", e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {              // Infinity, NaN
                throw new UsageException("usage.param", e.getKey(), e.getValue(), ex.getMessage());
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException ex) {
            for (Map.Entry<String, String> e : params.entrySet()) {       // name the option that gave the value
                if (ex.getMessage() != null && ex.getMessage().contains("parameter '" + e.getKey() + "'")) {
                    throw new UsageException("usage.param", e.getKey(), e.getValue(), ex.getMessage());
                }
            }
            throw UsageException.verbatim(ex.getMessage());
        }
    }
}
