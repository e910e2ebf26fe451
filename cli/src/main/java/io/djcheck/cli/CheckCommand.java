package io.djcheck.cli;

import io.djcheck.batch.BatchItem;
import io.djcheck.batch.BatchRunner;
import io.djcheck.Checker;
import io.djcheck.render.ResultFormat;
import io.djcheck.render.ResultWriter;
import io.djcheck.result.CheckResult;
import io.djcheck.engine.MessageTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code djcheck check}: checks report files and folders. With {@code --out DIR} it is a batch
 * (results.jsonl, summary.csv, findings.csv, summary.xlsx, report.html, feedback/ and 汇总通报.docx
 * in DIR; resumable; progress and a summary); otherwise the results go to stdout or the one file
 * {@code --out} names, in one format. Either way the files are checked in parallel and the results come out in input order.
 */
@Command(name = "check", sortOptions = false,
        description = {"Check reports against a rule pack and print score, grade and findings.", ""},
        footer = {"", "Examples:",
                "  djcheck check examples/reports",
                "  djcheck check --brief reports/                  (only the closing table: one line per report)",
                "  djcheck check --format json report.txt > result.json",
                "  djcheck check --out results/ reports/           (results.jsonl, summary.csv, summary.xlsx, report.html, feedback/)",
                "  djcheck check --out results/ --resume reports/  (after an interruption: finish the rest)",
                "  find in -name '*.docx' | djcheck check --out results/ -",
                "  djcheck check --format xlsx --out results.xlsx reports/",
                "  djcheck check --format docx --out 反馈意见.docx report.docx   (the Word feedback letter)",
                "  djcheck check --rules my-rules --profile zhejiang-2024 reports/",
                "  djcheck check --fail-under 60 report.txt || echo below 60",
                "  djcheck check --rules my-rules --watch report.txt", "", ExitCode.HELP})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, jsonl, csv, xlsx, html, docx }

    @Mixin
    PackOptions pack;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "text (default), json, jsonl, csv, xlsx, html or docx (Word 反馈意见 letters); csv, xlsx, "
                    + "html and docx need --out. With --out DIR, a comma-separated list of what to write besides "
                    + "results.jsonl (default csv,xlsx,html,docx: docx writes feedback/ and 汇总通报.docx).")
    List<Format> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "PATH",
            description = "A folder (existing, ending in /, or a name without extension): write the batch outputs "
                    + "there. A file: write the results to it instead of stdout (csv also writes PATH's .findings.csv).")
    Path out;

    @Option(names = "--include", paramLabel = "GLOB", description = "In folders, take only files matching GLOB "
            + "(instead of the report suffixes); a GLOB without / matches the file name, e.g. '*.docx'. Repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "In folders, leave out files and folders matching "
            + "GLOB, e.g. 'drafts' or 'old/**'. Repeatable.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Reports checked at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Longest one report may take, e.g. 30s, 2m, 500ms; past it the report fails and the "
                    + "batch goes on (default 60s; 0 for no limit).")
    Duration timeout = BatchRunner.DEFAULT_TIMEOUT;

    @Option(names = "--resume", description = "With --out DIR: skip the files DIR/results.jsonl already holds with "
            + "the same content (sha256), check the rest, and write the summaries for all of them.")
    boolean resume;

    @Option(names = "--overwrite", description = "With --out DIR: start again, replacing the results there.")
    boolean overwrite;

    @Option(names = "--brief", description = "Print only the closing table: one line per report (organisation, "
            + "score, grade, failed requirements), best score first; text output only.")
    boolean brief;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; errors still go to stderr.")
    boolean quiet;

    @Option(names = "--fail-under", paramLabel = "SCORE",
            description = "Exit with 1 when a report scores below SCORE (0-100).")
    Double failUnder;

    @Option(names = "--watch", description = "After checking, watch the --rules folder: each saved edit reloads the "
            + "pack and re-checks, printing what changed; a broken edit prints its problems (Ctrl-C to stop).")
    boolean watch;

    @Option(names = "--previous", paramLabel = "DIR", description = "With --out DIR: compare each report with last "
            + "year's report of the same organisation in this folder (by organisation name and level, else by file name); "
            + "writes comparisons.jsonl and comparisons.txt.")
    Path previous;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Report files or folders (searched recursively); - reads one path per line from stdin.")
    List<String> paths;

    private final Console console;

    CheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (threads != null && threads < 1) {
            throw new UsageException("usage.threads-min", threads);
        }
        if (failUnder != null && !(failUnder >= 0 && failUnder <= 100)) {
            throw new UsageException("usage.fail-under", MessageTemplate.format(failUnder));
        }
        boolean folder = out != null && isFolderTarget(out);
        if (!folder && (resume || overwrite)) {
            throw new UsageException("usage.needs-out-dir", resume ? "--resume" : "--overwrite");
        }
        if (previous != null && (!folder || resume)) {
            throw new UsageException("usage.previous-needs-out");
        }
        if (watch && pack.rules == null) {
            throw new UsageException("usage.watch-needs-rules");
        }
        if (watch && folder) {
            throw new UsageException("usage.watch-with-out");
        }
        Set<ResultFormat> chosen = EnumSet.noneOf(ResultFormat.class);
        formats.forEach(f -> chosen.add(ResultFormat.valueOf(f.name().toUpperCase(Locale.ROOT))));
        if (brief) {
            checkBrief(folder, chosen);
        }
        if (folder) {
            Checker checker = pack.checker(input.limits(), console, input.force);
            return new BatchCheck(console, checker, runner(checker), out, chosen.isEmpty() ? BatchOutputs.DEFAULT : chosen,
                    resume, overwrite, quiet, failUnder, previous).run(inputs(), paths, include, exclude);
        }
        if (chosen.size() > 1) {
            throw new UsageException("usage.one-format", formats);
        }
        ResultFormat rf = chosen.isEmpty() ? guess(out) : chosen.iterator().next();
        ResultFormat named = out == null ? null : suffixFormat(out);
        if (named != null && named != rf && !(named == ResultFormat.JSON && rf == ResultFormat.JSONL)) {
            throw new UsageException("usage.format-disagrees", rf.suffix(), out, named.suffix());
        }
        checkOutFile(rf);
        Checker checker = pack.checker(input.limits(), console, input.force);
        return single(checker, rf);
    }

    private InputFiles inputs() {
        return InputFiles.of(paths, include, exclude, console.in());
    }

    private BatchRunner.Builder runner(Checker checker) {
        BatchRunner.Builder b = BatchRunner.builder(checker).timeout(timeout);
        if (threads != null) {
            b.threads(threads);
        }
        return b;
    }

    /** Results to stdout or one file, in one format. */
    private int single(Checker checker, ResultFormat rf) {
        boolean oneFile = paths.size() == 1 && !paths.get(0).equals("-") && !Files.isDirectory(Path.of(paths.get(0)));
        ResultFormat.Options options = new ResultFormat.Options(console.color() && out == null, oneFile, brief);
        InputFiles inputs = inputs();
        List<Path> watched = watch ? new ArrayList<>() : null;
        int[] failed = {0};
        int[] checked = {0};
        List<String> below = new ArrayList<>();
        Interrupts.checking();
        try (ResultWriter writer = out == null ? rf.open(console.out(), options) : rf.open(out, options)) {
            runner(checker).build().run(inputs, item -> {
                try {
                    if (watched != null) {
                        watched.add(item.path());
                    }
                    if (item.status() == BatchItem.Status.FAILED) {
                        console.error(LimitOptions.message(item, console.messages()));
                        writer.acceptFailure(item.source(), LimitOptions.message(item, console.messages()));
                        failed[0]++;
                        return;
                    }
                    CheckResult r = item.result();
                    writer.accept(r);
                    checked[0]++;
                    if (failUnder != null && r.score() < failUnder) {
                        below.add(console.text("check.below", r.source(), r.score(), failUnder));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (InputFiles.Problem p : inputs.problems()) {
                console.error(p.message(console.messages()));
                writer.acceptFailure(p.path().toString(), p.message(console.messages()));
                failed[0]++;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException(out == null ? console.text("check.cannot-write-results", e.getMessage())
                    : console.text("check.cannot-write", out, e.getMessage()),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        if (out != null) {
            Messages m = console.messages();
            console.out().println(m.count("check.wrote", checked[0], checked[0],
                    failed[0] > 0 ? m.count("check.wrote-failed", failed[0], failed[0]) : "",
                    out, rf == ResultFormat.CSV ? m.get("check.wrote-findings", ResultFormat.findingsCsv(out)) : ""));
            console.out().flush();
        }
        if (watched != null) {
            return new CheckWatch(console, checker, pack.rules, watched).run();
        }
        if (failed[0] > 0) {
            return ExitCode.INPUT;
        }
        below.forEach(console::error);
        return below.isEmpty() ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
    }

    /** --brief shortens the text output only: not a batch folder, not another format. */
    private void checkBrief(boolean folder, Set<ResultFormat> chosen) {
        ResultFormat rf = chosen.size() == 1 ? chosen.iterator().next() : chosen.isEmpty() ? guess(out) : null;
        if (folder || rf != ResultFormat.TEXT) {
            throw folder ? new UsageException("usage.brief-with-folder")
                    : new UsageException("usage.brief-with-format", rf == null ? formats : rf.suffix());
        }
    }

    /** A folder target: an existing folder, a path ending in a separator, or a new name without an extension. */
    static boolean isFolderTarget(Path out) {
        String s = out.toString();
        if (Files.isDirectory(out) || s.endsWith("/") || s.endsWith(File.separator)) {
            return true;
        }
        return !Files.exists(out) && !out.getFileName().toString().contains(".");
    }

    /** The format of an --out file without --format: from its suffix, text otherwise. */
    private static ResultFormat guess(Path out) {
        ResultFormat f = out == null ? null : suffixFormat(out);
        return f == null ? ResultFormat.TEXT : f;
    }

    /** The format a file's suffix names (.text, .json, .jsonl, .csv, .xlsx, .html), or null for another suffix. */
    private static ResultFormat suffixFormat(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ResultFormat f : ResultFormat.values()) {
            if (name.endsWith("." + f.suffix())) {
                return f;
            }
        }
        return null;
    }

    /** A format that writes a file needs --out, and --out must name a file in an existing folder. */
    private void checkOutFile(ResultFormat rf) {
        if (out == null) {
            if (rf.needsFile()) {
                throw new UsageException("usage.format-needs-out", rf.suffix());
            }
            return;
        }
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException("usage.out-folder-missing", out, dir);
        }
    }

    /** "30s", "2m", "500ms", "1h", "0": a time limit (0 = none). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            Matcher m = TIME.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a time; write it like 30s, 2m or 500ms");
            }
            long n = Long.parseLong(m.group(1));
            if (n == 0) {
                return null;
            }
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        }
    }
}
