package io.djcheck.pack;

import io.djcheck.engine.Suggest;
import io.djcheck.engine.AbsentCheck;
import io.djcheck.engine.CountCheck;
import io.djcheck.engine.FiguresCheck;
import io.djcheck.engine.FactKind;
import io.djcheck.engine.GenreCheck;
import io.djcheck.engine.MentionCheck;
import io.djcheck.engine.QuantityCheck;
import io.djcheck.engine.SectionCheck;
import io.djcheck.engine.CheckNode;
import io.djcheck.engine.MessageTemplate;
import io.djcheck.engine.Op;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.model.Severity;
import io.djcheck.model.Status;
import io.djcheck.extract.Lexicon;
import io.djcheck.model.FactContext;
import io.djcheck.model.FormatIssueKind;
import io.djcheck.model.Genre;
import io.djcheck.model.SectionKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads rules written in djcheck's YAML format ({@code rules/*.yaml}) and checks every name they
 * use against the pack: concepts against the lexicon, parameters against params.yaml, placeholders
 * in messages against what the check provides. The format is declarative; nothing in it can run
 * code. See docs/rules.md.
 */
final class YamlRuleReader {

    static final Set<String> RULE_FIELDS = Set.of("id", "title", "category", "severity", "basis", "suggestion",
            "deduction", "messages", "check");
    private static final Set<String> CHECKS = Set.of("mention", "quantity", "figures", "section", "genre", "count",
            "absent", "all", "any", "not");

    private final Lexicon lexicon;
    private final Set<String> params;
    private final boolean lexiconRead;
    private final boolean paramsRead;
    private final Problems p;
    private final List<RuleDefinition> incomplete = new ArrayList<>();

    YamlRuleReader(Lexicon lexicon, Set<String> params, Problems problems) {
        this(lexicon, true, params, true, problems);
    }

    /**
     * With {@code lexiconRead} or {@code paramsRead} false (that file did not parse, which was
     * reported), names of that file are not checked: every one would only echo the one cause.
     */
    YamlRuleReader(Lexicon lexicon, boolean lexiconRead, Set<String> params, boolean paramsRead, Problems problems) {
        this.lexicon = lexicon;
        this.params = params;
        this.lexiconRead = lexiconRead;
        this.paramsRead = paramsRead;
        this.p = problems;
    }

    /**
     * Rules that could not be read whole, with what could be (id, category, position), so that the
     * pack's other checks (an unknown category) still reach them and lint lists every problem at once.
     */
    List<RuleDefinition> incomplete() {
        return incomplete;
    }

    List<RuleDefinition> read(YamlNode root) {
        List<RuleDefinition> out = new ArrayList<>();
        if (root == null) {
            return out;                                    // did not parse: reported where it was read
        }
        // a file whose rules cannot be read is one problem: the ids it may hold are unknown, not missing
        if (root.isNull()) {
            p.add(root.file(), 1, 1, "empty-rule-file", root.file() + " 没有定义任何规则：文件为空或只有注释（保存被中断？）：请在 rules: 下写规则，"
                    + "要删除这些规则请删除该文件；" + root.file() + " defines no rule: it is empty or holds only "
                    + "comments (a save cut short?); write its rules under 'rules:', or delete the file to remove them");
            p.unread(root.file());
            return out;
        }
        if (root.isList()) {
            p.add(root, "schema", "a rule file starts with 'rules:' and the list of rules under it; this file is a bare "
                    + "list: add a first line 'rules:' and indent the list under it");
            p.unread(root.file());
            return out;
        }
        if (root.requireMap(p, root.file()) == null) {
            p.unread(root.file());
            return out;
        }
        root.allowOnly(p, Set.of("rules"), root.file());
        YamlNode rules = root.get("rules");
        if (rules == null || !rules.isList()) {
            p.add(rules == null ? root : rules, "schema", "a rule file holds 'rules:', a list of rules");
            p.unread(root.file());
            return out;
        }
        for (YamlNode r : rules.items()) {
            RuleDefinition def = rule(r);
            if (def != null) {
                out.add(def);
            }
        }
        return out;
    }

