package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.ingest.DocumentException;
import io.djcheck.render.ConsoleRenderer;
import io.djcheck.result.CheckResult;
import io.djcheck.result.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code djcheck check}: checks report files and folders and prints the results. */
@Command(name = "check", sortOptions = false,
        description = {"Check reports against a rule pack and print score, grade and findings.", ""},
        footer = {"", "Examples:",
                "  djcheck check examples/reports",
                "  djcheck check --format json report.txt > result.json",
                "  djcheck check --rules my-rules --profile zhejiang-2024 reports/",
                "  djcheck check --fail-under 60 report.txt || echo below 60",
                "  djcheck check --rules my-rules --watch report.txt", "", ExitCode.HELP})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    PackOptions pack;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Option(names = "--fail-under", paramLabel = "SCORE",
            description = "Exit with 1 when a report scores below SCORE (0-100).")
    Double failUnder;

    @Option(names = "--watch", description = "After checking, watch the --rules folder: each saved edit reloads the "
            + "pack and re-checks, printing what changed; a broken edit prints its problems (Ctrl-C to stop).")
    boolean watch;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders (searched recursively).")
    List<Path> paths;

    private final Console console;

    CheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (watch && pack.rules == null) {
            throw new UsageException("--watch needs --rules DIR, the pack folder to watch (the built-in pack cannot "
                    + "be edited; copy it first: cp -r rules/src/main/resources/djcheck/rules/default my-rules)");
        }
        Checker checker = pack.checker(input.limits());
        InputFiles inputs = InputFiles.expand(paths);
        PrintWriter out = console.out();
        int failed = 0;
        for (InputFiles.Problem p : inputs.problems()) {
            console.error(p.message());
            failed++;
        }
        List<CheckResult> results = new ArrayList<>();
        ConsoleRenderer text = new ConsoleRenderer(console.color());
        for (Path file : inputs.files()) {
            try {
                CheckResult r = checker.check(file);
                results.add(r);
                if (format == Format.text) {
                    out.print(text.render(r));
                    out.println();
                    out.flush();
                }
            } catch (DocumentException e) {
                console.error(e.getMessage());
                failed++;
            }
        }
        if (format == Format.json) {
            if (results.size() == 1 && inputs.files().size() == 1) {
                out.println(ResultJson.toJson(results.get(0)));
            } else {
                out.println("[" + String.join(",\n", results.stream().map(ResultJson::toJson).toList()) + "]");
            }
        }
        out.flush();
        if (watch) {
            return new CheckWatch(console, checker, pack.rules, inputs.files()).run();
        }
        if (failed > 0) {
            return ExitCode.INPUT;
        }
        if (failUnder != null && results.stream().anyMatch(r -> r.score() < failUnder)) {
            results.stream().filter(r -> r.score() < failUnder).forEach(r -> console.error(r.source()
                    + ": score " + r.score() + " is below --fail-under " + failUnder));
            return ExitCode.BELOW_THRESHOLD;
        }
        return ExitCode.OK;
    }
}
