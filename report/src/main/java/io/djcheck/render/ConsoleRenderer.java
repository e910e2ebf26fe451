package io.djcheck.render;

import io.djcheck.model.Evidence;
import io.djcheck.result.ResultView;
import io.djcheck.result.Finding;
import io.djcheck.engine.MessageTemplate;
import io.djcheck.model.Status;
import io.djcheck.score.ScoreCard;

import java.util.List;

/**
 * The console report of one result: organisation, score and grade, then the findings grouped by
 * category with a symbol per status (✓ 合格, ✗ 不合格, ? 未体现, ! 出错; {@link #legend()} says so),
 * what each deducted, the quotes that prove it and, for what is wrong, the 整改建议. Colours only
 * when asked (on a terminal).
 */
public final class ConsoleRenderer {

    /** Quotes shown under one finding; the JSON has them all. */
    static final int QUOTES_SHOWN = 2;
    static final int QUOTE_WIDTH = 70;

    private final boolean color;

    public ConsoleRenderer(boolean color) {
        this.color = color;
    }

    public String render(ResultView r) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append(bold("━━ " + r.source() + " ━━")).append('\n');
        String org = r.reportInfo().organisation();
        if (org != null && !org.isBlank()) {
            sb.append("单位 ").append(bold(org)).append('\n');
        }
        sb.append("得分 ").append(bold(MessageTemplate.format(r.score()))).append(" / 100   等次 ")
                .append(bold(r.gradeLabel()));
        if (r.vetoed()) {
            sb.append("   ").append(paint("一票否决", RED));
        }
        if (!r.complete()) {
            sb.append("   ").append(paint("有规则执行出错或未运行，结果不完整", MAGENTA));
        }
        sb.append('\n');
        sb.append(dim("文种 " + r.reportInfo().genre().label() + " · 年度 "
                + (r.reportInfo().year() == null ? "未知" : r.reportInfo().year())
                + " · 层级 " + r.reportInfo().orgLevel().label() + " · 规则包 " + r.ruleset().id() + " "
                + r.ruleset().version() + (r.ruleset().profile() == null ? "" : " · 参数方案 " + r.ruleset().profile())))
                .append('\n');
        for (ScoreCard.CategoryScore c : r.categories()) {
            sb.append('\n').append(bold(c.name())).append("  ")
                    .append(MessageTemplate.format(c.score())).append('/').append(MessageTemplate.format(c.weight()))
                    .append('\n');
            for (Finding f : r.findings()) {
                if (f.category().equals(c.name())) {
                    finding(sb, f);
                }
            }
        }
        sb.append('\n').append(summary(r)).append('\n');
        return sb.toString();
    }

    /** What the symbols mean, printed once before the first report: ✓ 合格 ✗ 不合格 ? 未体现 ! 出错. */
    public String legend() {
        StringBuilder sb = new StringBuilder("图例：");
        for (Status s : List.of(Status.PASS, Status.FAIL, Status.NOT_EVIDENCED, Status.ERROR)) {
            sb.append(symbol(s)).append(' ').append(s.label()).append(s == Status.ERROR ? "（规则执行出错）" : "  ");
        }
        return sb.append('\n').toString();
    }

    /** The block for an input that could not be checked: its name and the error. */
    public String renderFailure(String source, String error) {
        return bold("━━ " + source + " ━━") + '\n' + paint("无法检查", RED) + "：" + error + '\n';
    }

    private void finding(StringBuilder sb, Finding f) {
        sb.append("  ").append(symbol(f.status())).append(' ').append(f.ruleId()).append(' ').append(f.title());
        if (f.deduction() > 0) {
            sb.append(' ').append(paint("-" + MessageTemplate.format(f.deduction()), f.status() == Status.PASS ? GREEN : RED));
        }
        sb.append('\n').append("      ").append(f.message()).append('\n');
        List<Evidence> ev = f.evidence();
        if (f.status() == Status.FAIL) {
            for (int i = 0; i < Math.min(QUOTES_SHOWN, ev.size()); i++) {
                sb.append("      ").append(dim("「" + clip(ev.get(i).quote()) + "」")).append('\n');
            }
        }
        if ((f.status() == Status.FAIL || f.status() == Status.NOT_EVIDENCED) && !f.suggestion().isBlank()) {
            sb.append("      ").append(dim("整改建议：" + f.suggestion())).append('\n');
        }
    }

    /** The counts per status under a report, each with its symbol and word. */
    private String summary(ResultView r) {
        StringBuilder sb = new StringBuilder();
        for (Status s : List.of(Status.PASS, Status.FAIL, Status.NOT_EVIDENCED, Status.ERROR)) {
            long n = count(r, s);
            if (n > 0 || s != Status.ERROR) {
                sb.append(sb.length() == 0 ? "" : "  ").append(paint(Names.symbol(s) + " " + s.label() + " " + n, colour(s)));
            }
        }
        return sb.toString();
    }

    private static long count(ResultView r, Status s) {
        return r.findings().stream().filter(f -> f.status() == s).count();
    }

    private static String clip(String s) {
        return s.length() <= QUOTE_WIDTH ? s : s.substring(0, QUOTE_WIDTH) + "…";
    }

    private String symbol(Status s) {
        return paint(Names.symbol(s), colour(s));
    }

    private static String colour(Status s) {
        return switch (s) {
            case PASS -> GREEN;
            case FAIL -> RED;
            case NOT_EVIDENCED -> YELLOW;
            case ERROR -> MAGENTA;
        };
    }

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String MAGENTA = "\u001B[35m";

    private String paint(String s, String code) {
        return color ? code + s + "\u001B[0m" : s;
    }

    String red(String s) {
        return paint(s, RED);
    }

    String bold(String s) {
        return color ? "\u001B[1m" + s + "\u001B[0m" : s;
    }

    private String dim(String s) {
        return color ? "\u001B[2m" + s + "\u001B[0m" : s;
    }
}