    private RuleDefinition rule(YamlNode r) {
        if (r.requireMap(p, "a rule") == null) {
            return null;
        }
        String id = r.string(p, "id", false);
        String what = id == null ? "this rule" : "rule " + id;
        r.allowOnly(p, RULE_FIELDS, what);
        if (id != null && !id.matches(RuleDefinition.ID_PATTERN)) {
            p.add(r.get("id"), "bad-name", "rule id '" + id + "' must be letters, digits and dashes, e.g. ZZ-06");
        }
        for (String required : List.of("id", "title", "category", "severity")) {
            if (r.get(required) == null || r.get(required).isNull()) {
                p.add(r, "missing-metadata", what + " has no '" + required + "'; every rule needs id, title, "
                        + "category and severity (and should give basis and suggestion)");
            }
        }
        String title = r.string(p, "title", false);
        String category = r.string(p, "category", false);
        String sev = r.string(p, "severity", false);
        Severity severity = sev == null ? null : LexiconReader.enumOf(Severity.class, sev, r.get("severity"), p, "severity");
        Double deduction = r.number(p, "deduction", false);
        if (deduction != null && deduction < 0) {
            p.add(r.get("deduction"), "schema", "deduction must not be negative, got " + deduction);
        }
        YamlNode c = r.get("check");
        CheckNode check = null;
        if (c == null) {
            p.add(r, "missing-field", what + " needs 'check': what the rule checks");
        } else {
            check = node(c);
        }
        Map<Status, String> messages = messages(r.get("messages"), what);
        if (id == null || title == null || category == null || severity == null || check == null) {
            if (category != null) {
                incomplete.add(new RuleDefinition(id == null ? "(no id)" : id, title == null ? "" : title, category,
                        Severity.INFO, null, null, null, Map.of(), new CheckNode.All(List.of()), r.file(), r.line(),
                        r.column()));
            }
            return null;
        }
        return new RuleDefinition(id, title, category, severity, r.string(p, "basis", false),
                r.string(p, "suggestion", false), deduction, messages, check, r.file(), r.line(), r.column());
    }

    private Map<Status, String> messages(YamlNode m, String what) {
        Map<Status, String> out = new EnumMap<>(Status.class);
        if (m == null || m.requireMap(p, "messages of " + what) == null) {
            return out;
        }
        m.entries().forEach((k, v) -> {
            Status s = LexiconReader.enumOf(Status.class, k, m.keyNode(k), p, "status");
            if (s != null && v.isScalar()) {
                out.put(s, v.text());
                for (String name : MessageTemplate.placeholders(v.text())) {
                    if (!MessageTemplate.YAML_PLACEHOLDERS.contains(name) && !params.contains(name)) {
                        p.add(v, "unknown-placeholder", "{" + name + "} is not a message placeholder; use one of "
                                + String.join(", ", MessageTemplate.YAML_PLACEHOLDERS.stream().sorted().map(x -> "{" + x + "}").toList())
                                + " or a parameter name");
                    }
                }
            } else if (s != null) {
                p.add(v, "schema", "message for " + k + " must be text");
            }
        });
        return out;
    }

    private CheckNode node(YamlNode n) {
        if (n.requireMap(p, "a check") == null) {
            return null;
        }
        if (n.entries().size() != 1) {
            p.add(n, "schema", "a check has exactly one of " + String.join(", ", CHECKS) + "; got "
                    + (n.entries().isEmpty() ? "none" : String.join(", ", n.entries().keySet())));
            n.allowOnly(p, CHECKS, "a check");
            return null;
        }
        String kind = n.entries().keySet().iterator().next();
        YamlNode v = n.get(kind);
        switch (kind) {
            case "all", "any" -> {
                if (!v.isList() || v.items().isEmpty()) {
                    p.add(v, "schema", "'" + kind + "' takes a non-empty list of checks");
                    return null;
                }
                List<CheckNode> children = new ArrayList<>();
                for (YamlNode item : v.items()) {
                    CheckNode child = node(item);
                    if (child == null) {
                        return null;
                    }
                    children.add(child);
                }
                return kind.equals("all") ? new CheckNode.All(children) : new CheckNode.Any(children);
            }
            case "not" -> {
                CheckNode child = node(v);
                return child == null ? null : new CheckNode.Not(child);
            }
            case "mention" -> {
                return mention(v);
            }
            case "quantity" -> {
                return quantity(v);
            }
            case "figures" -> {
                return figures(v);
            }
            case "section" -> {
                Set<SectionKind> kinds = enums(SectionKind.class, v, "section kind");
                return kinds.isEmpty() ? null : new SectionCheck(kinds);
            }
            case "genre" -> {
                Set<Genre> genres = enums(Genre.class, v, "genre");
                return genres.isEmpty() ? null : new GenreCheck(genres);
            }
            case "count" -> {
                return count(v);
            }
            case "absent" -> {
                return absent(v);
            }
            default -> {
                n.allowOnly(p, CHECKS, "a check");
                return null;
            }
        }
    }

