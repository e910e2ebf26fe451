package io.djcheck.bench.peers;

import io.djcheck.engine.CountCheck;
import io.djcheck.engine.Leaf;
import io.djcheck.engine.MentionCheck;
import io.djcheck.engine.QuantityCheck;
import io.djcheck.model.FactContext;
import io.djcheck.engine.CheckNode;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.model.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a pack's mention, quantity (threshold and presence) and quantity-count rules as Easy Rules
 * MVEL rules in Easy Rules' YAML format, one Easy Rules rule per outcome of a leaf, the way the
 * DRL generator writes one DRL rule per outcome. Written from the compiled pack, so the peer checks
 * exactly what the pack checks; rules of other kinds (sections, genre, absence, DRL) are left out and
 * djcheck is then measured on the same subset too.
 *
 * <pre>{@code
 * EasyRulesYaml yaml = EasyRulesYaml.of(pack.rules());
 * yaml.text();        // ---\nname: "ZZ-01#0 PROBLEM"\ncondition: "f.mentioned('practice.sanhui_yike', 'PROBLEM')" ...
 * yaml.covered();     // the rules it implements
 * }</pre>
 */
public record EasyRulesYaml(String text, List<RuleDefinition> covered) {

    public static EasyRulesYaml of(List<RuleDefinition> rules) {
        StringBuilder sb = new StringBuilder();
        List<RuleDefinition> covered = new ArrayList<>();
        for (RuleDefinition r : rules) {
            List<Leaf> leaves = r.check().leaves();
            if (r.isDrl() || !leaves.stream().allMatch(EasyRulesYaml::supported)) {
                continue;
            }
            covered.add(r);
            for (int i = 0; i < leaves.size(); i++) {
                leaf(sb, r, i, leaves.get(i));
            }
        }
        return new EasyRulesYaml(sb.toString(), List.copyOf(covered));
    }

    static boolean supported(Leaf leaf) {
        return leaf instanceof MentionCheck || leaf instanceof QuantityCheck
                || (leaf instanceof CountCheck c && c.of().name().equals("QUANTITIES") && c.kinds().isEmpty());
    }

    private static void leaf(StringBuilder sb, RuleDefinition r, int i, Leaf leaf) {
        String id = "'" + r.id() + "', " + i;
        if (leaf instanceof MentionCheck m) {
            String concepts = words(m.concepts());
            for (Map.Entry<FactContext, Status> e : m.outcomes().entrySet()) {
                String args = "'" + concepts + "', '" + e.getKey() + "'";
                rule(sb, r, i, e.getKey().name(), "f.mentioned(" + args + ")",
                        "out.add(" + id + ", '" + e.getValue() + "', f.mentions(" + args + "))");
            }
        } else if (leaf instanceof QuantityCheck q) {
            String concepts = "'" + words(q.concepts()) + "'";
            String contexts = "'" + q.contexts().stream().sorted().map(Enum::name).collect(Collectors.joining(" ")) + "'";
            if (q.op() == null) {
                rule(sb, r, i, "present", "!f.all(" + concepts + ", " + contexts + ").isEmpty()",
                        "out.add(" + id + ", 'PASS', f.all(" + concepts + ", " + contexts + "))");
                return;
            }
            String stated = concepts + ", " + contexts + ", " + q.annual();
            rule(sb, r, i, "compare", "f.max(" + stated + ") != null",
                    "out.compare(" + id + ", f.max(" + stated + "), '" + q.op().symbol() + "', p['" + q.param()
                            + "'], f.stated(" + stated + "))");
            rule(sb, r, i, "masked", "f.max(" + stated + ") == null && !f.masked(" + concepts + ", " + contexts + ").isEmpty()",
                    "out.add(" + id + ", 'NOT_EVIDENCED', f.masked(" + concepts + ", " + contexts + "))");
        } else if (leaf instanceof CountCheck c) {
            String counted = "f.counted('" + words(c.concepts()) + "', " + c.includeMasked() + ")";
            rule(sb, r, i, "count", "true",
                    "out.compare(" + id + ", " + counted + ".size(), '" + c.op().symbol() + "', p['" + c.param() + "'], "
                            + counted + ")");
        }
    }

    private static void rule(StringBuilder sb, RuleDefinition r, int leaf, String what, String condition, String action) {
        sb.append("---\n")
                .append("name: ").append(quote(r.id() + "#" + leaf + " " + what)).append('\n')
                .append("description: ").append(quote(r.title())).append('\n')
                .append("priority: 1\n")
                .append("condition: ").append(quote(condition)).append('\n')
                .append("actions:\n  - ").append(quote(action)).append('\n');
    }

    private static String words(java.util.Collection<String> values) {
        return values.stream().sorted().collect(Collectors.joining(" "));
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
