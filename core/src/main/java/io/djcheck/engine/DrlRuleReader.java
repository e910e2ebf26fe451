package io.djcheck.engine;

import io.djcheck.model.Internal;
import io.djcheck.model.Severity;
import io.djcheck.model.Status;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata of DRL rules from their annotations, with positions, before the DRL is
 * compiled. Every DRL rule carries {@code @id}; the rules of one id together carry its
 * {@code @title}, {@code @category} and {@code @severity} (and may carry {@code @basis},
 * {@code @suggestion}, {@code @deduction} and messages {@code @pass} {@code @fail}
 * {@code @notEvidenced}). A rule without metadata is a load error, so no DRL rule can be
 * scored without saying what it checks.
 */
@Internal
public final class DrlRuleReader {

    static final Set<String> ANNOTATIONS = Set.of("id", "title", "category", "severity", "basis", "suggestion",
            "deduction", "pass", "fail", "notEvidenced", "leaf");

    private static final Pattern PARAM = Pattern.compile("Param\\s*\\(\\s*name\\s*==\\s*\"([^\"]*)\"");

    private final ProblemSink p;
    private final List<RuleDefinition> incomplete = new ArrayList<>();

    public DrlRuleReader(ProblemSink problems) {
        this.p = problems;
    }

    /** Rules whose metadata is incomplete, with what it gives (see the YAML reader's). */
    public List<RuleDefinition> incomplete() {
        return incomplete;
    }