    private CheckNode mention(YamlNode v) {
        Map<FactContext, Status> outcomes = new EnumMap<>(FactContext.class);
        outcomes.put(FactContext.PROBLEM, Status.FAIL);
        outcomes.put(FactContext.AFFIRMED, Status.PASS);
        List<String> concepts;
        if (v.isMap()) {
            v.allowOnly(p, Set.of("concept", "PROBLEM", "AFFIRMED", "PLANNED"), "mention check");
            concepts = v.get("concept") == null ? List.of() : v.get("concept").strings(p, "concept");
            for (FactContext ctx : FactContext.values()) {
                String s = v.string(p, ctx.name(), false);
                if (s != null) {
                    Status st = LexiconReader.enumOf(Status.class, s, v.get(ctx.name()), p, "status");
                    if (st != null) {
                        outcomes.put(ctx, st);
                    }
                }
            }
        } else {
            concepts = v.strings(p, "mention");
        }
        List<String> known = concepts(concepts, v, true);
        return known.isEmpty() ? null : new MentionCheck(known, outcomes);
    }

    private CheckNode quantity(YamlNode v) {
        if (v.isScalar()) {
            List<String> known = concepts(List.of(v.text()), v, false);
            return known.isEmpty() ? null : new QuantityCheck(known, false, null, null,
                    EnumSet.of(FactContext.AFFIRMED, FactContext.PROBLEM));
        }
        if (v.requireMap(p, "quantity check") == null) {
            return null;
        }
        v.allowOnly(p, Set.of("concept", "annual", "op", "param", "contexts"), "quantity check");
        List<String> known = concepts(v.get("concept") == null ? List.of() : v.get("concept").strings(p, "concept"),
                v, false);
        if (v.get("concept") == null) {
            p.add(v, "missing-field", "a quantity check needs 'concept'");
        }
        boolean annual = v.flag(p, "annual");
        Op op = op(v);
        String param = param(v, op != null);
        Set<FactContext> contexts = v.get("contexts") == null ? EnumSet.of(FactContext.AFFIRMED, FactContext.PROBLEM)
                : enums(FactContext.class, v.get("contexts"), "context");
        if (known.isEmpty() || (op != null && param == null) || contexts.isEmpty()) {
            return null;
        }
        return new QuantityCheck(known, annual, op, param, contexts);
    }

    /** A list of figures, each {concept, annual, op, param}: every stated one compared with its own parameter. */
    private CheckNode figures(YamlNode v) {
        if (!v.isList() || v.items().isEmpty()) {
            p.add(v, "schema", "'figures' takes a non-empty list of figures, each {concept: ..., annual: true, "
                    + "op: \">=\", param: ...}");
            return null;
        }
        List<FiguresCheck.Item> items = new ArrayList<>();
        boolean ok = true;
        for (YamlNode f : v.items()) {
            if (f.requireMap(p, "a figure of a figures check") == null) {
                ok = false;
                continue;
            }
            f.allowOnly(p, Set.of("concept", "annual", "op", "param"), "figure");
            String name = f.string(p, "concept", true);
            List<String> known = name == null ? List.of() : concepts(List.of(name), f.get("concept"), false);
            boolean annual = f.flag(p, "annual");
            Op op = op(f);
            String param = param(f, op != null);
            if (op == null && f.get("param") != null && f.get("op") == null) {
                p.add(f, "missing-field", "a figure with 'param' needs 'op' (>=, >, <=, <, ==, !=)");
                ok = false;
            }
            if (known.size() != 1 || (op != null && param == null) || (f.get("op") != null && op == null)) {
                ok = false;
                continue;
            }
            items.add(new FiguresCheck.Item(known.get(0), annual, op, param));
        }
        return ok ? new FiguresCheck(items) : null;
    }

