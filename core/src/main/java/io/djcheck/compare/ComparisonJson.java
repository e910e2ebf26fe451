package io.djcheck.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.djcheck.model.Evidence;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON form of a {@link Comparison} (schema: docs/schema/comparison.schema.json): camelCase,
 * enums by name with their Chinese labels beside them, written field by field so the model stays
 * free of JSON annotations. The two texts are left out; every evidence carries its quote and offsets.
 *
 * <pre>{@code
 * System.out.println(ComparisonJson.toJson(YearOverYear.compare(last, current)));
 * }</pre>
 */
public final class ComparisonJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonJson() {
    }

    public static String toJson(Comparison c) {
        return write(PRETTY, c);
    }

    /** On one line, for JSONL. */
    public static String toJsonLine(Comparison c) {
        return write(MAPPER, c);
    }

    private static String write(ObjectMapper m, Comparison c) {
        try {
            return m.writeValueAsString(tree(c));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(Comparison c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schemaVersion", Comparison.SCHEMA_VERSION);
        side(o.putObject("last"), c.last());
        side(o.putObject("current"), c.current());
        items(o.putArray("problems"), c.problems());
        items(o.putArray("promises"), c.promises());
        ArrayNode figures = o.putArray("repeatedFigures");
        for (RepeatedFigure f : c.repeatedFigures()) {
            ObjectNode n = figures.addObject();
            n.put("concept", f.concept());
            number(n, "value", f.value());
            n.put("unit", f.unit());
            evidence(n.putObject("last"), f.last());
            evidence(n.putObject("current"), f.current());
        }
        ArrayNode passages = o.putArray("reusedPassages");
        for (ReusedPassage p : c.reusedPassages()) {
            ObjectNode n = passages.addObject();
            n.put("paragraph", p.paragraph());
            n.put("chars", p.chars());
            evidence(n.putObject("last"), p.last());
            evidence(n.putObject("current"), p.current());
        }
        o.put("reusedShare", Math.round(c.reusedShare() * 1000) / 1000.0);
        o.put("verdict", c.verdict());
        return o;
    }

    private static void side(ObjectNode n, Comparison.Side s) {
        n.put("source", s.source());
        n.put("sha256", s.sha256());
        n.put("organisation", s.organisation());
        n.put("orgLevel", s.orgLevel());
        if (s.year() == null) {
            n.putNull("year");
        } else {
            n.put("year", s.year());
        }
    }

    private static void items(ArrayNode a, List<CarriedItem> items) {
        for (CarriedItem i : items) {
            ObjectNode n = a.addObject();
            n.put("headline", i.headline());
            n.put("status", i.status().name());
            n.put("statusLabel", i.status().label());
            ArrayNode concepts = n.putArray("concepts");
            i.concepts().forEach(concepts::add);
            evidence(n.putObject("last"), i.last());
            if (i.current() == null) {
                n.putNull("current");
            } else {
                evidence(n.putObject("current"), i.current());
            }
            n.put("why", i.why());
        }
    }

    private static void evidence(ObjectNode n, Evidence e) {
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("quote", e.quote());
        n.put("section", e.section().name());
    }

    private static void number(ObjectNode o, String field, Double v) {
        if (v == null) {
            o.putNull(field);
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(field, v.longValue());
        } else {
            o.put(field, v);
        }
    }
}
