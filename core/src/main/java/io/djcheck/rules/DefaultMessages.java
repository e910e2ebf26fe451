package io.djcheck.rules;

import io.djcheck.extract.Lexicon;
import io.djcheck.model.Genre;
import io.djcheck.model.SectionKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule's messages built from its check, so that they cannot drift from what it checks: a
 * quantity check says which figure, which comparison and which parameter. An author's own
 * template for a status replaces the built one.
 */
final class DefaultMessages {

    private DefaultMessages() {
    }

    static Map<Status, String> of(RuleDefinition rule, Lexicon lexicon) {
        Map<Status, String> m = new EnumMap<>(Status.class);
        CheckNode c = rule.check();
        if (c instanceof CheckNode.MentionCheck mc) {
            String label = labels(mc.concepts(), lexicon);
            m.put(Status.PASS, "报告反映“" + label + "”已落实：“{quote}”");
            m.put(Status.FAIL, "报告指出“" + label + "”落实存在问题：“{quote}”");
            m.put(Status.NOT_EVIDENCED, "报告未反映“" + label + "”的落实情况");
        } else if (c instanceof CheckNode.QuantityCheck qc) {
            String label = labels(qc.concepts(), lexicon);
            if (qc.op() == null) {
                m.put(Status.PASS, "报告给出了" + label + "：“{quote}”");
                m.put(Status.NOT_EVIDENCED, "报告未给出" + label);
            } else {
                String per = qc.annual() ? "（按年计）" : "";
                m.put(Status.PASS, label + per + "为{actual}，符合要求（" + qc.op().symbol() + "{expected}）：“{quote}”");
                m.put(Status.FAIL, label + per + "为{actual}，" + qc.op().failWord() + "要求的{expected}（参数 {param}）：“{quote}”");
                m.put(Status.NOT_EVIDENCED, "报告未给出" + label + "的具体数字，无法判断是否达到{expected}");
            }
        } else if (c instanceof CheckNode.SectionCheck sc) {
            String label = sc.kinds().stream().map(DefaultMessages::sectionLabel).collect(Collectors.joining("或"));
            m.put(Status.PASS, "报告有“" + label + "”部分：“{quote}”");
            m.put(Status.FAIL, "报告缺少“" + label + "”部分");
        } else if (c instanceof CheckNode.GenreCheck gc) {
            String label = gc.genres().stream().map(DefaultMessages::genreLabel).collect(Collectors.joining("或"));
            m.put(Status.PASS, "报告是" + label);
            m.put(Status.FAIL, "报告是{actual}，不是" + label);
            m.put(Status.NOT_EVIDENCED, "无法判断报告是否为" + label);
        } else if (c instanceof CheckNode.CountCheck cc) {
            String label = factLabel(cc.of(), cc.kinds(), cc.concepts(), lexicon);
            m.put(Status.PASS, label + "共{actual}项，符合要求（" + cc.op().symbol() + "{expected}）");
            m.put(Status.FAIL, label + "共{actual}项，" + cc.op().failWord() + "要求的{expected}（参数 {param}）");
        } else if (c instanceof CheckNode.AbsentCheck ac) {
            String label = factLabel(ac.of(), ac.kinds(), ac.concepts(), lexicon);
            m.put(Status.PASS, "报告中没有" + label);
            m.put(Status.FAIL, "报告中有{count}处" + label + "：“{quote}”");
        } else {
            m.put(Status.PASS, rule.title() + "：符合要求");
            m.put(Status.FAIL, rule.title() + "：不符合要求：“{quote}”");
            m.put(Status.NOT_EVIDENCED, "报告未反映" + rule.title() + "的情况");
        }
        m.putIfAbsent(Status.NOT_EVIDENCED, "报告未反映" + rule.title() + "的情况");
        m.put(Status.ERROR, "规则 " + rule.id() + " 执行出错，本项不能判定：{error}");
        m.putAll(rule.messages());
        return m;
    }

    private static String labels(List<String> concepts, Lexicon lexicon) {
        return concepts.stream().map(lexicon::label).distinct().collect(Collectors.joining("、"));
    }

    static String sectionLabel(SectionKind k) {
        return switch (k) {
            case ACHIEVEMENTS -> "工作成效";
            case PROBLEMS -> "存在问题";
            case CAUSES -> "原因分析";
            case NEXT_STEPS -> "下一步打算";
            case OTHER -> "其他";
        };
    }

    static String genreLabel(Genre g) {
        return switch (g) {
            case DUTY_REPORT -> "述职报告";
            case SPEECH -> "交流发言";
            case WORK_REPORT -> "工作汇报";
            case UNKNOWN -> "未知类型";
        };
    }

    private static String factLabel(CheckNode.FactKind of, Set<String> kinds, Set<String> concepts, Lexicon lexicon) {
        return switch (of) {
            case PLACEHOLDERS -> "未填写的占位符或打码";
            case FORMAT_ISSUES -> kinds.isEmpty() ? "格式问题"
                    : kinds.stream().map(DefaultMessages::formatLabel).distinct().collect(Collectors.joining("、"));
            case QUANTITIES -> concepts.isEmpty() ? "有具体数字的量化事实" : labels(List.copyOf(concepts), lexicon);
            case MENTIONS -> concepts.isEmpty() ? "制度提及" : labels(List.copyOf(concepts), lexicon);
        };
    }

    private static String formatLabel(String kind) {
        return switch (kind) {
            case "ORDINAL_DUPLICATE", "ORDINAL_GAP" -> "序号重复或跳号";
            case "QUOTE_UNBALANCED" -> "引号或括号不配对";
            default -> kind;
        };
    }
}
