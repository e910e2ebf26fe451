package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.compare.Comparison;
import io.djcheck.compare.ComparisonJson;
import io.djcheck.compare.PreviousReports;
import io.djcheck.compare.YearOverYear;
import io.djcheck.ingest.DocumentException;
import io.djcheck.model.Report;
import io.djcheck.render.ComparisonText;
import io.djcheck.result.CheckResult;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code check --out DIR --previous LASTDIR}: each report of the batch beside last year's report of
 * the same organisation (found in LASTDIR by organisation name and level, else by file name), one
 * comparison per linked report in DIR/comparisons.jsonl and, as text, DIR/comparisons.txt.
 */
final class PreviousYear implements Closeable {

    static final String JSONL = "comparisons.jsonl";
    static final String TEXT = "comparisons.txt";

    private final Checker checker;
    private final Console console;
    private final PreviousReports previous = new PreviousReports();
    private final BufferedWriter jsonl;
    private final BufferedWriter text;
    private long compared;
    private long unlinked;

    PreviousYear(Checker checker, Console console, Path lastDir, Path outDir) {
        this.checker = checker;
        this.console = console;
        if (!Files.isDirectory(lastDir)) {
            throw new UsageException("usage.previous-not-folder", lastDir);
        }
        InputFiles files = InputFiles.of(List.of(lastDir.toString()), List.of(), List.of(), null);
        while (files.hasNext()) {
            Path p = files.next();
            try {
                Report r = checker.extract(p);
                previous.add(p.toString(), r.organisation() == null ? null : r.organisation().name(), r.orgLevel());
            } catch (DocumentException | UncheckedIOException e) {
                console.error(console.text("previous.unreadable", LimitOptions.message(e, console.messages())));
            }
        }
        if (previous.size() == 0) {
            throw new UsageException("usage.previous-none", lastDir);
        }
        try {
            jsonl = Files.newBufferedWriter(outDir.resolve(JSONL), StandardCharsets.UTF_8);
            text = Files.newBufferedWriter(outDir.resolve(TEXT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(console.text("batch.cannot-write", outDir, e.getMessage()), e);
        }
    }

    /** Compares a checked report with last year's, when last year's is found. */
    void accept(CheckResult r) throws IOException {
        Report now = r.report();
        String last = previous.find(r.source(), now.organisation() == null ? null : now.organisation().name(),
                now.orgLevel()).orElse(null);
        if (last == null) {
            unlinked++;
            return;
        }
        Report before;
        try {
            before = checker.extract(Path.of(last));
        } catch (DocumentException | UncheckedIOException e) {
            console.error(console.text("previous.unreadable", LimitOptions.message(e, console.messages())));
            unlinked++;
            return;
        }
        Comparison c = YearOverYear.compare(before, now);
        jsonl.write(ComparisonJson.toJsonLine(c));
        jsonl.newLine();
        jsonl.flush();
        text.write(ComparisonText.render(c));
        text.write("\n");
        compared++;
    }

    /** One line for the batch summary. */
    String summaryLine() {
        return console.text("previous.summary", compared, unlinked);
    }

    List<Path> files(Path outDir) {
        return List.of(outDir.resolve(JSONL), outDir.resolve(TEXT));
    }

    @Override
    public void close() throws IOException {
        try (jsonl; text) {
            text.flush();
        }
    }
}
