package io.djcheck.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The formats results are written in, and where each writer comes from. Text, JSON and JSONL can
 * go to a character stream (stdout); CSV (two files), XLSX, HTML and DOCX need a file.
 *
 * <pre>{@code
 * try (ResultWriter w = ResultFormat.JSONL.open(new PrintWriter(System.out), ResultFormat.Options.DEFAULT)) {
 *     w.accept(result);
 * }
 * }</pre>
 */
public enum ResultFormat {
    /** The console report of each result (ConsoleRenderer), the legend first and a closing table of them all. */
    TEXT,
    /** One JSON document: a CheckResult, or an array of them for several inputs. */
    JSON,
    /** One JSON object per line, per input. */
    JSONL,
    /** A summary CSV (one row per report) and a findings CSV beside it; UTF-8 with BOM. */
    CSV,
    /** An Excel workbook: a summary sheet and a findings sheet. */
    XLSX,
    /** One self-contained web page: summary, charts, each report's text with its evidence. */
    HTML,
    /**
     * Word 反馈意见 letters laid out after GB/T 9704: into one file, a letter per report, each on a new
     * page; a batch writes one file per report and a county summary with {@link #feedback(Path, Path)}.
     */
    DOCX;

    /**
     * How a writer writes.
     *
     * @param color          ANSI colours in the text format (only on a terminal)
     * @param singleDocument JSON: write the one result as an object, not an array (one input given)
     * @param brief          text: only the closing table, one line per report (no per-report blocks)
     */
    public record Options(boolean color, boolean singleDocument, boolean brief) {
        public static final Options DEFAULT = new Options(false, false, false);

        /** Full text output (not brief). */
        public Options(boolean color, boolean singleDocument) {
            this(color, singleDocument, false);
        }
    }

    /** True for formats that cannot go to stdout (binary, several files, or a whole page). */
    public boolean needsFile() {
        return this == CSV || this == XLSX || this == HTML || this == DOCX;
    }

    /** The lower-case name used on the command line and as the file suffix. */
    public String suffix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A writer onto a character stream (stdout); closing the writer flushes the stream but leaves
     * it open.
     *
     * @throws IllegalArgumentException for a format that {@link #needsFile() needs a file}
     */
    public ResultWriter open(Writer out, Options options) {
        if (needsFile()) {
            throw new IllegalArgumentException(this + " needs a file to write to");
        }
        Writer kept = new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        return character(kept, options);
    }

    /**
     * A writer onto file {@code out} (created or replaced). CSV also writes its findings table
     * to {@link #findingsCsv(Path)}.
     */
    public ResultWriter open(Path out, Options options) throws IOException {
        return switch (this) {
            case TEXT, JSON, JSONL -> character(Files.newBufferedWriter(out, StandardCharsets.UTF_8),
                    new Options(false, options.singleDocument(), options.brief()));
            case CSV -> CsvResultWriter.open(out, findingsCsv(out));
            case XLSX -> new XlsxResultWriter(Files.newOutputStream(out));
            case HTML -> new HtmlResultWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8),
                    HtmlResultWriter.DEFAULT_DETAIL_LIMIT);
            case DOCX -> new DocxFeedbackWriter(Files.newOutputStream(out), LocalDate.now());
        };
    }

    /** A CSV writer onto the two files named: the summary (a row per report) and the findings (a row per finding). */
    public static ResultWriter csv(Path summary, Path findings) throws IOException {
        return CsvResultWriter.open(summary, findings);
    }

    /**
     * A batch's Word documents: a 反馈意见 letter per report in folder {@code letters} (created), named
     * after the organisation or else the report's file, and on close the county's 汇总通报 in file
     * {@code summary}, ranking the organisations by score with each one's main problems.
     */
    public static ResultWriter feedback(Path letters, Path summary) throws IOException {
        return new FeedbackFolderWriter(letters, summary, LocalDate.now());
    }

    private ResultWriter character(Writer out, Options options) {
        return switch (this) {
            case TEXT -> new TextResultWriter(out, options.color(), options.brief());
            case JSON -> new JsonResultWriter(out, options.singleDocument());
            case JSONL -> new JsonLinesResultWriter(out);
            default -> throw new IllegalStateException(this + " is not a character format");
        };
    }

    /** The findings CSV written beside summary CSV {@code out}: {@code results.csv} → {@code results.findings.csv}. */
    public static Path findingsCsv(Path out) {
        String name = out.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(base + ".findings.csv");
    }
}
