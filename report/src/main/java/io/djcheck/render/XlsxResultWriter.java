package io.djcheck.render;

import io.djcheck.result.ResultView;
import io.djcheck.result.Finding;
import io.djcheck.model.Grade;
import io.djcheck.similar.DuplicateCluster;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Excel workbook of a run: sheet {@code summary} (one row per report: organisation, score, grade
 * coloured, failed rules with their titles, error) and sheet {@code findings} (one row per finding
 * with its status and severity in Chinese, message and evidence quotes), each with a frozen,
 * filterable header so reviewers can sort and filter.
 * Written with SXSSF: only a window of rows stays in memory and the rest streams to compressed
 * temporary files, so a batch of any size fits. A sheet that reaches Excel's row limit continues
 * in a new sheet ({@code findings 2}, ...).
 */
final class XlsxResultWriter implements ResultWriter {

    /** Rows kept in memory per sheet before SXSSF flushes them to disk. */
    private static final int ROW_WINDOW = 200;
    /** Excel's cell text limit. */
    static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String SUMMARY_SHEET = "summary";
    static final String FINDINGS_SHEET = "findings";

    private final OutputStream out;
    private final int rowsPerSheet;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
    private final Table summary;
    private final Table findings;
    private Table duplicates;
    private final CellStyle header;
    private final CellStyle number;
    private final CellStyle error;
    private final CellStyle wrapped;
    private final Map<Grade, CellStyle> gradeStyles = new EnumMap<>(Grade.class);
    private final Map<String, CellStyle> statusStyles = new HashMap<>();

    XlsxResultWriter(OutputStream out) {
        this(out, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** {@code rowsPerSheet}: rows (header included) before a table continues on a new sheet. */
    XlsxResultWriter(OutputStream out, int rowsPerSheet) {
        this.out = out;
        this.rowsPerSheet = rowsPerSheet;
        workbook.setCompressTempFiles(true);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        fill(header, 0xD9, 0xD9, 0xD9);
        header.setBorderBottom(BorderStyle.THIN);
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        error = workbook.createCellStyle();
        Font red = workbook.createFont();
        red.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex());
        error.setFont(red);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);                       // rules and quotes one per line show as lines
        wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        gradeStyles.put(Grade.EXCELLENT, filled(0xC6, 0xEF, 0xCE));
        gradeStyles.put(Grade.GOOD, filled(0xDD, 0xEB, 0xF7));
        gradeStyles.put(Grade.FAIR, filled(0xFF, 0xEB, 0x9C));
        gradeStyles.put(Grade.POOR, filled(0xFF, 0xC7, 0xCE));
        statusStyles.put("PASS", gradeStyles.get(Grade.EXCELLENT));
        statusStyles.put("FAIL", gradeStyles.get(Grade.POOR));
        statusStyles.put("NOT_EVIDENCED", gradeStyles.get(Grade.FAIR));
        statusStyles.put("ERROR", filled(0xE4, 0xC1, 0xF9));
        summary = new Table(SUMMARY_SHEET, ResultTable.SUMMARY, new int[] {40, 18, 8, 11, 8, 9, 7, 40, 40, 60, 24, 8, 10});
        findings = new Table(FINDINGS_SHEET, ResultTable.FINDINGS, new int[] {40, 8, 28, 10, 10, 15, 7, 60, 60, 60, 24});
    }

    @Override
    public void accept(ResultView result) {
        Row row = summary.next();
        write(row, ResultTable.summary(result));
        style(row, ResultTable.GRADE, gradeStyles.get(result.grade()));
        style(row, ResultTable.GRADE_LABEL, gradeStyles.get(result.grade()));
        for (Finding f : result.findings()) {
            Row fr = findings.next();
            write(fr, ResultTable.finding(result, f));
            style(fr, ResultTable.STATUS, statusStyles.get(f.status().name()));
        }
    }

    @Override
    public void acceptFailure(String source, String message) {
        Row row = summary.next();
        write(row, ResultTable.failure(source, message));
        style(row, ResultTable.ERROR, error);
    }

    /** Sheet {@code duplicates}: a row per member of each cluster of copied reports. */
    @Override
    public void acceptDuplicates(List<DuplicateCluster> clusters) {
        duplicates = new Table(DuplicateTable.SHEET, DuplicateTable.COLUMNS, DuplicateTable.WIDTHS);
        for (List<Object> cells : DuplicateTable.rows(clusters)) {
            write(duplicates.next(), cells);
        }
    }

    @Override
    public void close() throws IOException {
        try (out; workbook) {
            summary.finish();
            findings.finish();
            if (duplicates != null) {
                duplicates.finish();
            }
            workbook.write(out);
        }
    }

    private void write(Row row, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
                c.setCellStyle(number);
            } else {
                String s = v.toString();
                c.setCellValue(s.length() > MAX_CELL_CHARS ? s.substring(0, MAX_CELL_CHARS - 1) + "…" : s);
                if (s.indexOf('\n') >= 0) {
                    c.setCellStyle(wrapped);
                }
            }
        }
    }

    private static void style(Row row, int column, CellStyle style) {
        Cell c = row.getCell(column);
        if (c != null && style != null) {
            c.setCellStyle(style);
        }
    }

    private CellStyle filled(int r, int g, int b) {
        CellStyle s = workbook.createCellStyle();
        fill(s, r, g, b);
        return s;
    }

    private static void fill(CellStyle s, int r, int g, int b) {
        ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** One table spread over as many sheets as Excel's row limit needs, each with its header. */
    private final class Table {
        private final String name;
        private final List<ResultTable.Column> columns;
        private final int[] widths;
        private SXSSFSheet sheet;
        private int sheets;
        private int nextRow;

        Table(String name, List<ResultTable.Column> columns, int[] widths) {
            this.name = name;
            this.columns = columns;
            this.widths = widths;
            newSheet();
        }

        Row next() {
            if (nextRow >= rowsPerSheet) {
                finish();
                newSheet();
            }
            return sheet.createRow(nextRow++);
        }

        private void newSheet() {
            sheets++;
            sheet = workbook.createSheet(sheets == 1 ? name : name + " " + sheets);
            Row h = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(columns.get(i).label() + " " + columns.get(i).name());
                c.setCellStyle(header);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            nextRow = 1;
        }

        /** Filters (and so sorting) over the header and every row written. */
        void finish() {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, nextRow - 1), 0, columns.size() - 1));
        }
    }
}