    /** The rules of one DRL file by id; syntax errors are left to the compiler, which reports them better. */
    public List<RuleDefinition> read(String file, String drl) {
        // what the parse gives is kept on disk beside the compiled packs: a run on an unchanged
        // file reads it back instead of loading and running Drools' ANTLR parser
        List<ParsedRule> parsed = CompiledPackCache.readRuleMetadata(drl);
        if (parsed == null) {
            parsed = parse(file, drl);
            if (parsed == null) {
                return List.of();
            }
            CompiledPackCache.writeRuleMetadata(drl, parsed);
        }
        Map<String, Map<String, String>> meta = new LinkedHashMap<>();
        Map<String, ParsedRule> first = new LinkedHashMap<>();
        Map<String, Set<String>> params = new LinkedHashMap<>();
        for (ParsedRule r : parsed) {
            Map<String, String> a = r.annotations();
            String id = a.get("id");
            if (id == null || id.isBlank()) {
                p.add(file, r.line(), r.column() + 1, "missing-metadata", "DRL rule \"" + r.name()
                        + "\" has no @id(\"...\"): every rule must say which djcheck rule it implements, with "
                        + "@id, @title, @category and @severity");
                continue;
            }
            for (String name : a.keySet()) {
                if (!ANNOTATIONS.contains(name) && !name.equals("salience")) {
                    String hint = Suggest.closest(name, ANNOTATIONS);
                    p.add(file, r.line(), r.column() + 1, "unknown-field", "@" + name + " is not a djcheck rule annotation"
                            + (hint != null ? " (did you mean @" + hint + "?)" : ""));
                }
            }
            first.putIfAbsent(id, r);
            params.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(r.params());
            Map<String, String> merged = meta.computeIfAbsent(id, k -> new LinkedHashMap<>());
            for (Map.Entry<String, String> e : a.entrySet()) {
                String prev = merged.putIfAbsent(e.getKey(), e.getValue());
                if (prev != null && !prev.equals(e.getValue())) {
                    p.add(file, r.line(), r.column() + 1, "conflicting-metadata", "rule " + id + " has @" + e.getKey()
                            + "(\"" + e.getValue() + "\") here but @" + e.getKey() + "(\"" + prev + "\") on an earlier rule");
                }
            }
        }
        List<RuleDefinition> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : meta.entrySet()) {
            RuleDefinition def = definition(file, e.getKey(), e.getValue(), first.get(e.getKey()),
                    List.copyOf(params.get(e.getKey())));
            if (def != null) {
                out.add(def);
            }
        }
        return out;
    }

    /**
     * One DRL rule as the parser read it: name, place (column counted from 0, as Drools does), its
     * annotations in order, and the parameters it matches.
     */
    record ParsedRule(String name, int line, int column, Map<String, String> annotations, List<String> params) {
    }

    /** The rules of {@code drl} parsed, or null when it does not parse (reported, and the file marked unread). */
    private List<ParsedRule> parse(String file, String drl) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            p.unread(file);
            return null;
        }
        if (pkg == null || parser.hasErrors()) {
            p.unread(file);                                // its rule ids are unknown: nothing may echo them
            for (DroolsError e : parser.getErrors()) {
                if (!(e instanceof ParserError)) {
                    p.add(file, e.getLines().length > 0 ? e.getLines()[0] : 0, 0, "drl-syntax", e.getMessage());
                }
            }
            return null;
        }
        List<ParsedRule> rules = new ArrayList<>();
        for (RuleDescr r : pkg.getRules()) {
            Map<String, String> a = new LinkedHashMap<>();
            for (AnnotationDescr ad : r.getAnnotations()) {
                Object v = ad.getSingleValueStripped();
                a.put(ad.getName(), v == null ? "" : v.toString());
            }
            rules.add(new ParsedRule(r.getName(), r.getLine(), r.getColumn(), a, paramsRead(drl, r)));
        }
        return rules;
    }

    /** The parameters a DRL rule matches ({@code Param(name == "...")}), so that explain can show them. */
    private static List<String> paramsRead(String drl, RuleDescr r) {
        int from = Math.max(0, r.getStartCharacter());
        int to = r.getEndCharacter() > from ? Math.min(drl.length(), r.getEndCharacter() + 1) : drl.length();
        List<String> out = new ArrayList<>();
        Matcher m = PARAM.matcher(drl.substring(from, to));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private RuleDefinition definition(String file, String id, Map<String, String> a, ParsedRule at, List<String> params) {
        int line = at.line();
        int col = at.column() + 1;
        boolean ok = true;
        for (String required : List.of("title", "category", "severity")) {
            if (a.get(required) == null || a.get(required).isBlank()) {
                p.add(file, line, col, "missing-metadata", "rule " + id + " has no @" + required
                        + "(\"...\"); give it on one of the DRL rules with @id(\"" + id + "\")");
                ok = false;
            }
        }
        if (!id.matches(RuleDefinition.ID_PATTERN)) {
            p.add(file, line, col, "bad-name", "rule id '" + id + "' must be letters, digits and dashes, e.g. JJ-01");
            ok = false;
        }
        Severity severity = null;
        if (a.get("severity") != null) {
            try {
                severity = Severity.valueOf(a.get("severity"));
            } catch (IllegalArgumentException e) {
                String hint = Suggest.closest(a.get("severity"), List.of("INFO", "MINOR", "MAJOR", "CRITICAL", "VETO"));
                p.add(file, line, col, "unknown-severity", "'" + a.get("severity") + "' is not a severity"
                        + (hint != null ? " (did you mean " + hint + "?)" : "; one of INFO, MINOR, MAJOR, CRITICAL, VETO"));
                ok = false;
            }
        }
        Double deduction = null;
        if (a.get("deduction") != null) {
            try {
                deduction = Double.parseDouble(a.get("deduction"));
            } catch (NumberFormatException e) {
                p.add(file, line, col, "schema", "@deduction must be a number, got '" + a.get("deduction") + "'");
                ok = false;
            }
        }
        if (!ok) {
            if (a.get("category") != null && !a.get("category").isBlank()) {
                incomplete.add(new RuleDefinition(id, a.getOrDefault("title", ""), a.get("category"), Severity.INFO,
                        null, null, null, Map.of(), new DrlLeaf(file, params), file, line, col));
            }
            return null;
        }
        Map<Status, String> messages = new EnumMap<>(Status.class);
        putIf(messages, Status.PASS, a.get("pass"));
        putIf(messages, Status.FAIL, a.get("fail"));
        putIf(messages, Status.NOT_EVIDENCED, a.get("notEvidenced"));
        return new RuleDefinition(id, a.get("title"), a.get("category"), severity, a.get("basis"), a.get("suggestion"),
                deduction, messages, new DrlLeaf(file, params), file, line, col);
    }

    private static void putIf(Map<Status, String> m, Status s, String v) {
        if (v != null) {
            m.put(s, v);
        }
    }
}
