package io.djcheck.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.djcheck.model.Evidence;
import io.djcheck.model.FormatIssue;
import io.djcheck.model.Mention;
import io.djcheck.model.Placeholder;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import io.djcheck.score.ScoreCard;
import io.djcheck.score.ScoringModel;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON forms of results and reports (DESIGN.md §7): camelCase fields, enums by name, whole
 * numbers without ".0". Written field by field, so the model stays free of JSON annotations and
 * the contract cannot change by accident. The schemas are docs/schema/check-result.schema.json and
 * docs/schema/report.schema.json.
 *
 * <pre>{@code
 * String json = ResultJson.toJson(checker.check(Path.of("report.txt")));
 * }</pre>
 */
public final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    /** One result, indented. */
    public static String toJson(ResultView r) {
        return write(PRETTY, tree(r));
    }

    /** One result on one line (JSONL). */
    public static String toJsonLine(ResultView r) {
        return write(MAPPER, tree(r));
    }

    /** The report with its facts and text, as {@code djcheck extract} prints it. */
    public static String toJson(Report report) {
        return write(PRETTY, tree(report));
    }

    /** The report with its facts and text on one line (JSONL), as {@code djcheck extract --format jsonl} prints it. */
    public static String toJsonLine(Report report) {
        return write(MAPPER, tree(report));
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String write(ObjectMapper m, JsonNode node) {
        try {
            return m.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(ResultView r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schemaVersion", r.schemaVersion());
        o.put("source", r.source());
        o.put("sha256", r.sha256());
        ObjectNode rep = o.putObject("report");
        ReportInfo info = r.reportInfo();
        rep.put("genre", info.genre().name());
        putNumber(rep, "year", info.year());
        rep.put("orgLevel", info.orgLevel().name());
        if (info.organisation() != null) {
            rep.put("organisation", info.organisation());
        }
        sections(rep.putArray("sections"), info.sections());
        ObjectNode rs = o.putObject("ruleset");
        rs.put("id", r.ruleset().id());
        rs.put("version", r.ruleset().version());
        rs.put("sha256", r.ruleset().sha256());
        if (r.ruleset().profile() == null) {
            rs.putNull("profile");
        } else {
            rs.put("profile", r.ruleset().profile());
        }
        ObjectNode params = rs.putObject("params");
        r.ruleset().params().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> putNumber(params, e.getKey(), e.getValue()));
        if (!r.ruleset().rules().isEmpty()) {
            ObjectNode switched = rs.putObject("rules");
            r.ruleset().rules().forEach(switched::put);
        }
        putNumber(o, "score", r.score());
        o.put("grade", r.grade().name());
        o.put("gradeLabel", r.gradeLabel());
        o.put("vetoed", r.vetoed());
        o.put("complete", r.complete());
        scoring(o.putObject("scoring"), r.scoreCard());
        ArrayNode cats = o.putArray("categories");
        for (ScoreCard.CategoryScore c : r.categories()) {
            ObjectNode cn = cats.addObject();
            cn.put("name", c.name());
            putNumber(cn, "weight", c.weight());
            putNumber(cn, "score", c.score());
            putNumber(cn, "deduction", c.deduction());
        }
        ArrayNode fs = o.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode fn = fs.addObject();
            fn.put("ruleId", f.ruleId());
            fn.put("title", f.title());
            fn.put("category", f.category());
            fn.put("severity", f.severity().name());
            fn.put("status", f.status().name());
            putNumber(fn, "deduction", f.deduction());
            ScoreCard.RuleDeduction cost = r.scoreCard().rule(f.ruleId());
            putNumber(fn, "fullDeduction", cost == null ? f.deduction() : cost.full());
            fn.put("message", f.message());
            fn.put("suggestion", f.suggestion());
            fn.put("basis", f.basis());
            ArrayNode ev = fn.putArray("evidence");
            f.evidence().forEach(e -> evidence(ev.addObject(), e));
        }
        ObjectNode t = o.putObject("timings");
        t.put("readMicros", r.timings().readMicros());
        t.put("extractMicros", r.timings().extractMicros());
        t.put("rulesMicros", r.timings().rulesMicros());
        t.put("scoreMicros", r.timings().scoreMicros());
        t.put("totalMicros", r.timings().totalMicros());
        return o;
    }

    /** How the score was reached: the model's NOT_EVIDENCED fraction, veto grade and bands, and what vetoed. */
    private static void scoring(ObjectNode n, ScoreCard card) {
        ScoringModel m = card.model();
        putNumber(n, "notEvidencedFraction", m.notEvidencedFraction());
        n.put("vetoGrade", m.vetoGrade().name());
        ArrayNode by = n.putArray("vetoedBy");
        card.vetoedBy().forEach(by::add);
        ArrayNode grades = n.putArray("grades");
        for (ScoringModel.Band b : m.bands()) {
            ObjectNode g = grades.addObject();
            g.put("grade", b.grade().name());
            g.put("label", b.label());
            putNumber(g, "min", b.min());
        }
    }

    /** An input that could not be checked, in a JSON array or JSONL stream of results. */
    public static ObjectNode failureTree(String source, String error) {
        return failureTree(source, null, error);
    }

    /** An input that could not be checked, with the SHA-256 of its bytes when they could be read (else null). */
    public static ObjectNode failureTree(String source, String sha256, String error) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schemaVersion", CheckResult.SCHEMA_VERSION);
        o.put("source", source);
        if (sha256 != null) {
            o.put("sha256", sha256);
        }
        o.put("error", error);
        return o;
    }

    /** The failure record, indented. */
    public static String failureJson(String source, String error) {
        return write(PRETTY, failureTree(source, error));
    }

    /** The failure record on one line (JSONL). */
    public static String failureJsonLine(String source, String error) {
        return write(MAPPER, failureTree(source, error));
    }

    /** The failure record on one line (JSONL), with the input's SHA-256 when known. */
    public static String failureJsonLine(String source, String sha256, String error) {
        return write(MAPPER, failureTree(source, sha256, error));
    }

    public static ObjectNode tree(Report r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schemaVersion", CheckResult.SCHEMA_VERSION);
        o.put("source", r.source());
        o.put("sha256", r.sha256());
        o.put("genre", r.genre().name());
        putNumber(o, "year", r.year());
        o.put("orgLevel", r.orgLevel().name());
        if (r.organisation() != null) {
            ObjectNode org = o.putObject("organisation");
            org.put("name", r.organisation().name());
            evidence(org.putObject("evidence"), r.organisation().evidence());
        }
        if (r.genreEvidence() != null) {
            evidence(o.putObject("genreEvidence"), r.genreEvidence());
        }
        sections(o.putArray("sections"), r.sections());
        ArrayNode qs = o.putArray("quantities");
        for (Quantity q : r.quantities()) {
            ObjectNode n = qs.addObject();
            n.put("concept", q.concept());
            putNumber(n, "value", q.value());
            putNumber(n, "upper", q.upper());
            n.put("qualifier", q.qualifier().name());
            if (q.unit() == null) {
                n.putNull("unit");
            } else {
                n.put("unit", q.unit());
            }
            putNumber(n, "perYear", q.perYear());
            n.put("context", q.context().name());
            ObjectNode attrs = n.putObject("attributes");
            q.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                if (e.getValue() instanceof Number num) {
                    putNumber(attrs, e.getKey(), num.doubleValue());
                } else {
                    attrs.put(e.getKey(), String.valueOf(e.getValue()));
                }
            });
            evidence(n.putObject("evidence"), q.evidence());
        }
        ArrayNode ms = o.putArray("mentions");
        for (Mention m : r.mentions()) {
            ObjectNode n = ms.addObject();
            n.put("concept", m.concept());
            n.put("context", m.context().name());
            evidence(n.putObject("evidence"), m.evidence());
        }
        ArrayNode ps = o.putArray("placeholders");
        for (Placeholder p : r.placeholders()) {
            ObjectNode n = ps.addObject();
            n.put("token", p.token());
            evidence(n.putObject("evidence"), p.evidence());
        }
        ArrayNode fs = o.putArray("formatIssues");
        for (FormatIssue f : r.formatIssues()) {
            ObjectNode n = fs.addObject();
            n.put("kind", f.kind().name());
            n.put("detail", f.detail());
            evidence(n.putObject("evidence"), f.evidence());
        }
        o.put("text", r.text());
        return o;
    }

    private static void sections(ArrayNode arr, List<Section> sections) {
        for (Section s : sections) {
            ObjectNode n = arr.addObject();
            n.put("kind", s.kind().name());
            if (s.heading() == null) {
                n.putNull("heading");
            } else {
                n.put("heading", s.heading());
            }
            n.put("start", s.start());
            n.put("end", s.end());
        }
    }

    private static void evidence(ObjectNode n, Evidence e) {
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("quote", e.quote());
        n.put("section", e.section().name());
    }

    /** Whole numbers as integers (12, not 12.0); null as JSON null. */
    static void putNumber(ObjectNode o, String field, Number v) {
        if (v == null) {
            o.putNull(field);
        } else if (v instanceof Integer || v instanceof Long) {
            o.put(field, v.longValue());
        } else {
            double d = v.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                o.put(field, (long) d);
            } else {
                o.put(field, d);
            }
        }
    }
}
