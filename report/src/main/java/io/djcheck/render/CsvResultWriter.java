package io.djcheck.render;

import io.djcheck.result.ResultView;
import io.djcheck.result.Finding;
import io.djcheck.engine.MessageTemplate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Two CSV tables (RFC 4180, CRLF line ends): a summary row per report and a row per finding
 * ({@link ResultTable}). Each starts with a UTF-8 byte order mark so that Excel shows the Chinese
 * text correctly. A text cell that a spreadsheet would take for a formula (=, +, -, @) is prefixed
 * with an apostrophe: report text is untrusted.
 */
final class CsvResultWriter implements ResultWriter {

    private static final char BOM = '\uFEFF';

    private final Writer summary;
    private final Writer findings;

    CsvResultWriter(Writer summary, Writer findings) throws IOException {
        this.summary = summary;
        this.findings = findings;
        summary.write(BOM);
        findings.write(BOM);
        row(summary, ResultTable.SUMMARY.stream().map(c -> (Object) c.name()).toList());
        row(findings, ResultTable.FINDINGS.stream().map(c -> (Object) c.name()).toList());
    }

    static CsvResultWriter open(Path summaryFile, Path findingsFile) throws IOException {
        Writer s = writer(summaryFile);
        try {
            return new CsvResultWriter(s, writer(findingsFile));
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static Writer writer(Path p) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void accept(ResultView result) throws IOException {
        row(summary, ResultTable.summary(result));
        for (Finding f : result.findings()) {
            row(findings, ResultTable.finding(result, f));
        }
    }

    @Override
    public void acceptFailure(String source, String error) throws IOException {
        row(summary, ResultTable.failure(source, error));
    }

    @Override
    public void close() throws IOException {
        try {
            summary.close();
        } finally {
            findings.close();
        }
    }

    private static void row(Writer out, List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell, quoted where it holds a comma, quote or line break; formulas defused. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return MessageTemplate.format(n.doubleValue());
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
