package io.djcheck.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.djcheck.model.Evidence;
import io.djcheck.model.Genre;
import io.djcheck.model.OrgLevel;
import io.djcheck.model.Section;
import io.djcheck.model.SectionKind;
import io.djcheck.model.Severity;
import io.djcheck.model.Status;
import io.djcheck.model.Grade;
import io.djcheck.score.ScoreCard;
import io.djcheck.score.ScoringModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads results back from their JSON form ({@link ResultJson}): a line of a batch's
 * {@code results.jsonl}, or an element of {@code --format json}'s array. What the JSON holds comes
 * back whole — score, grade, categories, findings with their evidence, the pack, the timings —
 * and writing it again gives the same JSON, as a {@link StoredResult}: the JSON does not carry
 * the report's text or its facts.
 *
 * <pre>{@code
 * ResultJsonReader.Record rec = ResultJsonReader.read(line);
 * if (rec.result() != null) System.out.println(rec.result().score());
 * }</pre>
 */
public final class ResultJsonReader {

    /**
     * One record: a result, or an input that could not be checked ({@code error} set, {@code result}
     * null; {@code sha256} null when its bytes could not be read).
     */
    public record Record(String source, String sha256, StoredResult result, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private ResultJsonReader() {
    }

    /**
     * Parses one JSON object.
     *
     * @throws IllegalArgumentException when it is not JSON, or not a result or failure record of
     *                                  schema version {@value CheckResult#SCHEMA_VERSION}; the message says which field
     */
    public static Record read(String json) {
        JsonNode n;
        try {
            n = ResultJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String version = text(n, "schemaVersion");
        if (!CheckResult.SCHEMA_VERSION.equals(version)) {
            throw new IllegalArgumentException("schemaVersion " + version + " is not " + CheckResult.SCHEMA_VERSION);
        }
        String source = text(n, "source");
        if (n.has("error")) {
            return new Record(source, optionalText(n, "sha256"), null, text(n, "error"));
        }
        StoredResult r = result(n, source);
        return new Record(source, r.sha256(), r, null);
    }

    private static StoredResult result(JsonNode n, String source) {
        String sha256 = text(n, "sha256");
        JsonNode rep = field(n, "report");
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : array(rep, "sections")) {
            sections.add(new Section(SectionKind.valueOf(text(s, "kind")), optionalText(s, "heading"),
                    field(s, "start").asInt(), field(s, "end").asInt()));
        }
        ReportInfo report = new ReportInfo(Genre.valueOf(text(rep, "genre")),
                rep.hasNonNull("year") ? rep.get("year").asInt() : null, OrgLevel.valueOf(text(rep, "orgLevel")),
                sections, optionalText(rep, "organisation"));

        JsonNode rs = field(n, "ruleset");
        Map<String, Double> params = new LinkedHashMap<>();
        field(rs, "params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
        Map<String, String> switched = new LinkedHashMap<>();
        if (rs.has("rules")) {
            rs.get("rules").fields().forEachRemaining(e -> switched.put(e.getKey(), e.getValue().asText()));
        }
        RulesetInfo ruleset = new RulesetInfo(text(rs, "id"), text(rs, "version"), text(rs, "sha256"),
                optionalText(rs, "profile"), params, switched);

        List<ScoreCard.CategoryScore> categories = new ArrayList<>();
        List<ScoringModel.Category> modelCategories = new ArrayList<>();
        for (JsonNode c : array(n, "categories")) {
            double weight = number(c, "weight");
            categories.add(new ScoreCard.CategoryScore(text(c, "name"), weight, number(c, "score"), number(c, "deduction")));
            modelCategories.add(new ScoringModel.Category(text(c, "name"), weight));
        }
        List<Finding> findings = new ArrayList<>();
        List<ScoreCard.RuleDeduction> deductions = new ArrayList<>();
        for (JsonNode f : array(n, "findings")) {
            List<Evidence> evidence = new ArrayList<>();
            for (JsonNode e : array(f, "evidence")) {
                evidence.add(new Evidence(field(e, "start").asInt(), field(e, "end").asInt(), text(e, "quote"),
                        SectionKind.valueOf(text(e, "section"))));
            }
            Status status = Status.valueOf(text(f, "status"));
            Finding finding = new Finding(text(f, "ruleId"), text(f, "title"), text(f, "category"),
                    Severity.valueOf(text(f, "severity")), status, number(f, "deduction"), text(f, "message"),
                    optionalText(f, "suggestion"), optionalText(f, "basis"), evidence);
            findings.add(finding);
            deductions.add(new ScoreCard.RuleDeduction(finding.ruleId(), finding.category(), status,
                    number(f, "fullDeduction"), finding.deduction()));
        }
        JsonNode scoring = field(n, "scoring");
        List<String> vetoedBy = new ArrayList<>();
        array(scoring, "vetoedBy").forEach(v -> vetoedBy.add(v.asText()));
        List<ScoringModel.Band> bands = new ArrayList<>();
        for (JsonNode g : array(scoring, "grades")) {
            bands.add(new ScoringModel.Band(Grade.valueOf(text(g, "grade")), text(g, "label"), number(g, "min")));
        }
        ScoringModel model = new ScoringModel(modelCategories, new java.util.EnumMap<>(Severity.class), number(scoring, "notEvidencedFraction"),
                Grade.valueOf(text(scoring, "vetoGrade")), bands);
        ScoreCard card = new ScoreCard(number(n, "score"), Grade.valueOf(text(n, "grade")), text(n, "gradeLabel"),
                vetoedBy, categories, deductions, model);

        JsonNode t = field(n, "timings");
        Timings timings = new Timings(field(t, "readMicros").asLong(), field(t, "extractMicros").asLong(),
                field(t, "rulesMicros").asLong(), field(t, "scoreMicros").asLong(), field(t, "totalMicros").asLong());
        return new StoredResult(ResultView.SCHEMA_VERSION, source, sha256, report, ruleset, card,
                field(n, "complete").asBoolean(), findings, timings);
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field '" + name + "' is missing");
        }
        return v;
    }

    private static Iterable<JsonNode> array(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isArray()) {
            throw new IllegalArgumentException("field '" + name + "' is not an array");
        }
        return v;
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field '" + name + "' is not a string");
        }
        return v.asText();
    }

    private static String optionalText(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static double number(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isNumber()) {
            throw new IllegalArgumentException("field '" + name + "' is not a number");
        }
        return v.asDouble();
    }
}
