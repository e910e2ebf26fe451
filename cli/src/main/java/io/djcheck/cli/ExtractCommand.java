package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.ingest.DocumentException;
import io.djcheck.model.Mention;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import io.djcheck.result.ResultJson;
import io.djcheck.engine.MessageTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code djcheck extract}: prints the facts djcheck finds in a report, with their evidence. */
@Command(name = "extract", sortOptions = false,
        description = {"Print the facts found in one report: sections, quantities, mentions, placeholders, "
                + "format issues, each with the sentence that proves it.", ""},
        footer = {"", "Examples:",
                "  djcheck extract examples/reports/001_a6f31e7c84c24bc8.txt",
                "  djcheck extract --format json report.txt | jq '.quantities[] | {concept, value}'", "", ExitCode.HELP})
final class ExtractCommand implements Callable<Integer> {

    enum Format { text, json, jsonl }

    @Mixin
    PackOptions pack;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), json, or jsonl: one Report JSON per line per FILE, in order "
                    + "(an error record for a file that cannot be read).")
    Format format = Format.text;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The report file (several with --format jsonl).")
    List<Path> files = new ArrayList<>();

    private final Console console;

    ExtractCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (format != Format.jsonl && files.size() > 1) {
            throw new UsageException("usage.extract-one-file");
        }
        Checker checker = pack.checker(input.limits(), console, input.force);
        PrintWriter out = console.out();
        if (format == Format.jsonl) {
            int code = ExitCode.OK;
            for (Path file : files) {
                try {
                    out.println(ResultJson.toJsonLine(checker.extract(file)));
                } catch (DocumentException | java.io.UncheckedIOException e) {
                    console.error(LimitOptions.message(e, console.messages()));
                    out.println(ResultJson.failureJsonLine(file.toString(), LimitOptions.message(e, console.messages())));
                    code = ExitCode.INPUT;
                }
                out.flush();
            }
            return code;
        }
        Report report = checker.extract(files.get(0));
        if (format == Format.json) {
            out.println(ResultJson.toJson(report));
        } else {
            out.println(report.source() + "  " + report.genre() + "  " + console.text("extract.year", report.year()) + "  "
                    + report.orgLevel());
            out.println("\n" + console.text("extract.sections"));
            for (Section s : report.sections()) {
                out.println("  " + s.kind() + "  [" + s.start() + "," + s.end() + ")  " + s.heading());
            }
            out.println("\n" + console.text("extract.quantities"));
            for (Quantity q : report.quantities()) {
                out.println("  " + q.concept() + " = " + (q.value() == null ? "?" : MessageTemplate.format(q.value()))
                        + (q.upper() == null ? "" : "-" + MessageTemplate.format(q.upper()))
                        + (q.unit() == null ? "" : " " + q.unit()) + " " + q.qualifier()
                        + (q.perYear() == null ? "" : " perYear=" + MessageTemplate.format(q.perYear()))
                        + (q.attributes().isEmpty() ? "" : " " + q.attributes()) + "  " + q.context()
                        + "  「" + q.evidence().quote() + "」");
            }
            out.println("\n" + console.text("extract.mentions"));
            for (Mention m : report.mentions()) {
                out.println("  " + m.concept() + "  " + m.context() + "  「" + m.evidence().quote() + "」");
            }
            out.println("\n" + console.text("extract.placeholders") + report.placeholders().stream().map(p -> p.token()).distinct().toList());
            out.println("\n" + console.text("extract.format-issues"));
            report.formatIssues().forEach(f -> out.println("  " + f.kind() + "  " + f.detail()));
        }
        out.flush();
        return ExitCode.OK;
    }
}
