package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.engine.MessageTemplate;
import io.djcheck.engine.RuleCompiler;
import io.djcheck.ingest.DocumentException;
import io.djcheck.pack.PackDiff;
import io.djcheck.pack.PackLoader;
import io.djcheck.pack.RulePack;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code djcheck rules diff}: what changed between two packs, and with reports given, which reports
 * an edit changes — status, score, grade — and through which rules: the review a rule editor wants
 * before sending a new pack to every township.
 */
@Command(name = "diff", sortOptions = false,
        description = {"Compare two rule packs: rules added, removed or changed, parameters per profile, the "
                + "lexicon's concepts and words, scoring. With reports, check each with both packs and list the "
                + "reports whose findings, score or grade change, and why.", ""},
        footer = {"", "Examples:",
                "  djcheck rules diff default my-rules",
                "  djcheck rules diff default my-rules examples/reports",
                "  djcheck rules diff --profile gansu-2025 county-2025 county-2026 reports/", "",
                "OLD and NEW are pack folders, or 'default' for the built-in pack.", "",
                "Exit codes:",
                "  0  the comparison was printed (whether or not anything changed)",
                "  2  a pack folder does not exist; 3  a report could not be read; 4  a pack is invalid"})
final class RulesDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The pack before: a folder, or 'default'.")
    String oldPack;

    @Parameters(index = "1", paramLabel = "NEW", description = "The pack after: a folder, or 'default'.")
    String newPack;

    @Parameters(index = "2..*", paramLabel = "REPORTS", description = "Report files or folders to check with both packs.")
    List<String> reports = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "NAME", description = "Check the reports with this profile of each pack.")
    String profile;

    private final Console console;

    RulesDiffCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        RulePack before = pack(oldPack);
        RulePack after = pack(newPack);
        PrintWriter out = console.out();
        List<PackDiff.Change> changes = PackDiff.of(PackLoader.load(before, RuleCompiler.DEFAULT_MAX_FIRINGS),
                PackLoader.load(after, RuleCompiler.DEFAULT_MAX_FIRINGS));
        out.println(changes.isEmpty() ? console.text("diff.no-change", oldPack, newPack)
                : console.messages().count("diff.changes", changes.size(), oldPack, newPack, changes.size()));
        changes.forEach(c -> out.println("  " + c));
        int failed = 0;
        if (!reports.isEmpty()) {
            Checker oldChecker = checker(before);
            Checker newChecker = checker(after);
            InputFiles files = InputFiles.of(reports, List.of(), List.of(), null);
            int changed = 0;
            int checked = 0;
            out.println();
            while (files.hasNext()) {
                Path p = files.next();
                try {
                    CheckResult a = oldChecker.check(p);
                    CheckResult b = newChecker.check(p);
                    checked++;
                    if (report(out, p, a, b)) {
                        changed++;
                    }
                } catch (DocumentException e) {
                    console.error(LimitOptions.message(e, console.messages()));
                    failed++;
                }
            }
            for (InputFiles.Problem problem : files.problems()) {
                console.error(problem.message(console.messages()));
                failed++;
            }
            out.println(console.messages().count("diff.reports-changed", checked, changed, checked));
        }
        out.flush();
        return failed > 0 ? ExitCode.INPUT : ExitCode.OK;
    }

    /** Prints what changed for one report; false when nothing did. */
    private boolean report(PrintWriter out, Path p, CheckResult a, CheckResult b) {
        Map<String, Finding> old = new LinkedHashMap<>();
        a.findings().forEach(f -> old.put(f.ruleId(), f));
        Map<String, Finding> now = new LinkedHashMap<>();
        b.findings().forEach(f -> now.put(f.ruleId(), f));
        Set<String> ids = new LinkedHashSet<>(old.keySet());
        ids.addAll(now.keySet());
        List<String> lines = new ArrayList<>();
        for (String id : ids) {
            Finding o = old.get(id);
            Finding n = now.get(id);
            if (o == null) {
                lines.add("  + " + id + " " + n.title() + "  " + n.status() + "  " + n.message());
            } else if (n == null) {
                lines.add("  - " + id + " " + o.title() + "  " + console.text("diff.was", o.status()));
            } else if (o.status() != n.status() || o.deduction() != n.deduction()) {   // a message alone is no change
                lines.add("  ~ " + id + " " + n.title() + "  " + o.status() + " → " + n.status()
                        + (o.deduction() != n.deduction() ? "  (−" + MessageTemplate.format(o.deduction()) + " → −"
                        + MessageTemplate.format(n.deduction()) + ")" : "") + "  " + n.message());
            }
        }
        if (lines.isEmpty() && a.score() == b.score() && a.grade() == b.grade()) {
            return false;
        }
        out.println(p + "  " + MessageTemplate.format(a.score()) + " " + a.gradeLabel() + " → "
                + MessageTemplate.format(b.score()) + " " + b.gradeLabel());
        lines.forEach(out::println);
        return true;
    }

    private Checker checker(RulePack pack) {
        try {
            return Checker.builder().rulePack(pack).profile(profile).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("usage.diff-profile", profile, e.getMessage(), pack.name());
        }
    }

    private static RulePack pack(String name) {
        if (name.equals("default")) {
            return RulePack.fromClasspath(Checker.DEFAULT_PACK);
        }
        Path dir = Path.of(name);
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new UsageException("usage.diff-no-pack", name);
        }
        return RulePack.fromDirectory(dir);
    }
}
