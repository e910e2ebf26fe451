package io.djcheck.render;

import io.djcheck.engine.MessageTemplate;
import io.djcheck.model.Status;
import io.djcheck.result.ResultView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The closing table of the console output: one line per report — rank, organisation, score, grade
 * and the requirements it failed — best score first, then the inputs that could not be checked.
 * Columns are padded by display width (a Chinese character takes two terminal cells), so they line
 * up in a terminal. Holds one short row per report until {@link #render()}.
 */
final class RankingTable {

    /** Widest organisation column; longer names are cut with an ellipsis. */
    static final int NAME_WIDTH = 24;
    private static final String SEPARATOR = "；";

    private record Row(int order, String name, double score, String grade, String failed, String error) {
    }

    private final ConsoleRenderer style;
    private final List<Row> rows = new ArrayList<>();

    RankingTable(ConsoleRenderer style) {
        this.style = style;
    }

    void add(ResultView r) {
        List<String> parts = new ArrayList<>();
        String failed = Names.rules(r, SEPARATOR, Status.FAIL);
        if (!failed.isEmpty()) {
            parts.add(failed);
        }
        String errors = ResultTable.ruleIds(r, Status.ERROR);
        if (!errors.isEmpty()) {
            parts.add(Status.ERROR.label() + "：" + errors);
        }
        rows.add(new Row(rows.size(), Names.organisation(r), r.score(), r.gradeLabel() + (r.vetoed() ? "（一票否决）" : ""),
                parts.isEmpty() ? "无" : String.join(SEPARATOR, parts), null));
    }

    void addFailure(String source, String error) {
        rows.add(new Row(rows.size(), Names.fileName(source), Double.NaN, "", "", error));
    }

    int size() {
        return rows.size();
    }

    /** The table, heading first; ties share a rank (1, 1, 3). */
    String render() {
        List<Row> ranked = new ArrayList<>(rows);
        ranked.sort(Comparator.comparing((Row r) -> r.error() != null)
                .thenComparing(Comparator.comparingDouble(Row::score).reversed())
                .thenComparingInt(Row::order));
        int nameWidth = Math.min(NAME_WIDTH, Math.max(width("单位"),
                ranked.stream().mapToInt(r -> width(r.name())).max().orElse(0)));
        int gradeWidth = Math.max(width("等次"), ranked.stream().mapToInt(r -> width(r.grade())).max().orElse(0));
        StringBuilder sb = new StringBuilder(128 + rows.size() * 96);
        sb.append(style.bold("汇总（" + rows.size() + " 份，按得分从高到低）")).append('\n');
        sb.append(style.bold(pad("名次", 4) + "  " + pad("单位", nameWidth) + "  " + padLeft("得分", 5) + "  "
                + pad("等次", gradeWidth) + "  不合格要求")).append('\n');
        int rank = 0;
        double previous = Double.NaN;
        for (int i = 0; i < ranked.size(); i++) {
            Row r = ranked.get(i);
            String name = pad(clip(r.name(), nameWidth), nameWidth);
            if (r.error() != null) {
                sb.append(pad("-", 4)).append("  ").append(name).append("  ")
                        .append(style.red("无法检查：" + r.error())).append('\n');
                continue;
            }
            if (r.score() != previous) {
                rank = i + 1;
                previous = r.score();
            }
            sb.append(padLeft(Integer.toString(rank), 4)).append("  ").append(name).append("  ")
                    .append(padLeft(MessageTemplate.format(r.score()), 5)).append("  ")
                    .append(pad(r.grade(), gradeWidth)).append("  ").append(r.failed()).append('\n');
        }
        return sb.toString();
    }

    /** Terminal cells {@code s} takes: two for East Asian wide and full-width characters, one otherwise. */
    static int width(String s) {
        return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }

    static String pad(String s, int cells) {
        return s + " ".repeat(Math.max(0, cells - width(s)));
    }

    private static String padLeft(String s, int cells) {
        return " ".repeat(Math.max(0, cells - width(s))) + s;
    }

    /** {@code s} cut to {@code cells} terminal cells, the last one an ellipsis when cut. */
    static String clip(String s, int cells) {
        if (width(s) <= cells) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int cp : s.codePoints().toArray()) {
            int w = wide(cp) ? 2 : 1;
            if (used + w > cells - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
        }
        return sb.append('…').toString();
    }
}