    private CheckNode count(YamlNode v) {
        if (v.requireMap(p, "count check") == null) {
            return null;
        }
        v.allowOnly(p, Set.of("of", "kind", "concept", "masked", "op", "param"), "count check");
        FactKind of = factKind(v);
        Op op = op(v);
        if (op == null) {
            p.add(v, "missing-field", "a count check needs 'op' (>=, >, <=, <, ==, !=) and 'param'");
        }
        String param = param(v, true);
        Set<String> kinds = formatKinds(v);
        Set<String> concepts = v.get("concept") == null ? Set.of()
                : new LinkedHashSet<>(concepts(v.get("concept").strings(p, "concept"), v, of == FactKind.MENTIONS));
        boolean masked = v.flag(p, "masked");
        return of == null || op == null || param == null ? null
                : new CountCheck(of, kinds, concepts, masked, op, param);
    }

    private CheckNode absent(YamlNode v) {
        if (v.isScalar()) {
            FactKind of = factKind(v.text(), v);
            return of == null ? null : new AbsentCheck(of, Set.of(), Set.of());
        }
        if (v.requireMap(p, "absent check") == null) {
            return null;
        }
        v.allowOnly(p, Set.of("of", "kind", "concept", "context", "op", "param"), "absent check");
        FactKind of = factKind(v);
        Set<String> concepts = v.get("concept") == null ? Set.of()
                : new LinkedHashSet<>(concepts(v.get("concept").strings(p, "concept"), v, of == FactKind.MENTIONS));
        Set<FactContext> contexts = Set.of();
        if (v.get("context") != null) {
            if (of != null && of != FactKind.QUANTITIES && of != FactKind.MENTIONS) {
                p.add(v.keyNode("context"), "schema", "'context' filters quantities and mentions only; remove it or "
                        + "use of: quantities or of: mentions");
                return null;
            }
            contexts = enums(FactContext.class, v.get("context"), "context");
            if (contexts.isEmpty()) {
                return null;
            }
        }
        Op op = op(v);
        String param = param(v, true);
        if (v.get("op") != null || v.get("param") != null) {
            if (of != null && of != FactKind.QUANTITIES) {
                p.add(v.keyNode(v.get("op") != null ? "op" : "param"), "schema", "'op' and 'param' compare "
                        + "quantities only; remove them or use of: quantities");
                return null;
            }
            if (v.get("op") == null) {
                p.add(v, "missing-field", "'param' needs 'op' (>=, >, <=, <, ==, !=): which figures to look for");
                return null;
            }
            if (op == null || param == null) {
                return null;
            }
        }
        return of == null ? null : new AbsentCheck(of, formatKinds(v), concepts, contexts, op, param);
    }

    /** The kind of fact a count or absence check looks at; reports filters that do not apply to it. */
    private FactKind factKind(YamlNode v) {
        String of = v.string(p, "of", true);
        FactKind kind = of == null ? null : factKind(of, v.get("of"));
        if (kind != null && v.get("kind") != null && kind != FactKind.FORMAT_ISSUES) {
            p.add(v.keyNode("kind"), "schema", "'kind' filters format issues only; remove it or use of: formatIssues");
            return null;
        }
        boolean conceptual = kind == FactKind.QUANTITIES || kind == FactKind.MENTIONS;
        if (kind != null && v.get("concept") != null && !conceptual) {
            p.add(v.keyNode("concept"), "schema", "'concept' filters quantities and mentions only; remove it or use "
                    + "of: quantities or of: mentions");
            return null;
        }
        return kind;
    }

