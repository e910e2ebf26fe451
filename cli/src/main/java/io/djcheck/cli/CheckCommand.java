package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.ingest.DocumentException;
import io.djcheck.render.ResultFormat;
import io.djcheck.render.ResultWriter;
import io.djcheck.result.CheckResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code djcheck check}: checks report files and folders and writes the results in one format. */
@Command(name = "check", sortOptions = false,
        description = {"Check reports against a rule pack and print score, grade and findings.", ""},
        footer = {"", "Examples:",
                "  djcheck check examples/reports",
                "  djcheck check --format json report.txt > result.json",
                "  djcheck check --format xlsx --out results.xlsx reports/",
                "  djcheck check --format html --out results.html reports/",
                "  djcheck check --rules my-rules --profile zhejiang-2024 reports/",
                "  djcheck check --fail-under 60 report.txt || echo below 60",
                "  djcheck check --rules my-rules --watch report.txt", "", ExitCode.HELP})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, jsonl, csv, xlsx, html }

    @Mixin
    PackOptions pack;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), json, jsonl, csv, xlsx or html; csv, xlsx and html need --out.")
    Format format = Format.text;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Write the results to PATH instead of stdout (csv also writes PATH's .findings.csv beside it).")
    Path out;

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
        ResultFormat rf = ResultFormat.valueOf(format.name().toUpperCase(Locale.ROOT));
        checkOut(rf);
        Checker checker = pack.checker(input.limits());
        InputFiles inputs = InputFiles.expand(paths);
        ResultFormat.Options options = new ResultFormat.Options(console.color() && out == null,
                inputs.files().size() == 1 && inputs.problems().isEmpty());
        int failed = 0;
        int checked = 0;
        List<String> below = new ArrayList<>();
        try (ResultWriter writer = out == null ? rf.open(console.out(), options) : rf.open(out, options)) {
            for (InputFiles.Problem p : inputs.problems()) {
                console.error(p.message());
                writer.acceptFailure(p.path().toString(), p.message());
                failed++;
            }
            for (Path file : inputs.files()) {
                CheckResult r;
                try {
                    r = checker.check(file);
                } catch (DocumentException e) {
                    console.error(e.getMessage());
                    writer.acceptFailure(file.toString(), e.getMessage());
                    failed++;
                    continue;
                }
                writer.accept(r);
                checked++;
                if (failUnder != null && r.score() < failUnder) {
                    below.add(r.source() + ": score " + r.score() + " is below --fail-under " + failUnder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (out == null ? "the results" : out) + ": " + e.getMessage(), e);
        }
        if (out != null) {
            console.out().println("wrote " + checked + " result" + (checked == 1 ? "" : "s")
                    + (failed > 0 ? " and " + failed + " input" + (failed == 1 ? "" : "s") + " that could not be checked" : "")
                    + " to " + out + (rf == ResultFormat.CSV ? " and " + ResultFormat.findingsCsv(out) : ""));
            console.out().flush();
        }
        if (watch) {
            return new CheckWatch(console, checker, pack.rules, inputs.files()).run();
        }
        if (failed > 0) {
            return ExitCode.INPUT;
        }
        below.forEach(console::error);
        return below.isEmpty() ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
    }

    /** A format that writes a file needs --out, and --out must name a file in an existing folder. */
    private void checkOut(ResultFormat rf) {
        if (out == null) {
            if (rf.needsFile()) {
                throw new UsageException("--format " + format + " writes a file; add --out PATH (e.g. --out results."
                        + rf.suffix() + ")");
            }
            return;
        }
        Path dir = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a folder; give a file name such as " + out.resolve("results."
                    + rf.suffix()));
        }
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException("--out " + out + ": folder " + dir + " does not exist; create it first");
        }
    }
}
