package io.djcheck.engine;

import io.djcheck.model.Status;

import java.util.EnumMap;
import java.util.Map;

/**
 * A rule's messages built from its check, so that they cannot drift from what it checks: a rule
 * made of one leaf takes the leaf's own messages ({@link Leaf#defaultMessages}), any other is worded
 * from its title. An author's own template for a status replaces the built one.
 */
final class DefaultMessages {

    private DefaultMessages() {
    }

    static Map<Status, String> of(RuleDefinition rule, Labels labels) {
        Map<Status, String> m = new EnumMap<>(Status.class);
        if (rule.check() instanceof Leaf leaf) {
            m.putAll(leaf.defaultMessages(labels));
        }
        m.putIfAbsent(Status.PASS, rule.title() + "：符合要求");
        m.putIfAbsent(Status.FAIL, rule.title() + "：不符合要求：“{quote}”");
        m.putIfAbsent(Status.NOT_EVIDENCED, "报告未反映" + rule.title() + "的情况");
        m.put(Status.ERROR, "规则 " + rule.id() + " 执行出错，本项不能判定：{error}");
        m.putAll(rule.messages());
        return m;
    }
}