    private FactKind factKind(String of, YamlNode at) {
        return switch (of) {
            case "placeholders" -> FactKind.PLACEHOLDERS;
            case "formatIssues" -> FactKind.FORMAT_ISSUES;
            case "quantities" -> FactKind.QUANTITIES;
            case "mentions" -> FactKind.MENTIONS;
            default -> {
                p.add(at, "unknown-fact-kind", "'" + of + "' is not a kind of fact; use placeholders, formatIssues, "
                        + "quantities or mentions");
                yield null;
            }
        };
    }

    private Set<String> formatKinds(YamlNode v) {
        Set<String> out = new LinkedHashSet<>();
        if (v.get("kind") != null) {
            for (FormatIssueKind k : enums(FormatIssueKind.class, v.get("kind"), "format issue kind")) {
                out.add(k.name());
            }
        }
        return out;
    }

    private Op op(YamlNode v) {
        String s = v.string(p, "op", false);
        if (s == null) {
            return null;
        }
        Op op = Op.ofSymbol(s.strip());
        if (op == null) {
            p.add(v.get("op"), "bad-op", "'" + s + "' is not a comparison; use >=, >, <=, <, == or !=");
        }
        return op;
    }

    private String param(YamlNode v, boolean required) {
        String name = v.string(p, "param", false);
        if (name == null) {
            if (required && v.get("op") != null) {
                p.add(v, "missing-field", "a comparison needs 'param': the parameter it compares with "
                        + "(thresholds live in params.yaml, never in rules)");
            }
            return null;
        }
        if (!paramsRead) {
            return null;                                   // params.yaml did not parse: reported there
        }
        if (!params.contains(name)) {
            String hint = Suggest.closest(name, params);
            p.add(v.get("param"), "unknown-param", "'" + name + "' is not a parameter of params.yaml"
                    + (hint != null ? " (did you mean " + hint + "?)" : ""));
            return null;
        }
        return name;
    }

    /**
     * The concepts named, with {@code training.*} expanded; reports unknown ones. Mentions and
     * quantities are separate vocabularies.
     */
    private List<String> concepts(List<String> names, YamlNode at, boolean mentions) {
        if (!lexiconRead) {
            return List.of();                              // lexicon.yaml did not parse: reported there
        }
        Set<String> vocabulary = vocabulary(lexicon, mentions);
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".*")) {
                String prefix = name.substring(0, name.length() - 1);
                List<String> matched = vocabulary.stream().filter(c -> c.startsWith(prefix)).toList();
                if (matched.isEmpty()) {
                    p.add(at, "unknown-concept", "no " + (mentions ? "mention" : "quantity") + " concept matches '" + name + "'");
                }
                out.addAll(matched);
            } else if (known(name, vocabulary, mentions, at, p)) {
                out.add(name);
            }
        }
        return out;
    }

    /** The concept keys a check may name: the lexicon's mention concepts, or its quantity concepts and "other". */
    static Set<String> vocabulary(Lexicon lexicon, boolean mentions) {
        Set<String> vocabulary = new LinkedHashSet<>();
        if (mentions) {
            lexicon.mentions().forEach(m -> vocabulary.add(m.key()));
        } else {
            lexicon.quantities().forEach(q -> vocabulary.add(q.key()));
            vocabulary.add("other");
        }
        return vocabulary;
    }

    /** Whether {@code name} is in {@code vocabulary}; reports it, with the closest name, when not. */
    static boolean known(String name, Set<String> vocabulary, boolean mentions, YamlNode at, Problems p) {
        if (vocabulary.contains(name)) {
            return true;
        }
        String hint = Suggest.closest(name, vocabulary);
        p.add(at, "unknown-concept", "'" + name + "' is not a " + (mentions ? "mention" : "quantity")
                + " concept of lexicon.yaml" + (hint != null ? " (did you mean " + hint + "?)" : ""));
        return false;
    }

    /** One name or a list of names of an enum; each wrong one reported where it stands. */
    private <E extends Enum<E>> Set<E> enums(Class<E> type, YamlNode v, String what) {
        Set<E> out = EnumSet.noneOf(type);
        List<YamlNode> items = v.isList() ? v.items() : List.of(v);
        for (YamlNode item : items) {
            for (String s : item.strings(p, what)) {
                E e = LexiconReader.enumOf(type, s, item, p, what);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
