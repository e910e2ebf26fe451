package io.djcheck.pack;

import io.djcheck.model.Internal;
import io.djcheck.engine.Suggest;
import io.djcheck.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rule test cases of a pack ({@code tests/*.yaml}) and checks every name in them against
 * the compiled pack: rule ids, statuses, profiles, parameters and, for facts, concepts and kinds.
 * Every problem is reported with file, line and column, like the pack's own files.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * List<RuleTestCase> cases = RuleTestSuite.read(compiledPack, problems);
 * }</pre>
 */
@Internal
public final class RuleTestSuite {

    static final Set<String> CASE_FIELDS = Set.of("name", "text", "facts", "profile", "params", "expect");

    private RuleTestSuite() {
    }

    /** Every case of every test file of {@code pack}, in file order. */
    public static List<RuleTestCase> read(LoadedPack pack, Problems p) {
        Set<String> ruleIds = new java.util.LinkedHashSet<>();
        pack.rules().forEach(r -> ruleIds.add(r.id()));
        TestFacts facts = new TestFacts(pack.lexicon(), p);
        List<RuleTestCase> out = new ArrayList<>();
        for (String file : pack.files().testFiles()) {
            YamlNode root = YamlNode.parse(file, pack.files().text(file), p);
            if (root == null || root.isNull()) {
                continue;
            }
            if (root.requireMap(p, file) == null) {
                continue;
            }
            root.allowOnly(p, Set.of("cases"), file);
            YamlNode cases = root.get("cases");
            if (cases == null || !cases.isList()) {
                p.add(cases == null ? root : cases, "schema", "a test file holds 'cases:', a list of test cases");
                continue;
            }
            for (YamlNode c : cases.items()) {
                RuleTestCase tc = testCase(c, pack, ruleIds, facts, p);
                if (tc != null) {
                    out.add(tc);
                }
            }
        }
        return out;
    }

    private static RuleTestCase testCase(YamlNode c, LoadedPack pack, Set<String> ruleIds, TestFacts facts,
                                         Problems p) {
        if (c.requireMap(p, "a test case") == null) {
            return null;
        }
        String name = c.string(p, "name", true);
        String what = name == null ? "test case at " + c.where() : "test case '" + name + "'";
        c.allowOnly(p, CASE_FIELDS, what);
        String text = c.string(p, "text", false);
        io.djcheck.model.Report report = null;
        if (c.get("facts") != null) {
            report = facts.report(c.get("facts"), name == null ? c.where() : name);
        }
        boolean hasText = c.get("text") != null;
        boolean hasFacts = c.get("facts") != null;
        if (hasText == hasFacts) {
            p.add(c, "schema", what + " needs either 'text' (the report) or 'facts' (its facts), not "
                    + (hasText ? "both" : "neither"));
        }
        String profile = c.string(p, "profile", false);
        if (profile != null && !pack.params().profiles().containsKey(profile)) {
            String hint = Suggest.closest(profile, pack.params().profiles().keySet());
            p.add(c.get("profile"), "unknown-profile", "'" + profile + "' is not a profile of params.yaml"
                    + (hint != null ? " (did you mean " + hint + "?)" : "; profiles: "
                    + String.join(", ", pack.params().profiles().keySet())));
            profile = null;
        }
        Map<String, Double> params = params(c.get("params"), pack.params().names(), p);
        List<RuleTestCase.Expectation> expectations = expectations(c, what, ruleIds, p);
        if (name == null || hasText == hasFacts || (hasText && text == null) || (hasFacts && report == null)
                || expectations == null) {
            return null;
        }
        return new RuleTestCase(c.file(), c.line(), name, text, report, profile, params, expectations);
    }

    private static Map<String, Double> params(YamlNode m, Set<String> known, Problems p) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (m == null || m.requireMap(p, "params of a test case") == null) {
            return out;
        }
        m.entries().forEach((k, v) -> {
            if (!known.contains(k)) {
                String hint = Suggest.closest(k, known);
                p.add(m.keyNode(k), "unknown-param", "'" + k + "' is not a parameter of params.yaml"
                        + (hint != null ? " (did you mean " + hint + "?)" : ""));
                return;
            }
            Double d = v.asNumber(p, "parameter '" + k + "'");
            if (d != null) {
                out.put(k, d);
            }
        });
        return out;
    }

    private static List<RuleTestCase.Expectation> expectations(YamlNode c, String what, Set<String> ruleIds,
                                                               Problems p) {
        YamlNode e = c.get("expect");
        if (e == null || e.isNull()) {
            p.add(c, "missing-field", what + " needs 'expect': rule id → expected status (PASS, FAIL, "
                    + "NOT_EVIDENCED or ERROR)");
            return null;
        }
        if (e.requireMap(p, "expect of " + what) == null) {
            return null;
        }
        List<RuleTestCase.Expectation> out = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, YamlNode> entry : e.entries().entrySet()) {
            String id = entry.getKey();
            YamlNode v = entry.getValue();
            if (!ruleIds.contains(id)) {
                String hint = Suggest.closest(id, ruleIds);
                p.add(e.keyNode(id), "unknown-rule", "'" + id + "' is not a rule of this pack"
                        + (hint != null ? " (did you mean " + hint + "?)" : ""));
                ok = false;
                continue;
            }
            String statusText;
            String message = null;
            if (v.isMap()) {
                v.allowOnly(p, Set.of("status", "message"), "the expectation for " + id);
                statusText = v.string(p, "status", true);
                message = v.string(p, "message", false);
            } else if (v.isScalar()) {
                statusText = v.text();
            } else {
                p.add(v, "schema", "the expectation for " + id + " is a status or {status, message}, got " + v.describe());
                ok = false;
                continue;
            }
            Status status = statusText == null ? null
                    : LexiconReader.enumOf(Status.class, statusText, v.isMap() ? v.get("status") : v, p, "status");
            if (status == null) {
                ok = false;
                continue;
            }
            out.add(new RuleTestCase.Expectation(id, status, message, e.keyNode(id).line()));
        }
        if (ok && out.isEmpty()) {
            p.add(e, "schema", what + " expects nothing; name at least one rule id and its status");
            return null;
        }
        return ok ? out : null;
    }
}
