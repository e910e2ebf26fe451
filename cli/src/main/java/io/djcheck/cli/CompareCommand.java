package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.compare.Comparison;
import io.djcheck.compare.ComparisonJson;
import io.djcheck.compare.YearOverYear;
import io.djcheck.model.Report;
import io.djcheck.render.ComparisonHtml;
import io.djcheck.render.ComparisonText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code djcheck compare LAST THIS}: last year's report of an organisation beside this year's — what
 * became of each problem and promise named last year, figures repeated identically, text reused
 * word for word — each with the sentences of both reports.
 */
@Command(name = "compare", sortOptions = false,
        description = {"Year over year: what became of each problem and promise of last year's report, which figures "
                        + "and passages are the same as last year's.", ""},
        footer = {"", "Examples:",
                "  djcheck compare examples/compare/2023/gebi-zhen.txt examples/compare/2024/gebi-zhen.txt",
                "  djcheck compare --out compare.html 2023/town.docx 2024/town.docx",
                "  djcheck compare --format json last.pdf this.pdf | jq '.problems[] | {headline, status}'",
                "", ExitCode.HELP})
final class CompareCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Mixin
    PackOptions pack;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), json (docs/schema/comparison.schema.json) or html (the two reports side by side).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE instead of stdout; its suffix (.txt, .json, .html) picks the format when --format is not given.")
    Path out;

    @Parameters(index = "0", paramLabel = "LAST", description = "Last year's report.")
    Path last;

    @Parameters(index = "1", paramLabel = "THIS", description = "This year's report.")
    Path current;

    private final Console console;

    CompareCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Format f = format != null ? format : fromSuffix(out);
        Path dir = out == null ? null : out.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException("usage.out-folder-missing", out, dir);
        }
        Checker checker = pack.checker(input.limits(), console, input.force);
        Report before = checker.extract(last);
        Report now = checker.extract(current);
        warnIfNotTheNextYear(before, now);
        Comparison c = YearOverYear.compare(before, now);
        String text = switch (f) {
            case text -> ComparisonText.render(c);
            case json -> ComparisonJson.toJson(c) + "\n";
            case html -> ComparisonHtml.render(c);
        };
        if (out == null) {
            console.out().print(text);
            console.out().flush();
        } else {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
        return ExitCode.OK;
    }

    /** Reversed arguments or two organisations give a comparison that means nothing: say so, and go on. */
    private void warnIfNotTheNextYear(Report before, Report now) {
        if (before.year() != null && now.year() != null && before.year() >= now.year()) {
            console.error(console.text("compare.years-reversed", last, before.year(), current, now.year()));
        }
        String a = before.organisation() == null ? null : before.organisation().name();
        String b = now.organisation() == null ? null : now.organisation().name();
        if (a != null && b != null && !a.equals(b)) {
            console.error(console.text("compare.other-organisation", a, b));
        }
    }

    private static Format fromSuffix(Path out) {
        if (out == null) {
            return Format.text;
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Format.json;
        }
        return name.endsWith(".html") || name.endsWith(".htm") ? Format.html : Format.text;
    }
}
